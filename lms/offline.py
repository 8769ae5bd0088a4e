"""Installable and readable offline (issue 18): the web app manifest, the
service worker served from the site root, the offline page it keeps, and a
sign-out that wipes what the browser kept.

What the worker may keep is decided by the server (courses/offline.py sets
`X-Relais-Offline: lesson` on the pages it may keep); the worker itself is
lms/templates/offline/sw.js.
"""

import hashlib
from datetime import UTC, datetime

from django.contrib.auth import views as auth_views
from django.contrib.auth.models import AnonymousUser
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template.loader import render_to_string
from django.templatetags.static import static
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control
from django.views.decorators.http import require_GET

from courses.steps import STEP_ANCHOR
from lms.icons import BRAND

# Served from the root so that its scope is the whole site.
SERVICE_WORKER_PATH = "/sw.js"
# What the worker keeps, at most: the least recently read lessons go first.
OFFLINE_BUDGET_BYTES = 25 * 1024 * 1024
OFFLINE_BUDGET_LESSONS = 30


def manifest_data() -> dict:
    return {
        "name": "Relais numérique",
        "short_name": "Relais",
        "description": "Apprendre le numérique pas à pas.",
        "lang": "fr",
        "dir": "ltr",
        "start_url": reverse("landing"),
        "scope": "/",
        "display": "standalone",
        "background_color": "#ffffff",
        "theme_color": BRAND,
        "icons": [
            {
                "src": static("img/icon-192.png"),
                "sizes": "192x192",
                "type": "image/png",
                "purpose": "any",
            },
            {
                "src": static("img/icon-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "any",
            },
            {
                "src": static("img/icon-maskable-512.png"),
                "sizes": "512x512",
                "type": "image/png",
                "purpose": "maskable",
            },
        ],
    }


@require_GET
def manifest(request):
    response = JsonResponse(
        manifest_data(),
        content_type="application/manifest+json",
        json_dumps_params={"ensure_ascii": False},
    )
    patch_cache_control(response, public=True, max_age=3600)
    return response


def _precache_urls() -> list[str]:
    """What the worker keeps from its installation on: the offline page and
    what every page needs."""
    return [
        reverse("offline_page"),
        static("css/site.css"),
        static("js/site.js"),
        static("img/favicon.svg"),
        static("img/icon-192.png"),
    ]


def _queued_patterns() -> list[str]:
    """The POST addresses whose forms may be sent later (a regular expression
    each, from the URL patterns): moving to a step, finishing a lesson, a
    simulator's screen. Quizzes are not among them: never graded offline."""
    sample = 987654321
    patterns = [
        reverse("courses:lesson_position_save", args=[sample]),
        reverse("courses:lesson_mark_done", args=[sample]),
        reverse(
            "simulators:screen_check",
            kwargs={"lesson_id": sample, "block_id": "BLOCK", "screen": sample},
        ),
    ]
    return [
        "^"
        + p.replace(str(sample), r"\d+").replace("BLOCK", r"[\w-]+").replace("/", r"\/")
        + "$"
        for p in patterns
    ]


@require_GET
def service_worker(request):
    """The worker's script, at the root. Never cached by HTTP: the browser
    checks it on each visit and installs a new version when it changes."""
    body = render_to_string(
        "offline/sw.js",
        {
            "precache": _precache_urls(),
            "queued": _queued_patterns(),
            "offline_url": reverse("offline_page"),
            "logout_url": reverse("logout"),
            "step_anchor": STEP_ANCHOR,
            "budget_bytes": OFFLINE_BUDGET_BYTES,
            "budget_lessons": OFFLINE_BUDGET_LESSONS,
        },
    )
    # A new static file (hashed name) or a new script is a new version.
    version = hashlib.sha256(body.encode()).hexdigest()[:12]
    response = HttpResponse(
        body.replace("__SW_VERSION__", version),
        content_type="text/javascript; charset=utf-8",
    )
    add_never_cache_headers(response)
    return response


@require_GET
def offline_page(request):
    """« Hors connexion »: what the worker shows for a page it does not have.
    Rendered as for a visitor (no name, no form): it is kept on the phone."""
    response = render(
        request,
        "offline/offline.html",
        {"user": AnonymousUser(), "header_links": None, "offline_page": True},
    )
    patch_cache_control(response, public=True, max_age=3600)
    return response


class SignOutView(auth_views.LogoutView):
    """Django's sign-out, and the browser told to forget what it kept for
    this person: cached pages, the worker's queue and storage."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        response["Clear-Site-Data"] = '"cache", "storage"'
        return response


QUEUED_AT_HEADER = "X-Relais-Queued-At"


def queued_at(request) -> datetime | None:
    """When a form sent late by the service worker was filled in (its
    `X-Relais-Queued-At` header, milliseconds since 1970), or None for a form
    sent at once or a header that does not read as a time."""
    raw = request.headers.get(QUEUED_AT_HEADER, "")
    try:
        return datetime.fromtimestamp(int(raw) / 1000, tz=UTC)
    except (ValueError, OverflowError, OSError):
        return None
