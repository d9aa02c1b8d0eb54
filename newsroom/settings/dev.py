"""Local development: debug on, console email, a throwaway secret."""

from .base import *  # noqa: F403
from .base import env, env_list

DEBUG = True
SERVE_MEDIA = True
SECRET_KEY = env("SECRET_KEY", "dev-only-insecure-key-do-not-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
