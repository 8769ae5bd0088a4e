import pytest

from tests.training import helpers


@pytest.fixture
def path(site):
    return helpers.professional_path(site[1])


@pytest.fixture
def no_weasyprint(monkeypatch):
    """WeasyPrint fails to load, as on a machine without Pango."""
    import builtins

    real_import = builtins.__import__

    def without(name, *args, **kwargs):
        if name == "weasyprint":
            raise OSError("cannot load library 'pango-1.0-0'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", without)
    yield
    monkeypatch.setattr(builtins, "__import__", real_import)
