"""Printable PDFs of articles: what a PDF depends on, rendering it once, and serving it.

Rendering is in ``pdf_render`` (files it may read in ``pdf_fetcher``), stored PDFs in
``pdf_storage``. Django's cache holds only the short-lived lock that makes two simultaneous
requests render a PDF once.
"""

import hashlib
import time
import uuid
from functools import cached_property, lru_cache
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.cache import cache
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
from django.views import View

from .access import get_article_or_404
from .models import SiteIdentity
from .pdf_fetcher import LocalFileFetcher
from .pdf_render import PAGE_SIZES, PdfOptions, page_label_parts, render_pdf
from .pdf_storage import cached_pdf, pdf_storage, store_pdf

# What the rest of the project (views, the render_pdfs command, the benchmark) uses.
__all__ = [
    "PAGE_SIZES",
    "ArticlePdfView",
    "LocalFileFetcher",
    "PdfJob",
    "PdfOptions",
    "get_or_render_pdf",
    "pdf_storage",
    "render_pdf",
    "render_pdfs_for",
]

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


# A render takes about a second; a lock outliving a crashed worker must not block for long.
LOCK_TIMEOUT = 60
LOCK_WAIT = 30
LOCK_POLL = 0.1


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


# --- Rendering once across workers -----------------------------------------------------


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
