"""Shareable preview links: signed, expiring, read-only views of a story before it is public."""

from django.conf import settings
from django.core import signing
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django.views.decorators.http import require_safe

from .models import Article

# A separate salt means no other signed value of the site can be replayed as a preview link.
SALT = "articles.shared-preview"


def _signer():
    return signing.TimestampSigner(salt=SALT)


def make_preview_token(article):
    """Return a token that opens ``article`` until NEWSROOM_PREVIEW_LINK_HOURS have passed."""
    return _signer().sign(str(article.pk))


def read_preview_token(token):
    """Return the story id in ``token``; raise SignatureExpired or BadSignature otherwise."""
    max_age = settings.NEWSROOM_PREVIEW_LINK_HOURS * 60 * 60
    value = _signer().unsign(token, max_age=max_age)
    if not value.isdigit():
        raise signing.BadSignature("not a story id")
    return int(value)


def _private(response):
    """Keep a preview out of caches, search engines and other sites' referrer logs."""
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    response["Referrer-Policy"] = "no-referrer"
    return response


@require_safe
def shared_preview(request, token):
    """Show an unpublished story to whoever holds a valid link; a live story redirects."""
    try:
        article_id = read_preview_token(token)
    except signing.SignatureExpired:
        response = TemplateResponse(request, "articles/preview_expired.html", status=410)
        return _private(response)
    except signing.BadSignature as bad_token:
        raise Http404 from bad_token
    article = get_object_or_404(
        Article.objects.with_bylines().prefetch_related("tags"), pk=article_id
    )
    if article.is_published:
        return redirect(article)
    # Read-only: whoever holds the link may read the story, never reply to it.
    article.comments_open = False
    context = {"article": article, "is_preview": True, "is_shared_preview": True, "related": []}
    return _private(TemplateResponse(request, "articles/shared_preview.html", context))
