"""Mounted at /api/v1/: the Content API, every answer of it through ``api_view``."""

from django.http import JsonResponse
from django.urls import URLPattern, path, re_path
from django.utils.translation import gettext as _

from .http import api_view
from .images import image_rendition
from .views import api

app_name = "api"


def unknown_endpoint(request, rest):
    return JsonResponse({"detail": _("There is no such endpoint; see /api/v1/.")}, status=404)


urlpatterns = [
    URLPattern(pattern.pattern, api_view(pattern.callback), pattern.default_args, pattern.name)
    for pattern in api.urls[0]
] + [
    path(
        "images/<int:story_id>/<int:width>/",
        api_view(image_rendition),
        name="image_rendition",
    ),
    # [\s\S]: an address with a newline in it is unknown too, not a page of the site.
    re_path(r"^(?P<rest>[\s\S]*)$", api_view(unknown_endpoint)),
]
