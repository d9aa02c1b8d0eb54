from django.utils.functional import SimpleLazyObject

from .models import Section, SiteIdentity


def site_chrome(request):
    """Provide the masthead and navigation public pages show: both cached by their models, and
    read only by a page that uses them (the admin does not)."""
    return {
        "site": SimpleLazyObject(SiteIdentity.objects.current),
        "nav_sections": SimpleLazyObject(Section.objects.navigation),
    }
