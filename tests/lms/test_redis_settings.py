"""REDIS_URL, read once at settings load, picks the cache and the task broker."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PROBE = (
    "import json, importlib, sys; s = importlib.import_module(sys.argv[1]); "
    "print(json.dumps({'cache': s.CACHES['default']['BACKEND'], "
    "'location': s.CACHES['default'].get('LOCATION'), "
    "'q': {k: v for k, v in s.Q_CLUSTER.items() if k != 'label'}, "
    "'proxies': s.TRUSTED_PROXIES}, default=str))"
)


def _settings(module, **env):
    clean = {
        k: v
        for k, v in os.environ.items()
        if k not in {"REDIS_URL", "TRUSTED_PROXIES", "DJANGO_SETTINGS_MODULE"}
    }
    result = subprocess.run(
        [sys.executable, "-c", PROBE, module],
        cwd=ROOT,
        env={"SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "relais.example.org"}
        | clean
        | env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


@pytest.mark.parametrize("module", ["lms.settings.dev", "lms.settings.production"])
def test_without_redis_the_database_serves_cache_and_broker(module):
    found = _settings(module)
    assert found["cache"] == "django.core.cache.backends.db.DatabaseCache"
    assert found["q"]["orm"] == "default"
    assert "redis" not in found["q"]


@pytest.mark.parametrize(
    "module", ["lms.settings.dev", "lms.settings.production", "lms.settings.test"]
)
def test_redis_url_makes_redis_the_cache_and_the_broker(module):
    found = _settings(module, REDIS_URL="redis://127.0.0.1:6399/2")
    assert found["cache"] == "django_redis.cache.RedisCache"
    assert found["location"] == "redis://127.0.0.1:6399/2"
    assert found["q"]["redis"] == "redis://127.0.0.1:6399/2"
    assert "orm" not in found["q"]
    # A slow task must not be handed out again while it still runs.
    assert found["q"]["retry"] > found["q"]["timeout"]


def test_trusted_proxies_are_read_from_the_environment():
    found = _settings("lms.settings.dev", TRUSTED_PROXIES="10.0.0.0/8, 192.0.2.1")
    assert found["proxies"] == ["10.0.0.0/8", "192.0.2.1"]


def test_a_trusted_proxy_that_is_not_an_address_stops_the_start():
    result = subprocess.run(
        [sys.executable, "-c", "import lms.settings.dev"],
        cwd=ROOT,
        env={**os.environ, "TRUSTED_PROXIES": "10.0.0.0/8,proxy.local"},
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "TRUSTED_PROXIES: 'proxy.local'" in result.stderr
