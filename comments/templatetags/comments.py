from collections.abc import Iterable
from urllib.parse import urlsplit

from django import template
from django.utils.html import linebreaks, urlize
from django.utils.safestring import mark_safe

from articles.models import Article
from comments.conf import setting
from comments.forms import CommentForm
from comments.models import Comment
from comments.moderation import comments_are_open, sign_form
from comments.views import awaiting_ids, remembered_author

register = template.Library()


def build_thread(comments, max_depth):
    """Return the top-level comments, each with ``thread_replies`` and ``thread_level`` set.

    ``comments`` must be oldest first, so a parent is always placed before its replies.
    Replies whose parent is not shown move up to the top level rather than vanish, and
    replies below the deepest level join that level (the depth setting may have shrunk).
    """
    roots = []
    placed = {}
    for comment in comments:
        comment.thread_replies = []
        parent = placed.get(comment.parent_id)
        if parent is None:
            comment.thread_level, siblings = 1, roots
        elif parent.thread_level >= max_depth:
            comment.thread_level, siblings = parent.thread_level, parent.thread_siblings
        else:
            comment.thread_level, siblings = parent.thread_level + 1, parent.thread_replies
        comment.thread_siblings = siblings
        siblings.append(comment)
        placed[comment.pk] = comment
    return roots


def _initial_details(request):
    details = remembered_author(request)
    if details:
        details["remember"] = True
    elif request.user.is_authenticated:
        details = {
            "name": request.user.get_full_name() or request.user.get_username(),
            "email": request.user.email,
        }
    return details


@register.inclusion_tag("comments/section.html", takes_context=True)
def render_comment_section(context, article):
    """Render the story's replies, threaded, and the "Leave a Reply" form."""
    request = context["request"]
    max_depth = setting("MAX_DEPTH")
    comments = list(Comment.objects.shown_to_reader(article, awaiting_ids(request)))
    by_id = {comment.pk: comment for comment in comments}
    thread = build_thread(comments, max_depth)
    is_open = comments_are_open(article)

    form = context.get("comment_form")
    if form is None or form.article.pk != article.pk:
        initial = _initial_details(request)
        initial["rendered"] = sign_form(article)
        reply_to = request.GET.get("replytocom", "")
        if reply_to.isdigit() and int(reply_to) in by_id:
            initial["parent"] = int(reply_to)
        form = CommentForm(article=article, initial=initial)
    form.point_to_errors()
    parent_id = form["parent"].value()
    try:
        replying_to = by_id.get(int(parent_id)) if parent_id else None
    except (TypeError, ValueError):
        replying_to = None
    if replying_to is not None and replying_to.status != Comment.Status.APPROVED:
        replying_to = None

    return {
        "article": article,
        "thread": thread,
        "response_count": sum(c.status == Comment.Status.APPROVED for c in comments),
        "max_depth": max_depth,
        "is_open": is_open,
        "form": form,
        "replying_to": replying_to,
        "request": request,
    }


@register.filter(needs_autoescape=True)
def comment_text(body, autoescape=True):
    """Return the comment as escaped paragraphs, with bare web addresses made into links."""
    html = urlize(body, trim_url_limit=60, nofollow=True, autoescape=True)
    # Only urlize can produce this exact attribute: the reader's own quotes were escaped.
    html = html.replace(' rel="nofollow"', ' rel="nofollow ugc noopener"')
    return mark_safe(linebreaks(html, autoescape=False))


@register.filter
def safe_website(url):
    """Return the commenter's website if it is a plain http(s) address, else nothing."""
    try:
        scheme = urlsplit(url).scheme.lower()
    except ValueError:
        return ""
    return url if scheme in {"http", "https"} else ""


def _articles_in(value):
    if isinstance(value, Article):
        yield value
    elif isinstance(value, Iterable) and not isinstance(value, str | bytes):
        for item in value:
            yield from _articles_in(item)


@register.simple_tag
def attach_reply_counts(*groups):
    """Set ``reply_count`` on every article in the given lists, with one query for them all.

    Takes articles, lists of them, or lists of ``(section, articles)`` pairs.
    """
    articles = [article for group in groups for article in _articles_in(group)]
    counts = Comment.objects.approved_counts({article.pk for article in articles})
    for article in articles:
        article.reply_count = counts.get(article.pk, 0)
    return ""
