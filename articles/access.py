"""Who may see which article: the one place that decides between public and preview."""

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from .models import Article


def can_preview(user):
    """Say whether ``user`` may see stories that are not published yet."""
    return user.is_active and user.is_staff and user.has_perm("articles.change_article")


def visible_articles(user):
    """Return the articles ``user`` may open: published ones, or all of them for previewers."""
    articles = Article.objects.all()
    return articles if can_preview(user) else articles.published()


def get_article_or_404(request, slug, year=None, month=None, day=None):
    """Return ``(article, date_matches)`` for the slug, or raise Http404 when it is not visible.

    ``date_matches`` is False when the date in the address is not the story's date, so the
    caller can redirect to the canonical address instead of serving a duplicate.
    """
    if not isinstance(slug, str) or len(slug) > 200:
        raise Http404
    queryset = visible_articles(request.user).with_bylines().prefetch_related("tags")
    article = get_object_or_404(queryset, slug=slug)
    if year is None:
        return article, True
    day_of_story = timezone.localdate(article.url_datetime)
    date_matches = (day_of_story.year, day_of_story.month, day_of_story.day) == (year, month, day)
    return article, date_matches
