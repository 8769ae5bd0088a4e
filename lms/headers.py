"""Security headers: the Content-Security-Policy (django-csp) and the
Permissions-Policy.

The site's own pages get a strict policy: scripts and styles from our static
files only, no inline script, no inline style, images from us or data: URIs
(QR codes). The Wagtail admin (/admin/) still needs inline scripts, `eval` in
some choosers and inline styles (Wagtail is not CSP-clean yet), so it gets its
own relaxed policy there and only there: it is used by signed-in editors,
never by beneficiaries, and its pages show content only editors write.
"""

from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings


def _admin_prefixes() -> tuple[str, ...]:
    return tuple(settings.CSP_ADMIN_URL_PREFIXES)


class SiteCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, with the admin's relaxed policy on /admin/."""

    def get_policy_parts(self, request, response, report_only=False) -> PolicyParts:
        parts = super().get_policy_parts(request, response, report_only)
        if not report_only and request.path_info.startswith(_admin_prefixes()):
            parts.config = parts.config or settings.CSP_ADMIN_POLICY["DIRECTIVES"]
        return parts


class PermissionsPolicyMiddleware:
    """Turns off the browser features the site never uses (camera,
    microphone, location…), for us and for anything embedded."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(
            f"{feature}={allow}"
            for feature, allow in settings.PERMISSIONS_POLICY.items()
        )

    def __call__(self, request):
        response = self.get_response(request)
        if self.header:
            response.headers.setdefault("Permissions-Policy", self.header)
        return response
