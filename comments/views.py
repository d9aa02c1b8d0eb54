import json

from django.conf import settings
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from articles.models import Article
from articles.views import ArticleDetailView

from . import moderation
from .conf import setting
from .forms import CommentForm
from .models import Comment

AWAITING_SESSION_KEY = "comments_awaiting"
# Enough to mark a reader's recent pending comments without growing the session for ever.
AWAITING_KEPT = 20
COOKIE_SALT = "comments.author"


@require_POST
def post_comment(request, article_id):
    """Take a reader's comment on a published story, judge it, and send them back to it."""
    article = get_object_or_404(
        Article.objects.published().with_bylines().prefetch_related("tags"), pk=article_id
    )
    form = CommentForm(request.POST, article=article)
    if not moderation.comments_are_open(article):
        return rerender(request, article, form, status=403)
    if not form.is_valid():
        return rerender(request, article, form, status=400)

    comment = form.build_comment()
    comment.ip_address = moderation.client_ip(request)
    comment.user_agent = request.headers.get("User-Agent", "")[:500]
    if request.user.is_authenticated:
        comment.user = request.user

    if not moderation.flood_allowed(comment.ip_address):
        form.add_error(None, _("You are posting comments too quickly. Slow down."))
        return rerender(request, article, form, status=429)

    bot_reason = "honeypot" if form.is_bot() else None
    bot_reason = bot_reason or moderation.form_token_problem(form.cleaned_data["rendered"], article)
    if bot_reason:
        # Kept as spam so a moderator can rescue a false alarm; the sender is told nothing.
        comment.status = Comment.Status.SPAM
        comment.save()
        return HttpResponseRedirect(f"{article.get_absolute_url()}#comments")

    reason = moderation.judge(comment)
    comment.save()
    if comment.status == Comment.Status.SPAM:
        return HttpResponseRedirect(f"{article.get_absolute_url()}#comments")
    if comment.status == Comment.Status.PENDING:
        awaiting = request.session.get(AWAITING_SESSION_KEY, [])
        request.session[AWAITING_SESSION_KEY] = (awaiting + [comment.pk])[-AWAITING_KEPT:]
        moderation.notify_moderators(request, comment, reason)

    response = HttpResponseRedirect(comment.get_absolute_url())
    remember_author(response, form)
    return response


def remember_author(response, form):
    """Keep the reader's details in a cookie only when they ticked the box; else forget them."""
    name = setting("COOKIE_NAME")
    if not form.cleaned_data.get("remember"):
        response.delete_cookie(name)
        return
    details = {key: form.cleaned_data.get(key, "") for key in ("name", "email", "website")}
    response.set_signed_cookie(
        name,
        json.dumps(details),
        salt=COOKIE_SALT,
        max_age=setting("COOKIE_MAX_AGE"),
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


def remembered_author(request):
    """Return the details the reader asked us to remember, or an empty dict."""
    raw = request.get_signed_cookie(setting("COOKIE_NAME"), default=None, salt=COOKIE_SALT)
    if not raw:
        return {}
    try:
        details = json.loads(raw)
    except ValueError:
        return {}
    if not isinstance(details, dict):
        return {}
    return {key: str(details.get(key, ""))[:254] for key in ("name", "email", "website")}


def awaiting_ids(request):
    """Return the IDs of the reader's own comments still waiting for a moderator."""
    if not hasattr(request, "session"):
        return []
    ids = request.session.get(AWAITING_SESSION_KEY, [])
    return [pk for pk in ids if isinstance(pk, int)]


def rerender(request, article, form, status):
    """Show the story again with the reader's form, their text and the reasons it failed."""
    view = ArticleDetailView()
    view.setup(request, slug=article.slug)
    view.object = article
    context = view.get_context_data(object=article, comment_form=form)
    return TemplateResponse(request, view.template_name, context, status=status)
