"""Everything the API reads from the other apps, in one place.

The API shows exactly what readers can see on the site: stories through the site's one
publishing rule (``Article.objects.published()``), replies through the comments app's
approved queryset. When those apps change shape, only this module follows.
"""

from django.apps import apps
from django.db.models import Exists, OuterRef

from articles.models import Article, Author, Byline, Section, Tag
from comments.conf import setting as comments_setting
from comments.models import Comment
from comments.templatetags.comments import build_thread, comment_text, safe_website


def published_stories():
    """Return the published stories with section, bylines and tags fetched up front.

    The search index and the editor's note are never shown, so they are not even read.
    """
    return (
        Article.objects.published()
        .with_bylines()
        .prefetch_related("tags")
        .defer("search_vector", "review_note")
    )


def published_story(story_id):
    """Return the published story with this id (without its bylines and tags), or None."""
    return Article.objects.published().filter(pk=story_id).first()


def sections():
    return Section.objects.all()


def tags_in_use():
    """Return the tags of at least one published story (a draft's tag may name a scoop)."""
    published = Article.objects.published().filter(tags=OuterRef("pk"))
    return Tag.objects.filter(Exists(published))


def authors_in_print():
    """Return the authors with a byline on at least one published story."""
    published = Byline.objects.filter(
        author=OuterRef("pk"), article__in=Article.objects.published()
    )
    return Author.objects.filter(Exists(published))


def reply_counts(story_ids):
    """Return ``{story id: approved reply count}`` in one query."""
    return Comment.objects.approved_counts(story_ids)


def approved_replies(story):
    """Return the story's approved replies, oldest first."""
    return Comment.objects.approved().filter(article=story).order_by("created_at", "pk")


def thread(replies):
    """Nest replies (oldest first) as the story page does; each gets ``thread_replies``."""
    return build_thread(replies, comments_setting("MAX_DEPTH"))


def reply_html(body):
    """Return a reply's text as the story page shows it: escaped paragraphs and links."""
    return str(comment_text(body))


def reply_website(url):
    return safe_website(url)


def published_pages():
    """Return the published simple pages, or None when the pages app is not installed.

    The hook for the ``pages`` app: it should offer ``Page.objects.published()`` and pages
    with ``title``, ``slug``, ``body``, ``updated_at`` and ``get_absolute_url()``.
    """
    if not apps.is_installed("pages"):
        return None
    return apps.get_model("pages", "Page").objects.published()
