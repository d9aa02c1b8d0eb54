"""The admin home page: what is waiting for whom in the newsroom.

Lives in the project, not in ``articles``, because it also counts reader replies and the
articles app must not know about the comments app.
"""

from django.apps import apps
from django.contrib import admin
from django.urls import NoReverseMatch, reverse
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _
from django.utils.translation import npgettext

from articles import workflow
from articles.models import Article

PANEL_ITEMS = 5


class NewsroomAdminSite(admin.AdminSite):
    # The story and reply lists need the width more than a second copy of the app list.
    enable_nav_sidebar = False

    def index(self, request, extra_context=None):
        context = {"newsroom_panels": newsroom_panels(request), **(extra_context or {})}
        return super().index(request, context)


def _changelist(query):
    return f"{reverse('admin:articles_article_changelist')}?{urlencode(query)}"


def _story_panel(key, title, empty, stories, query, order):
    count = stories.count()
    return {
        "key": key,
        "title": title,
        "empty": empty,
        "count": count,
        "count_label": npgettext("admin home count", "story", "stories", count),
        "url": _changelist(query),
        "items": list(stories.order_by(*order)[:PANEL_ITEMS]),
    }


def article_panels(user):
    """Return the "Awaiting review", "Scheduled" and "My drafts" panels ``user`` may see."""
    if not user.has_perm("articles.view_article"):
        return []
    articles = Article.objects.only("pk", "headline", "status", "publish_at", "updated_at")
    return [
        _story_panel(
            "review",
            _("Awaiting review"),
            _("No story is waiting for an editor."),
            articles.in_review(),
            {"state": "review"},
            ["updated_at"],
        ),
        _story_panel(
            "scheduled",
            _("Scheduled"),
            _("Nothing is scheduled."),
            articles.scheduled(),
            {"state": "scheduled"},
            ["publish_at"],
        ),
        _story_panel(
            "drafts",
            _("My drafts"),
            _("You have no drafts."),
            articles.drafts().filter(workflow.owned_by(user)),
            {"state": "draft", "owner": "mine"},
            ["-updated_at"],
        ),
    ]


def comment_model():
    """Return the reader-reply model, or None while the comments app does not provide one."""
    if not apps.is_installed("comments"):
        return None
    try:
        return apps.get_model("comments", "Comment")
    except LookupError:
        return None


def comments_panel(user):
    """Return the "Comments awaiting moderation" panel, or None when it does not apply."""
    Comment = comment_model()
    if Comment is None:
        return None
    opts = Comment._meta
    if not user.has_perm(f"{opts.app_label}.view_{opts.model_name}"):
        return None
    try:
        url = reverse("admin:comments_comment_changelist")
    except NoReverseMatch:
        return None
    pending = Comment.Status.PENDING
    count = Comment.objects.filter(status=pending).count()
    return {
        "key": "comments",
        "title": _("Comments awaiting moderation"),
        "empty": _("No reply is waiting."),
        "count": count,
        "count_label": npgettext("admin home count", "reply", "replies", count),
        "url": f"{url}?{urlencode({'status__exact': pending})}",
        "items": [],
    }


def newsroom_panels(request):
    """Return the panels of the admin home page for the signed-in user."""
    panels = article_panels(request.user)
    comments = comments_panel(request.user)
    if comments is not None:
        panels.append(comments)
    return panels
