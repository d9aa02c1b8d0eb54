"""The only way a PDF render reads a file: this site's static and media files, from disk."""

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import SuspiciousFileOperation
from weasyprint.urls import URLFetcher, URLFetcherResponse


class LocalFileFetcher(URLFetcher):
    """Serve ``/static/`` and ``/media/`` files of this site from disk; refuse everything else.

    A PDF render must never make a request: an image in a body pointing at another server
    would leak the reader's visit and could hang the worker. URLs are resolved against the
    site's own origin (so links in the PDF stay absolute), and only that origin is read.
    """

    def __init__(self, origin, **kwargs):
        super().__init__(**kwargs)
        parts = urlsplit(origin)
        self.origin = (parts.scheme, parts.netloc)

    def fetch(self, url, headers=None):
        path = self.local_path(url)
        if path is None:
            raise ValueError(f"Refused to fetch {url!r}: not a file of this site.")
        content_type = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        return URLFetcherResponse(
            url, body=path.read_bytes(), headers={"Content-Type": content_type}
        )

    def local_path(self, url):
        """Return the file on disk that ``url`` names, or None when it must not be read."""
        try:
            parts = urlsplit(url)
        except ValueError:
            return None
        if (parts.scheme, parts.netloc) != self.origin:
            return None
        path = unquote(parts.path)
        if "\\" in path or "\x00" in path:
            return None
        for prefix, find in (
            (settings.STATIC_URL, self.static_file),
            (settings.MEDIA_URL, self.media_file),
        ):
            if path.startswith(prefix):
                relative = path.removeprefix(prefix)
                if not relative or ".." in relative.split("/"):
                    return None
                return find(relative)
        return None

    def static_file(self, relative):
        found = _inside(Path(settings.STATIC_ROOT), relative)
        if found is not None:
            return found
        try:
            found = finders.find(relative)
        except SuspiciousFileOperation:
            return None
        return Path(found) if found and Path(found).is_file() else None

    def media_file(self, relative):
        return _inside(Path(settings.MEDIA_ROOT), relative)


def _inside(root, relative):
    """Return ``root/relative`` when it is a file that stays inside ``root``, else None."""
    root = root.resolve()
    candidate = (root / relative).resolve()
    if candidate.is_relative_to(root) and candidate.is_file():
        return candidate
    return None
