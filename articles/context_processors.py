from django.core.cache import cache

from .models import SITE_CHROME_CACHE_KEY, Section, SiteIdentity


def site_chrome(request):
    """Provide the masthead and navigation every page shows, cached until an editor changes them."""
    chrome = cache.get(SITE_CHROME_CACHE_KEY)
    if chrome is None:
        chrome = {
            "site": SiteIdentity.load(),
            "nav_sections": list(Section.objects.all()),
        }
        cache.set(SITE_CHROME_CACHE_KEY, chrome, 60 * 60)
    return chrome
