"""Settings shared by every environment; environment files override them."""

import ipaddress
import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

PROJECT_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PROJECT_DIR.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} must be an integer, got {value!r}") from exc


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    # Project apps, bottom layer first (see docs/architecture.md).
    "people",
    "skills",
    "quizzes",
    "simulators",
    "courses",
    "diagnostics",
    "workshops",
    "training",
    "dashboards",
    "programme",
    "exports",
    "demo",
    # manage.py backup / restore (no models).
    "backups",
    # Wagtail
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django_q",
    "axes",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Content-Security-Policy and Permissions-Policy (lms/headers.py).
    "lms.headers.SiteCSPMiddleware",
    "lms.headers.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed for slow connections (static files: whitenoise). CSRF
    # tokens are masked per response, Django's answer to BREACH.
    "django.middleware.gzip.GZipMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Each request's Wagtail site from the cache, not the database.
    "courses.serving.SiteCacheMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Beneficiaries on shared devices: signed out after a short idle time.
    "people.sessions.IdleSessionMiddleware",
    # Who acts, for journal lines raised by signals (people/audit.py).
    "people.audit.AuditActorMiddleware",
    # A new PIN is kept for the next page only (people/pin_once.py).
    "people.pin_once.PinOnceMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: turns a lockout into its response.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "lms.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # « {{ name|of_name }} » → « d'Aminata » in every template.
            "builtins": ["lms.templatetags.wording"],
            # lms is no app: its tag libraries are named here.
            "libraries": {"page_userbar": "lms.templatetags.userbar"},
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "people.context_processors.header",
            ],
        },
    },
]

WSGI_APPLICATION = "lms.wsgi.application"

# SQLite by default so that `make run` needs nothing else; DATABASE_URL switches
# to PostgreSQL (postgres://user:password@host:port/name).
DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 0),
        # A persistent connection is checked before each request reuses it, so
        # the request after a database restart reconnects instead of failing.
        conn_health_checks=True,
    )
}
# The web server and the django-q2 cluster write to the same SQLite file. A
# transaction that reads then writes would otherwise fail at once with
# « database is locked » when another writer holds the file: IMMEDIATE takes
# the write lock when the transaction begins, so concurrent writers queue
# behind it for up to `timeout` seconds instead (PostgreSQL gets the same
# guarantee from row locks). WAL lets readers go on during a write.
SQLITE_OPTIONS = {
    "timeout": 20,
    "transaction_mode": "IMMEDIATE",
    "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"].setdefault("OPTIONS", {}).update(SQLITE_OPTIONS)
# Two planner settings for our PostgreSQL connections (startup options; a
# connection pooler that refuses them can set them on the role instead:
# ALTER ROLE … SET jit = off, …):
# - JIT: PostgreSQL compiles a query to machine code once its estimated cost
#   passes `jit_above_cost`: worth it for reports that run minutes, not for
#   pages. On the network dashboard's beneficiaries count (20,000 people) the
#   compilation alone took 86 ms of 229. Off; DATABASE_JIT=on restores it.
# - random_page_cost: PostgreSQL's default (4) prices a random read as on a
#   spinning disk. A network's data is read from memory (shared_buffers, the
#   OS cache) or SSD, where 1.1 is the usual value; with 4 the marking queue's
#   search scanned 200,000 attempts in parallel instead of probing the 1,315
#   pending answers' (42 ms → 10 ms). DATABASE_RANDOM_PAGE_COST changes it.
# Both measured in docs/scaling.md.
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    _planner = {"random_page_cost": env_str("DATABASE_RANDOM_PAGE_COST", "1.1")}
    if env_str("DATABASE_JIT", "off") == "off":
        _planner["jit"] = "off"
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = " ".join(
        f"-c {name}={value}" for name, value in _planner.items()
    )

# Sessions are read from the cache, written through to the database.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
# Beneficiaries often use a shared tablet or a library computer: their session
# ends when the browser closes and after this many minutes without a page
# (people/sessions.py). Others keep SESSION_COOKIE_AGE (two weeks).
BENEFICIARY_SESSION_IDLE_MINUTES = env_int("BENEFICIARY_SESSION_IDLE_MINUTES", 30)

# Scale-out on existing engines: with REDIS_URL (redis://host:6379/0) Redis is
# the shared cache and the django-q2 broker; without it the database serves
# both, so `make run` needs nothing else. Decided here, once, from the
# environment: django-q2 reads Q_CLUSTER at import.
REDIS_URL = env_str("REDIS_URL", "")


def cache_settings(redis_url: str) -> dict:
    """The shared cache (sign-in limits, sessions, routes, pages, rendered
    lessons), read by every app server: Redis, or the database table."""
    if redis_url:
        return {
            "default": {
                "BACKEND": "django_redis.cache.RedisCache",
                "LOCATION": redis_url,
            }
        }
    return {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "relais_cache",
            # Routes, pages and learners' pages live here too: Django's default
            # of 300 entries would evict sign-in counters along with them.
            "OPTIONS": {"MAX_ENTRIES": 200_000},
        }
    }


CACHES = cache_settings(REDIS_URL)

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "people.User"
AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses password sign-ins after repeated failures.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
    # A beneficiary who added an e-mail and a password signs in with them.
    "people.backends.EmailBackend",
    # Beneficiaries: login code and PIN (people/backends.py).
    "people.backends.LoginCodeBackend",
]
# Password sign-ins (staff, professionals, and beneficiaries who added one):
# 5 failures for one username from one address lock that pair for 15 minutes.
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_VERBOSE = False
# The client address behind a reverse proxy: X-Forwarded-For is read only when
# the direct peer is one of these (addresses or CIDRs, comma-separated), else
# REMOTE_ADDR. See people/throttle.py, which django-axes asks too.
TRUSTED_PROXIES = env_list("TRUSTED_PROXIES")
for _proxy in TRUSTED_PROXIES:
    try:
        ipaddress.ip_network(_proxy, strict=False)
    except ValueError as exc:
        raise ImproperlyConfigured(
            f"TRUSTED_PROXIES: {_proxy!r} is not an address or a network"
        ) from exc
AXES_CLIENT_IP_CALLABLE = "people.throttle.client_address"
# Code + PIN sign-ins: each account locks after 5 wrong PINs (people.services);
# one address may fail this many times in AXES_COOLOFF_TIME across all codes.
# A workshop room shares one address, so this stays well above a room's typos.
PIN_FAILURES_PER_ADDRESS = env_int("PIN_FAILURES_PER_ADDRESS", 40)
# Wrong workshop join codes one address may type in AXES_COOLOFF_TIME. Codes
# have 6 characters out of 31 (about 887 million): guessing one is hopeless.
JOIN_CODE_FAILURES_PER_ADDRESS = env_int("JOIN_CODE_FAILURES_PER_ADDRESS", 20)
# Applications to a call (« Devenir relais numérique », the public form) one
# address may send in AXES_COOLOFF_TIME: a structure applies once, spam often.
APPLICATIONS_PER_ADDRESS = env_int("APPLICATIONS_PER_ADDRESS", 5)
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "landing"
LOGOUT_REDIRECT_URL = "/"

PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.BCryptSHA256PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
    # Beneficiaries' PINs only (see people/hashers.py).
    "people.hashers.PinHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", _("Français"))]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Paris"
USE_I18N = True
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = BASE_DIR / "static"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "media")))
MEDIA_URL = "/media/"
# Where manage.py backup writes its archives (see docs/operations.md).
BACKUP_DIR = Path(env_str("BACKUP_DIR", str(BASE_DIR / "sauvegardes")))

STORAGES = {
    # FileSystemStorage that turns a full disk into a clear message (lms/storage.py).
    "default": {"BACKEND": "lms.storage.MediaStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Background exports (exports app): files live outside MEDIA_ROOT, so neither
# the media server nor whitenoise ever serves them; only the download view
# (requester only, before expiry) reads them.
EXPORT_ROOT = Path(env_str("EXPORT_ROOT", str(BASE_DIR / "private" / "exports")))
EXPORT_FILE_TTL = timedelta(hours=env_int("EXPORT_FILE_TTL_HOURS", 24))

# Attestations of the training path (training app): their PDFs live outside
# MEDIA_ROOT (only the download view reads them); the network that signs them.
ATTESTATION_ROOT = Path(
    env_str("ATTESTATION_ROOT", str(BASE_DIR / "private" / "attestations"))
)
NETWORK_NAME = env_str("NETWORK_NAME", "Réseau Relais numérique")

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = "Relais numérique"
# Page addresses in plain ASCII: « reconnaitre », not « reconna%C3%AEtre ».
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database"},
}
WAGTAILDOCS_EXTENSIONS = ["pdf", "odt", "docx", "txt", "csv", "mp4", "webm", "vtt"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
# Trainers see this when the workflow asks them to submit changes.
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_MODERATION_ENABLED = True


def q_cluster_settings(redis_url: str) -> dict:
    """django-q2: a Redis list as broker when REDIS_URL is set, else the ORM
    broker (nothing beyond the database). Results are saved in the database
    either way. `retry` must exceed `timeout`, or a slow task is run twice."""
    broker = {"redis": redis_url} if redis_url else {"orm": "default"}
    return {
        "name": "relais",
        **broker,
        "workers": env_int("Q_WORKERS", 2),
        # A worker killed mid-task leaves its task unacknowledged: the broker
        # hands it out again `retry` seconds after it was taken.
        "timeout": env_int("Q_TIMEOUT", 60),
        "retry": env_int("Q_RETRY", 120),
        "max_attempts": 3,
        "catch_up": False,
        "label": _("Tâches de fond"),
    }


Q_CLUSTER = q_cluster_settings(REDIS_URL)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page save and django-tasks every search-index job.
        "wagtail": {"level": env_str("WAGTAIL_LOG_LEVEL", "WARNING")},
        "django_tasks": {"level": "WARNING"},
        # WeasyPrint logs each step of every PDF (training.pdf).
        "weasyprint": {"level": "WARNING"},
        "fontTools": {"level": "WARNING"},
    },
}

# Retention (lms/settings: one place): a beneficiary with no sign-in and no
# activity for this many months is anonymised by the daily task
# people.tasks.beneficiaries_retention_apply; their professionals are warned by
# e-mail BENEFICIARY_RETENTION_WARNING_DAYS before.
BENEFICIARY_RETENTION_MONTHS = env_int("BENEFICIARY_RETENTION_MONTHS", 24)
BENEFICIARY_RETENTION_WARNING_DAYS = 30

# Security headers (lms/headers.py). The site's pages: nothing inline, nothing
# from elsewhere; data: images are the QR codes.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "media-src": ["'self'"],
        "frame-src": ["'self'"],
        # The service worker (/sw.js) and the web app manifest (issue 18).
        "worker-src": ["'self'"],
        "manifest-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        # Wagtail's preview shows our pages in an iframe of the admin.
        "frame-ancestors": ["'self'"],
    },
}
# The Wagtail admin is not CSP-clean yet (inline scripts and styles, `eval`
# in some choosers): it gets this policy on these prefixes only.
CSP_ADMIN_URL_PREFIXES = ["/admin/"]
CSP_ADMIN_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'", "'unsafe-inline'", "'unsafe-eval'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
    },
}
# No avatar fetched from a third party in the admin, no call home for updates
# (the CSP would refuse both; deployments follow requirements.lock).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
PERMISSIONS_POLICY = {
    "accelerometer": "()",
    "camera": "()",
    "display-capture": "()",
    "geolocation": "()",
    "gyroscope": "()",
    "magnetometer": "()",
    "microphone": "()",
    "payment": "()",
    "usb": "()",
    "fullscreen": "(self)",
}
