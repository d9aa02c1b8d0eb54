"""Settings shared by every environment; values that differ come from the environment."""

import os
from pathlib import Path

import dj_database_url
import django_ckeditor_5
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env(name, default=None):
    return os.environ.get(name, default)


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name)
    if value is None:
        return list(default)
    return [item.strip() for item in value.split(",") if item.strip()]


def env_required(name):
    value = os.environ.get(name, "").strip()
    if not value:
        raise ImproperlyConfigured(f"The environment variable {name} must be set.")
    return value


DEBUG = env_bool("DEBUG", False)
SERVE_MEDIA = DEBUG

INSTALLED_APPS = [
    # The admin with the newsroom's home page (newsroom.admin_dashboard).
    "newsroom.apps.NewsroomAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles so runserver serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django_ckeditor_5",
    "reversion",
    "articles",
    "comments",
    # Demo content for `make run`: it imports both apps, so neither imports the other.
    "demo",
    "ninja",
    # Hashed partner keys (the model and its admin; no Django REST Framework needed).
    "rest_framework_api_key",
    "api",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # No LocaleMiddleware: every reader gets LANGUAGE_CODE, the language the stories are
    # written in, whatever their browser asks for (see tests/test_i18n.py).
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "newsroom.urls"
WSGI_APPLICATION = "newsroom.wsgi.application"

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
                "articles.context_processors.site_chrome",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(env("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

REDIS_URL = env("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env("CACHE_KEY_PREFIX", "newsroom"),
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = env("LANGUAGE_CODE", "en")
LANGUAGES = [
    ("en", _("English")),
    ("fr", _("French")),
    ("rw", _("Kinyarwanda")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(env("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env("MEDIA_ROOT", str(BASE_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Uploads larger than this are refused before they reach the image checks.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024

LOGIN_URL = "admin:login"
EMAIL_BACKEND = env("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "newsroom@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- CKEditor 5 -----------------------------------------------------------------------
CKEDITOR_5_FILE_UPLOAD_PERMISSION = "staff"
CKEDITOR_5_FILE_STORAGE = "articles.storage.EditorUploadStorage"
CKEDITOR_5_UPLOAD_FILE_TYPES = ["jpg", "jpeg", "png", "gif", "webp"]
CKEDITOR_5_MAX_FILE_SIZE = 5  # megabytes
CKEDITOR_5_CUSTOM_CSS = "css/editor.css"
CKEDITOR_5_CONFIGS = {
    "default": {
        "toolbar": {
            "items": [
                "heading",
                "|",
                "bold",
                "italic",
                "link",
                "|",
                "bulletedList",
                "numberedList",
                "blockQuote",
                "|",
                "insertImage",
                "insertTable",
                "|",
                "undo",
                "redo",
            ],
        },
        "heading": {
            "options": [
                {"model": "paragraph", "title": _("Paragraph"), "class": "ck-heading_paragraph"},
                {
                    "model": "heading2",
                    "view": "h2",
                    "title": _("Heading 2"),
                    "class": "ck-heading_heading2",
                },
                {
                    "model": "heading3",
                    "view": "h3",
                    "title": _("Heading 3"),
                    "class": "ck-heading_heading3",
                },
            ]
        },
        "image": {
            "toolbar": [
                "imageTextAlternative",
                "toggleImageCaption",
                "|",
                "imageStyle:inline",
                "imageStyle:block",
                "imageStyle:side",
            ],
        },
        "table": {
            "contentToolbar": ["tableColumn", "tableRow", "mergeTableCells", "toggleTableCaption"],
        },
        "link": {"defaultProtocol": "https://"},
    },
}
CKEDITOR_5_CONFIGS["article"] = CKEDITOR_5_CONFIGS["default"]
# The editor's own buttons follow the site language when CKEditor ships it (French yes,
# Kinyarwanda no); the widget then loads that translation file.
_CKEDITOR_DIST = Path(django_ckeditor_5.__file__).parent / "static/django_ckeditor_5/dist"
if (_CKEDITOR_DIST / "translations" / f"{LANGUAGE_CODE}.js").is_file():
    CKEDITOR_5_CONFIGS["default"]["language"] = LANGUAGE_CODE

# --- Newsroom -------------------------------------------------------------------------
NEWSROOM_PAGINATE_BY = int(env("NEWSROOM_PAGINATE_BY", "12"))
# An article counts as "updated" when saved this long after it went live.
NEWSROOM_UPDATED_GRACE_MINUTES = 5
# Paper size of article PDFs: "a4" or "letter" (readers may ask for the other with ?size=).
NEWSROOM_PDF_PAGE_SIZE = env("NEWSROOM_PDF_PAGE_SIZE", "a4")

# How long a shareable preview link for an unpublished story keeps working.
NEWSROOM_PREVIEW_LINK_HOURS = int(env("NEWSROOM_PREVIEW_LINK_HOURS", "72"))

# Text search configuration of the full-text index on PostgreSQL ("english" stems English
# words; "simple" only lowercases, which suits a multilingual newsroom). After changing it,
# run `manage.py update_search_vectors` so stored vectors and queries agree.
NEWSROOM_SEARCH_CONFIG = env("NEWSROOM_SEARCH_CONFIG", "english")
# Feeds carry the full sanitized body when true, otherwise the dek or summary.
NEWSROOM_FEED_FULL_TEXT = env_bool("NEWSROOM_FEED_FULL_TEXT", False)

# The site's canonical origin ("https://news.example.org"), used for every absolute address
# given away from the site (newsroom.urls_absolute). Empty uses each request's own host.
NEWSROOM_SITE_URL = env("NEWSROOM_SITE_URL", "")

# --- Content API (api/) -----------------------------------------------------------------
# Requests per client address for readers without a key; partners' keys carry their own rate.
NEWSROOM_API_ANON_RATE = env("NEWSROOM_API_ANON_RATE", "120/min")
# Widths (pixels) of the lead image renditions the API offers, smaller than the original.
NEWSROOM_API_IMAGE_WIDTHS = [320, 640, 1024, 1600]
# How many proxies sit in front of the site and append to X-Forwarded-For (0: none, so the
# address of the connection is the client's, and a forged header cannot dodge a rate limit).
NINJA_NUM_PROXIES = int(env("NINJA_NUM_PROXIES", "0"))
