from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Demo content for `manage.py load_demo`: the one place that knows both the stories and
    the reader replies, so neither app has to import the other."""

    name = "demo"
    verbose_name = _("Demo content")
