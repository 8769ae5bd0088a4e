"""lms/headers.py and the production settings: CSP, Permissions-Policy, HSTS,
a clean `check --deploy`."""

import os
import subprocess
import sys
from pathlib import Path

from django.urls import reverse

ROOT = Path(__file__).resolve().parents[2]


def test_the_site_pages_get_a_strict_policy(client, site):
    policy = client.get(reverse("login"))["Content-Security-Policy"]
    directives = {part.split()[0]: part.split()[1:] for part in policy.split("; ")}
    assert directives["default-src"] == ["'self'"]
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["img-src"] == ["'self'", "data:"]
    assert directives["object-src"] == ["'none'"]
    assert "unsafe" not in policy


def test_the_admin_gets_its_own_relaxed_policy_only_there(client, site):
    policy = client.get("/admin/login/")["Content-Security-Policy"]
    assert "'unsafe-inline'" in policy
    assert "'unsafe-inline'" not in client.get("/")["Content-Security-Policy"]


def test_browser_features_the_site_never_uses_are_off(client, site):
    header = client.get(reverse("login"))["Permissions-Policy"]
    for feature in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert feature in header


def test_no_template_has_an_inline_script_or_style():
    offenders = []
    for template in ROOT.glob("*/templates/**/*.html"):
        text = template.read_text()
        for needle in (
            "<script>",
            '<script type="text/javascript">',
            'style="',
            " onclick=",
        ):
            if needle in text:
                offenders.append(f"{template.relative_to(ROOT)}: {needle}")
    assert offenders == []


def _production(*args: str, **env) -> subprocess.CompletedProcess:
    clean = {
        key: value
        for key, value in os.environ.items()
        # DJANGO_ALLOW_ASYNC_UNSAFE: set by the browser tests' conftest, never
        # in a deployment.
        if not key.startswith(
            ("SECURE_", "DATABASE_URL", "REDIS_URL", "DJANGO_ALLOW_ASYNC_UNSAFE")
        )
    }
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={
            **clean,
            "DJANGO_SETTINGS_MODULE": "lms.settings.production",
            "SECRET_KEY": "k3y-" + "x7Qz!p2" * 8,
            "ALLOWED_HOSTS": "relais.example.org",
            "CSRF_TRUSTED_ORIGINS": "https://relais.example.org",
            **env,
        },
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_check_deploy_is_clean_with_the_documented_settings():
    done = _production("manage.py", "check", "--deploy", "--fail-level", "WARNING")
    assert done.returncode == 0, done.stdout + done.stderr
    assert "no issues" in done.stdout


def test_hsts_is_on_when_https_is_and_off_without_it():
    show = (
        "-c",
        "import lms.settings.production as s; print(s.SECURE_HSTS_SECONDS, "
        "s.SECURE_HSTS_INCLUDE_SUBDOMAINS)",
    )
    assert _production(*show).stdout.split() == ["31536000", "True"]
    off = _production(*show, SECURE_SSL_REDIRECT="0")
    assert off.stdout.split()[0] == "0"
