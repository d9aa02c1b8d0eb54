"""Printable PDFs of articles: WeasyPrint rendering, a disk-only URL fetcher and a PDF cache.

Rendered PDFs are stored as files under ``MEDIA_ROOT/pdf-cache`` rather than in Django's cache:
a PDF is tens to hundreds of kilobytes, every gunicorn worker and ``manage.py render_pdfs``
must see the same files (a local-memory cache is per process, so pre-rendering into it would
be lost), and files survive restarts without taking Redis memory. Django's cache holds only
the short-lived lock that makes two simultaneous requests render a PDF once.
"""

import hashlib
import mimetypes
import os
import tempfile
import time
import uuid
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.cache import cache
from django.core.exceptions import SuspiciousFileOperation
from django.core.files.storage import FileSystemStorage
from django.http import HttpResponse, HttpResponseBadRequest
from django.shortcuts import redirect
from django.template.loader import get_template, render_to_string
from django.templatetags.static import static
from django.utils import translation
from django.utils.cache import (
    add_never_cache_headers,
    get_conditional_response,
    patch_cache_control,
)
from django.utils.http import content_disposition_header, http_date, quote_etag
from django.utils.translation import gettext as _
from django.views import View
from weasyprint.urls import URLFetcher, URLFetcherResponse

from .access import get_article_or_404
from .models import SiteIdentity

# The files that shape a PDF: when any of them changes, stored PDFs are rendered anew.
PDF_LAYOUT_TEMPLATES = [
    "print/article_pdf.html",
    "articles/_byline.html",
    "articles/_story_meta.html",
    "articles/_featured_image.html",
    "articles/_story_body.html",
]
PDF_LAYOUT_STATIC = ["css/pdf.css"]


@lru_cache(maxsize=1)
def layout_version():
    """Return a hash of the PDF's templates and stylesheet, read once per process."""
    digest = hashlib.sha256()
    for name in PDF_LAYOUT_TEMPLATES:
        digest.update(Path(get_template(name).origin.name).read_bytes())
    for name in PDF_LAYOUT_STATIC:
        digest.update(Path(finders.find(name)).read_bytes())
    return digest.hexdigest()[:16]


PAGE_SIZES = {"a4": "A4", "letter": "letter"}
IMAGE_CHOICES = {"1": True, "0": False}

# A render takes about a second; a lock outliving a crashed worker must not block for long.
LOCK_TIMEOUT = 60
LOCK_WAIT = 30
LOCK_POLL = 0.1

CACHE_DIRECTORY = "pdf-cache"


# --- Fetching resources without the network ------------------------------------------------


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


# --- Rendering ---------------------------------------------------------------------------


@dataclass(frozen=True)
class PdfOptions:
    size: str = ""
    images: bool = True

    def __post_init__(self):
        if not self.size:
            object.__setattr__(self, "size", settings.NEWSROOM_PDF_PAGE_SIZE)
        if self.size not in PAGE_SIZES:
            raise ValueError(f"Unknown page size {self.size!r}.")

    @classmethod
    def from_query(cls, query):
        """Return options from a query string, or raise ValueError with a reader's message."""
        size = query.get("size", "")
        images = query.get("images", "1")
        if size and size not in PAGE_SIZES:
            raise ValueError(_("The page size must be “a4” or “letter”."))
        if images not in IMAGE_CHOICES:
            raise ValueError(_("The images option must be “1” (with images) or “0” (without)."))
        return cls(size=size, images=IMAGE_CHOICES[images])


class PdfJob:
    """One PDF to produce: an article, the options, and where the reader found it."""

    def __init__(self, article, options, *, origin, identity=None):
        self.article = article
        self.options = options
        self.origin = origin.rstrip("/")
        self.identity = identity or SiteIdentity.objects.current()

    @property
    def canonical_url(self):
        return self.origin + self.article.get_absolute_url()

    @cached_property
    def fingerprint(self):
        """Hash what the PDF shows besides the article row, so a change there renders anew."""
        parts = [
            layout_version(),
            self.options.size,
            str(int(self.options.images)),
            self.origin,
            translation.get_language() or "",
            self.identity.name,
            self.identity.tagline,
            self.identity.copyright_text,
            self.article.section.name,
            *(author.name for author in self.article.byline_authors),
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()[:24]

    @property
    def version(self):
        """Return the article's last change as a number, the part of the key edits bump."""
        return int(self.article.updated_at.timestamp() * 1_000_000)

    @property
    def cache_name(self):
        return f"{self.article.pk}/{self.version}-{self.fingerprint}.pdf"

    @property
    def etag(self):
        return quote_etag(f"{self.article.pk}-{self.version}-{self.fingerprint}")

    def html(self):
        context = {
            "article": self.article,
            "site": self.identity,
            "canonical_url": self.canonical_url,
            "options": self.options,
            "page_size": PAGE_SIZES[self.options.size],
            "page_label": page_label_parts(),
            "stylesheet_url": self.origin + static("css/pdf.css"),
        }
        return render_to_string("print/article_pdf.html", context)


def page_label_parts():
    """Split the translated "Page X of Y" around its numbers, which CSS counters fill in."""
    label = _("Page {page} of {pages}")
    before, _page, rest = label.partition("{page}")
    between, _pages, after = rest.partition("{pages}")
    return {"before": before, "between": between, "after": after}


def render_pdf(job):
    """Return the PDF bytes for ``job``; the only function that runs WeasyPrint."""
    from weasyprint import HTML

    fetcher = LocalFileFetcher(job.origin)
    document = HTML(string=job.html(), base_url=job.origin + "/", url_fetcher=fetcher)
    _drop_images(document.etree_element, fetcher, keep_local=job.options.images)
    return document.write_pdf()


def _drop_images(root, fetcher, *, keep_local):
    """Remove images the PDF must not show: all of them, or those not stored on this site.

    An external image would otherwise be replaced by its alt text; the fetcher already
    refuses it, and leaving it out keeps the page as the editor laid it out.
    """
    parents = {child: parent for parent in root.iter() for child in parent}
    base = fetcher.origin[0] + "://" + fetcher.origin[1] + "/"
    # A <source> only offers alternatives by srcset, which WeasyPrint ignores: always dropped.
    for element in [element for element in root.iter() if element.tag in ("img", "source")]:
        src = element.get("src", "")
        keep = (
            keep_local
            and element.tag == "img"
            and fetcher.local_path(urljoin(base, src.strip())) is not None
        )
        if keep:
            continue
        parent = parents.get(element)
        if parent is None:
            continue
        if parent.tag == "figure" and "image" in parent.get("class", "").split():
            grandparent = parents.get(parent)
            if grandparent is not None:
                grandparent.remove(parent)
                continue
        _remove_keeping_tail(parent, element)


def _remove_keeping_tail(parent, element):
    if element.tail:
        previous = None
        for child in parent:
            if child is element:
                break
            previous = child
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)


# --- The cache ---------------------------------------------------------------------------


def pdf_storage():
    """Return the storage of rendered PDFs (read at call time, so tests can move MEDIA_ROOT)."""
    return FileSystemStorage(location=Path(settings.MEDIA_ROOT) / CACHE_DIRECTORY)


def cached_pdf(job):
    """Return the stored PDF of ``job``, or None."""
    storage = pdf_storage()
    try:
        with storage.open(job.cache_name, "rb") as stored:
            return stored.read()
    except FileNotFoundError:
        return None


def store_pdf(job, pdf):
    """Store ``pdf`` atomically and drop the PDFs of the article's older versions."""
    storage = pdf_storage()
    target = Path(storage.path(job.cache_name))
    target.parent.mkdir(parents=True, exist_ok=True)
    # Readers in other processes must never see half a file, so write aside, then rename.
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    current = f"{job.version}-"
    for old in target.parent.glob("*.pdf"):
        if not old.name.startswith(current):
            old.unlink(missing_ok=True)


def get_or_render_pdf(job):
    """Return ``(pdf, rendered)``: the stored PDF, or a new one rendered once across workers.

    The lock lives in Django's cache (Redis in production) because gunicorn workers are
    processes: a threading lock would let each worker render the same PDF.
    """
    pdf = cached_pdf(job)
    if pdf is not None:
        return pdf, False
    lock = f"newsroom:pdf-lock:{job.cache_name}"
    token = uuid.uuid4().hex
    deadline = time.monotonic() + LOCK_WAIT
    while True:
        if cache.add(lock, token, LOCK_TIMEOUT):
            try:
                pdf = cached_pdf(job)
                if pdf is not None:
                    return pdf, False
                pdf = render_pdf(job)
                store_pdf(job, pdf)
                return pdf, True
            finally:
                if cache.get(lock) == token:
                    cache.delete(lock)
        time.sleep(LOCK_POLL)
        pdf = cached_pdf(job)
        if pdf is not None:
            return pdf, False
        if time.monotonic() > deadline:
            # The other render is stuck; serving the reader beats waiting on it.
            pdf = render_pdf(job)
            store_pdf(job, pdf)
            return pdf, True


# --- The view ----------------------------------------------------------------------------


class ArticlePdfView(View):
    """Serve an article as a PDF: cached for published stories, fresh for staff previews."""

    def get(self, request, year, month, day, slug):
        article, date_matches = get_article_or_404(request, slug, year, month, day)
        if not date_matches:
            url = article.url_for("articles:pdf")
            if request.GET:
                url += "?" + request.GET.urlencode()
            return redirect(url, permanent=article.is_published)
        try:
            options = PdfOptions.from_query(request.GET)
        except ValueError as error:
            return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
        job = PdfJob(article, options, origin=request.build_absolute_uri("/"))

        if not article.is_published:
            # A preview shows work in progress: never stored, never reused.
            response = self.pdf_response(render_pdf(job), article)
            add_never_cache_headers(response)
            return response

        last_modified = int(article.updated_at.timestamp())
        not_modified = get_conditional_response(request, etag=job.etag, last_modified=last_modified)
        if not_modified is not None:
            not_modified["ETag"] = job.etag
            return not_modified
        pdf, _rendered = get_or_render_pdf(job)
        response = self.pdf_response(pdf, article)
        response["ETag"] = job.etag
        response["Last-Modified"] = http_date(last_modified)
        # Revalidate every time: an edit must reach readers at once, and a 304 is cheap.
        patch_cache_control(response, public=True, no_cache=True)
        return response

    def pdf_response(self, pdf, article):
        response = HttpResponse(pdf, content_type="application/pdf")
        response["Content-Disposition"] = content_disposition_header(False, f"{article.slug}.pdf")
        return response


def render_pdfs_for(articles, *, origin, options=None):
    """Yield ``(article, rendered)`` while making sure each article's PDF is stored."""
    options = options or PdfOptions()
    identity = SiteIdentity.objects.current()
    for article in articles:
        job = PdfJob(article, options, origin=origin, identity=identity)
        _pdf, rendered = get_or_render_pdf(job)
        yield article, rendered
