from .base import *

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105 - test settings only
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.MD5PasswordHasher",
    "people.hashers.PinHasher",
]
# Each process its own cache, unless REDIS_URL asks for the shared one.
if not REDIS_URL:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = (
    "django.contrib.staticfiles.storage.StaticFilesStorage"
)
# One folder per database, as make test runs both suites side by side.
MEDIA_ROOT = BASE_DIR / "test-artifacts" / f"media-{DATABASES['default']['ENGINE']}"
ATTESTATION_ROOT = (
    BASE_DIR / "test-artifacts" / f"attestations-{DATABASES['default']['ENGINE']}"
)
EXPORT_ROOT = BASE_DIR / "test-artifacts" / f"exports-{DATABASES['default']['ENGINE']}"
WAGTAILADMIN_BASE_URL = "http://testserver"
# django-q2 reads its configuration once, at import: tasks run in-process.
Q_CLUSTER = {**Q_CLUSTER, "sync": True}
# Serve static files straight from the apps (no collectstatic in tests).
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
LOGGING["root"]["level"] = "WARNING"
