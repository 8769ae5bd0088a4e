"""French plurals: « 0 leçon terminée », not « 0 leçons terminées »; every
plural message of the code is in the compiled catalog (lms/plurals.py)."""

import gettext
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from django.template import Context, Template
from django.utils import translation
from django.utils.translation import ngettext

from lms.plurals import plural_catalog_fill, plural_msgids

ROOT = Path(__file__).resolve().parents[2]
CATALOG = ROOT / "locale" / "fr" / "LC_MESSAGES"


@pytest.mark.parametrize(
    ("done", "shown"),
    [
        (0, "0 % — 0 leçon terminée sur 8"),
        (1, "12 % — 1 leçon terminée sur 8"),
        (2, "25 % — 2 leçons terminées sur 8"),
    ],
)
def test_the_progress_bar_counts_its_lessons_in_french(done, shown):
    progress = type("P", (), {"done": done, "total": 8, "percent": done * 100 // 8})()
    with translation.override("fr"):
        html = Template('{% include "courses/includes/progress_bar.html" %}').render(
            Context({"progress": progress})
        )
    assert shown in html


def test_code_messages_take_the_singular_up_to_one():
    with translation.override("fr"):
        assert ngettext("%(n)s personne", "%(n)s personnes", 0) == "%(n)s personne"
        assert ngettext("%(n)s personne", "%(n)s personnes", 2) == "%(n)s personnes"
        # Django's own French stays.
        assert translation.gettext("This field is required.") == "Champ requis."


def test_every_plural_message_of_the_code_is_in_the_compiled_catalog(tmp_path):
    """`make messages` run over a copy of the code adds no plural message to
    the committed catalog, and the committed .mo holds the .po."""
    work = tmp_path / "tree"
    shutil.copytree(
        ROOT,
        work,
        ignore=shutil.ignore_patterns(
            ".venv",
            "node_modules",
            ".git",
            "static",
            "media",
            "private",
            "bench-results",
            "test-artifacts",
            "tests",
            "__pycache__",
            "*.pyc",
            ".hypothesis",
            ".ruff_cache",
            "*.sqlite3",
            "*.egg-info",
        ),
    )
    subprocess.run(
        [str(work / "scripts" / "messages.sh")],
        cwd=work,
        check=True,
        capture_output=True,
        env={**os.environ, "PY": sys.executable, "PYTHONPATH": str(work)},
    )
    gathered = (work / "locale/fr/LC_MESSAGES/django.po").read_text()
    committed = (CATALOG / "django.po").read_text()
    missing = plural_msgids(gathered) - plural_msgids(committed)
    assert not missing, f"lancez `make messages` : {sorted(missing)}"

    with (CATALOG / "django.mo").open("rb") as handle:
        compiled = gettext.GNUTranslations(handle)
    for _context, singular, plural in plural_msgids(committed):
        assert compiled.ngettext(singular, plural, 0) == singular
        assert compiled.ngettext(singular, plural, 2) == plural


def test_the_catalog_is_filled_with_each_form_itself():
    gathered = (
        'msgid ""\nmsgstr ""\n"Language: \\n"\n"Plural-Forms: nplurals=INTEGER; '
        'plural=EXPRESSION;\\n"\n\n'
        'msgid "Bonjour"\nmsgstr ""\n\n'
        '#, fuzzy, python-format\nmsgid ""\n"%(n)s leçon "\n"faite"\n'
        'msgid_plural "%(n)s leçons faites"\nmsgstr[0] ""\nmsgstr[1] ""\n'
    )
    filled = plural_catalog_fill(gathered)
    assert "Bonjour" not in filled  # singular-only messages need no entry
    assert '"Plural-Forms: nplurals=2; plural=(n > 1);\\n"' in filled
    assert '"Language: fr\\n"' in filled
    assert "fuzzy" not in filled
    assert 'msgstr[0] ""\n"%(n)s leçon "\n"faite"' in filled
    assert 'msgstr[1] "%(n)s leçons faites"' in filled
    assert plural_msgids(filled) == {("", "%(n)s leçon faite", "%(n)s leçons faites")}
