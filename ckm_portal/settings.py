"""Settings for the CKM knowledge portal, read from environment variables.

Defaults are those of production: DEBUG is off, and a secret key and DATABASE_URL
must be given, unless DJANGO_DEBUG=1 asks for a development server. Every variable
is read through ckm_portal.core.env, which refuses values it cannot understand.
"""

from pathlib import Path
from urllib.parse import quote

from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from ckm_portal.core.database_url import parse as parse_database_url
from ckm_portal.core.env import SettingsError, env_bool, env_int, env_list, env_str
from ckm_portal.core.storage import default_storage_config

BASE_DIR = Path(__file__).resolve().parent.parent


DEBUG = env_bool("DJANGO_DEBUG")

SECRET_KEY = env_str("DJANGO_SECRET_KEY", from_file=True)
if not SECRET_KEY:
    if not DEBUG:
        raise SettingsError("Set DJANGO_SECRET_KEY or DJANGO_SECRET_KEY_FILE (or DJANGO_DEBUG=1 for development).")
    SECRET_KEY = "insecure-development-key-never-use-in-production"  # noqa: S105 (DEBUG only)

ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", ["localhost", "127.0.0.1", "[::1]"])
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS", [])
# Origins (e.g. https://partner.example) whose pages may read the JSON API in the browser; none by default.
API_CORS_ALLOWED_ORIGINS = env_list("API_CORS_ALLOWED_ORIGINS", [])
# The text search the API uses (ckm_portal.core.search_backend): articles sit below search and never import it.
SEARCH_BACKEND = "ckm_portal.search.backend.SearchBackend"
# Searches that run at once per database server (0: no bound), and how long a search waits for a
# free slot before it answers 503: ckm_portal/core/search_slots.py, docs/decisions/0015-search-slots.md.
SEARCH_SLOTS = env_int("DJANGO_SEARCH_SLOTS", 2)
SEARCH_SLOT_WAIT_SECONDS = env_int("DJANGO_SEARCH_WAIT_SECONDS", 8)

INSTALLED_APPS = [
    # Django's admin, with optional two-factor login for staff (ckm_portal.core.security).
    "ckm_portal.admin_config.PortalAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django_filters",
    "taggit",
    "csp",
    "simple_history",
    "django_prose_editor",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    "ckm_portal.topics",
    "articles",
    "partners",
    "projects",
    "ckm_portal.search",
    "ckm_portal.contact",
    "ckm_portal.editors",
]
# The demo content and its demo_staff command (which resets a superuser and prints its password) exist
# only in development: with DEBUG, or with DJANGO_DEMO=1 as the test suite and `make bench` set it.
DEMO = env_bool("DJANGO_DEMO", DEBUG)
if DEMO:
    INSTALLED_APPS.append("ckm_portal.demo")

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "ckm_portal.core.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "ckm_portal.editors.middleware.AdminLanguageMiddleware",  # the admin follows the browser
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "ckm_portal.core.middleware.DatabaseUnavailableMiddleware",
    # Inside the one above, so that a GET whose replica failed is served again from the primary;
    # switched off (MiddlewareNotUsed) without DATABASE_REPLICA_URLS.
    "ckm_portal.core.db_router.ReplicaMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into its lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ckm_portal.urls"
WSGI_APPLICATION = "ckm_portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "ckm_portal.core.context_processors.page_urls",
            ],
        },
    },
]

# One PostgreSQL database for every app, required in production. `make run` and `make test` pass
# the URL of the private cluster they start (devtools/devdb.py); with DEBUG alone, that cluster's
# socket is the default, so that `DJANGO_DEBUG=1 manage.py ...` works in a checkout.
DATABASE_URL = env_str("DATABASE_URL")
if not DATABASE_URL:
    if not DEBUG:
        raise SettingsError("Set DATABASE_URL, e.g. postgresql://user:password@host:5432/name (or DJANGO_DEBUG=1).")
    DATABASE_URL = f"postgresql://ckm@/ckm?host={quote(str(BASE_DIR / '.pgdata'), safe='/')}&port=5432"
try:
    DATABASES = {"default": parse_database_url(DATABASE_URL)}
except ValueError as error:
    raise SettingsError(str(error)) from None
DATABASES["default"].update(
    {
        # Persistent connections, checked before reuse so that a restarted
        # PostgreSQL is picked up again without restarting the workers.
        "CONN_MAX_AGE": env_int("DJANGO_CONN_MAX_AGE", 60),
        "CONN_HEALTH_CHECKS": True,
    }
)
DATABASES["default"]["OPTIONS"].setdefault("connect_timeout", 5)
# JIT compilation is off: the portal's queries are short, and compiling the facet query took
# longer than running it (docs/decisions/0017-jit-off.md).
DATABASES["default"]["OPTIONS"].setdefault(
    "options", f"-c statement_timeout={env_int('DJANGO_STATEMENT_TIMEOUT_MS', 15000)} -c jit=off"
)
# Read replicas (streaming replicas of the primary): each URL becomes an alias replica_1, replica_2 ...
# with the primary's options, which the replica's own URL may override (?connect_timeout=2).
# ckm_portal.core.db_router sends public reads there; without replicas nothing is routed.
DATABASE_REPLICAS: list[str] = []
for _number, _url in enumerate(env_list("DATABASE_REPLICA_URLS", []), start=1):
    try:
        _replica = parse_database_url(_url, setting="DATABASE_REPLICA_URLS")
    except ValueError as error:
        raise SettingsError(str(error)) from None
    _replica["OPTIONS"] = {**DATABASES["default"]["OPTIONS"], **_replica["OPTIONS"]}
    _replica.update(
        CONN_MAX_AGE=DATABASES["default"]["CONN_MAX_AGE"],
        CONN_HEALTH_CHECKS=True,
        # Tests use the primary's test database through this alias rather than creating one.
        TEST={"MIRROR": "default"},
    )
    DATABASES[f"replica_{_number}"] = _replica
    DATABASE_REPLICAS.append(f"replica_{_number}")
if DATABASE_REPLICAS:
    DATABASE_ROUTERS = ["ckm_portal.core.db_router.ReplicaRouter"]
# Seconds a client's reads stay on the primary after it wrote; more than the replica's usual lag.
DATABASE_REPLICA_PIN_SECONDS = env_int("DATABASE_REPLICA_PIN_SECONDS", 5)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Dutch first, English as a full second language.
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Europe/Amsterdam"

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("DJANGO_STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
# Uploads live outside the static folders and are never served by whitenoise.
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
# Attachments are PDFs of at most this size (validated by content in articles.validators).
ATTACHMENT_MAX_BYTES = env_int("DJANGO_ATTACHMENT_MAX_MB", 20) * 1024 * 1024
# Attachments are served by the portal (articles.attachments), which checks that the article is public.
# Behind nginx, a prefix such as /protected-media/ hands the sending of the file to an `internal` location.
ATTACHMENT_ACCEL_REDIRECT = env_str("DJANGO_ATTACHMENT_ACCEL_REDIRECT").strip()
# Uploads go to an S3-compatible bucket when DJANGO_S3_BUCKET names one, else to MEDIA_ROOT (ckm_portal.core.storage).
STORAGES = {
    "default": default_storage_config(
        bucket=env_str("DJANGO_S3_BUCKET").strip(),
        endpoint_url=env_str("DJANGO_S3_ENDPOINT_URL").strip(),
        access_key=env_str("DJANGO_S3_ACCESS_KEY_ID", from_file=True).strip(),
        secret_key=env_str("DJANGO_S3_SECRET_ACCESS_KEY", from_file=True),
        region=env_str("DJANGO_S3_REGION").strip(),
    ),
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if ATTACHMENT_ACCEL_REDIRECT and env_str("DJANGO_S3_BUCKET").strip():
    raise SettingsError(
        "DJANGO_ATTACHMENT_ACCEL_REDIRECT serves files from the local disk: unset it with DJANGO_S3_BUCKET."
    )

# Security. Cookies are secure unless DEBUG; HTTPS redirects and HSTS are for
# the proxy in front of gunicorn to decide, so they are opt-in.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT")
SECURE_HSTS_SECONDS = env_int("DJANGO_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("DJANGO_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = env_bool("DJANGO_HSTS_PRELOAD")
if env_bool("DJANGO_BEHIND_HTTPS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = env_bool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
X_FRAME_OPTIONS = "DENY"

# Admin login throttling with django-axes: ten wrong passwords for one username from
# one address lock that pair out for an hour (`manage.py axes_reset` lifts it early).
# Locking the pair rather than the username alone means a stranger cannot lock an
# editor out of her own account. Only the attempts behind a lockout are stored, and
# axes deletes them once the cool-off has passed; successful logins are not logged.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 10
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
# The database handler (AccessAttempt rows in PostgreSQL, so shared by every server; no cache), with a
# cap per address across usernames on top, and a lockout answer that carries Retry-After
# (ckm_portal/core/login_limits.py).
AXES_HANDLER = "ckm_portal.core.login_limits.AddressCappedHandler"
AXES_ADDRESS_FAILURE_LIMIT = 30
AXES_LOCKOUT_CALLABLE = "ckm_portal.core.login_limits.lockout_response"
AXES_COOLOFF_TIME = 1  # hours
AXES_RESET_ON_SUCCESS = True
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ACCESS_FAILURE_LOG = False
AXES_CLIENT_IP_CALLABLE = "ckm_portal.core.security.client_ip"
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "otp_token"]
AXES_LOCKOUT_TEMPLATE = "axes/lockout.html"
AXES_VERBOSE = False

# Two-factor login for staff (TOTP apps): compulsory for everyone when set, else
# only for those who have an authenticator device (see ckm_portal/core/security.py).
ADMIN_REQUIRE_2FA = env_bool("DJANGO_ADMIN_REQUIRE_2FA")
OTP_TOTP_ISSUER = "CKM kennisbank"

# Messages sent through the contact form are deleted after this many days by
# `manage.py purge_contact_messages` (run it daily from cron or a systemd timer).
CONTACT_RETENTION_DAYS = env_int("DJANGO_CONTACT_RETENTION_DAYS", 90)

# Seconds a worker keeps the article list it rendered for visitors without cookies
# (ckm_portal.core.page_cache); 0 switches that off. Newly published articles show after at most this long.
PAGE_CACHE_SECONDS = env_int("DJANGO_PAGE_CACHE_SECONDS", 60)
# Seconds the counts and page ids of a search with at least SEARCH_CACHE_MIN_MATCHES matches are kept (the
# ``searches`` cache), under a keyed hash and without its terms (ckm_portal.search.kept_results); 0: never.
SEARCH_CACHE_SECONDS = env_int("DJANGO_SEARCH_CACHE_SECONDS", 60)
SEARCH_CACHE_MIN_MATCHES = env_int("DJANGO_SEARCH_CACHE_MIN_MATCHES", 100)

# Without REDIS_URL: one memory cache per worker. Kept pages have their own, bounded by a number of
# pages (their size: docs/decisions/0007-page-cache.md), so that many distinct list URLs can never push
# the contact form's rate counts out of the default one.
# With REDIS_URL (redis://[:password@]host:6379/0, rediss:// for TLS): both live in Redis, shared by
# every worker and server, through Django's RedisCache made to degrade while Redis is away
# (ckm_portal.core.cache). Redis caps no cache's size: every key expires (pages after
# PAGE_CACHE_SECONDS), and the README's "Shared state (Redis)" asks for maxmemory-policy volatile-ttl.
REDIS_URL = env_str("REDIS_URL", from_file=True).strip()
if REDIS_URL:
    _redis = {
        "BACKEND": "ckm_portal.core.cache.ResilientRedisCache",
        "LOCATION": REDIS_URL,
        # A Redis that does not answer costs a request at most this long per cache call.
        "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
    }
    CACHES = {
        "default": {**_redis, "KEY_PREFIX": "ckm"},
        "pages": {**_redis, "KEY_PREFIX": "ckm-pages", "TIMEOUT": max(PAGE_CACHE_SECONDS, 1)},
        "searches": {**_redis, "KEY_PREFIX": "ckm-searches", "TIMEOUT": max(SEARCH_CACHE_SECONDS, 1)},
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "ckm"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ckm-pages",
            "OPTIONS": {"MAX_ENTRIES": 300},
        },
        # Shared by every worker and server even without Redis, so a common search is ranked once, not once a worker:
        # a table of the database (ckm_portal/search/migrations/0003_kept_results_table.py).
        "searches": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "search_kept_results",
            "TIMEOUT": max(SEARCH_CACHE_SECONDS, 1),
            "OPTIONS": {"MAX_ENTRIES": 2000},
        },
    }
# The contact form's rate limit (django-ratelimit) counts in the default cache, and refuses when the
# cache cannot count (RATELIMIT_FAIL_OPEN off): ckm_portal/contact/spam.py.
RATELIMIT_USE_CACHE = "default"
RATELIMIT_FAIL_OPEN = False

# No inline scripts or styles anywhere, and nothing from other origins.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("DJANGO_LOG_LEVEL", "INFO")},
}

TAGGIT_CASE_INSENSITIVE = True

# Mail. The contact form writes to the editors; in DEBUG mail goes to the console.
CONTACT_RECIPIENTS = env_list("DJANGO_CONTACT_RECIPIENTS", [])
DEFAULT_FROM_EMAIL = env_str("DJANGO_DEFAULT_FROM_EMAIL", "kennisbank@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_BACKEND = env_str(
    "DJANGO_EMAIL_BACKEND",
    "django.core.mail.backends.console.EmailBackend" if DEBUG else "django.core.mail.backends.smtp.EmailBackend",
)
EMAIL_HOST = env_str("DJANGO_EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("DJANGO_EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("DJANGO_EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("DJANGO_EMAIL_HOST_PASSWORD", from_file=True)
EMAIL_USE_TLS = env_bool("DJANGO_EMAIL_USE_TLS")
EMAIL_TIMEOUT = 10
