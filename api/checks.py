from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.compatibility, deploy=True)
def site_url_is_set(app_configs, **kwargs):
    """Warn a deployment that leaves absolute addresses to the client's Host header."""
    if settings.NEWSROOM_SITE_URL:
        return []
    return [
        checks.Warning(
            "NEWSROOM_SITE_URL is not set: absolute addresses in the API follow each "
            "request's Host header.",
            hint='Set it to the site\'s canonical origin, e.g. "https://news.example.org".',
            id="api.W001",
        )
    ]
