"""Absolute addresses of the site's pages and files, from one configured canonical site URL.

Feeds, sitemaps, share links and the API all need addresses that work away from the site.
They are built from ``settings.NEWSROOM_SITE_URL`` (e.g. "https://news.example.org"), so an
address never depends on the Host header a client happened to send. Left empty (dev and
tests), the request's own scheme and host are used instead.
"""

from urllib.parse import urljoin, urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def site_url(request=None):
    """Return the site's origin without a trailing slash, e.g. "https://news.example.org"."""
    configured = (getattr(settings, "NEWSROOM_SITE_URL", "") or "").strip().rstrip("/")
    if configured:
        return configured
    if request is None:
        raise ImproperlyConfigured("Set NEWSROOM_SITE_URL to build addresses outside a request.")
    return request.build_absolute_uri("/").rstrip("/")


def absolute_url(path_or_url, request=None):
    """Return ``path_or_url`` as an absolute address on the canonical site.

    Addresses that already carry a scheme and host (a CDN's media URL) are returned unchanged.
    """
    if not path_or_url:
        return path_or_url
    if urlsplit(path_or_url).netloc:
        return path_or_url
    return urljoin(site_url(request) + "/", path_or_url)
