from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ApiConfig(AppConfig):
    name = "api"
    verbose_name = _("Content API")

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)
