"""Smaller copies ("renditions") of a story's lead image, made the first time one is asked for.

The API lists each rendition's address and size without touching a file; the address leads
here, which makes the copy once, stores it beside the uploads and redirects to it.
"""

import io
import logging
from pathlib import PurePosixPath

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.http import Http404, HttpResponseRedirect
from django.utils.cache import patch_cache_control
from PIL import Image, ImageOps, UnidentifiedImageError

from newsroom.urls_absolute import absolute_url

from . import sources

logger = logging.getLogger(__name__)
SAVE_OPTIONS = {"JPEG": {"quality": 85, "optimize": True}, "PNG": {"optimize": True}}


def rendition_sizes(story):
    """Return ``[(width, height), …]`` of the renditions smaller than the original image."""
    width, height = story.featured_image_width, story.featured_image_height
    if not (story.featured_image and width and height):
        return []
    return [
        (target, max(1, round(height * target / width)))
        for target in sorted(settings.NEWSROOM_API_IMAGE_WIDTHS)
        if target < width
    ]


def lead_image(story, request, rendition_url):
    """Return the lead image as the API shows it, or None when the story has none.

    ``rendition_url(story_id, width)`` gives the absolute address of a rendition.
    """
    if not story.featured_image:
        return None
    return {
        "url": absolute_url(story.featured_image.url, request),
        "width": story.featured_image_width,
        "height": story.featured_image_height,
        "alt": story.featured_image_alt,
        "caption": story.featured_image_caption,
        "credit": story.featured_image_credit,
        "renditions": [
            {
                "url": rendition_url(story.pk, width),
                "width": width,
                "height": height,
            }
            for width, height in rendition_sizes(story)
        ],
    }


def rendition_name(image_name, width):
    path = PurePosixPath(image_name)
    return f"renditions/{path.parent}/{path.stem}-{width}w{path.suffix.lower()}"


def make_rendition(image, name, width):
    with image.open("rb"), Image.open(image) as original:
        picture = ImageOps.exif_transpose(original)
        image_format = original.format or "PNG"
        picture.thumbnail((width, width * 10))
        if image_format == "JPEG" and picture.mode not in {"RGB", "L"}:
            picture = picture.convert("RGB")
        buffer = io.BytesIO()
        picture.save(buffer, format=image_format, **SAVE_OPTIONS.get(image_format, {}))
    return default_storage.save(name, ContentFile(buffer.getvalue()))


def image_rendition(request, story_id, width):
    """Redirect to the ``width`` rendition of a published story's lead image, made if need be."""
    story = sources.published_story(story_id)
    if story is None or width not in dict(rendition_sizes(story)):
        raise Http404
    name = rendition_name(story.featured_image.name, width)
    if not default_storage.exists(name):
        try:
            name = make_rendition(story.featured_image, name, width)
        except (OSError, UnidentifiedImageError, Image.DecompressionBombError):
            logger.warning("Could not make a %spx rendition of %s", width, story.featured_image)
            raise Http404 from None
    response = HttpResponseRedirect(absolute_url(default_storage.url(name), request))
    # The address stays the same when an editor replaces the image: keep the redirect short.
    patch_cache_control(response, public=True, max_age=300)
    return response
