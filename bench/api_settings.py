"""Settings for bench/api.py: the dev settings with both candidate libraries mounted."""

from newsroom.settings.dev import *  # noqa: F403
from newsroom.settings.dev import INSTALLED_APPS

DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
INSTALLED_APPS = [*INSTALLED_APPS, "rest_framework"]
ROOT_URLCONF = "bench.api_candidates"
