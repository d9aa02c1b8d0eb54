"""The editorial workflow: who may move a story from draft to review to published.

A story is *owned* by a journalist when they created it in the admin or when one of its
bylined authors is linked to their staff account (``Author.user``). Both count, because
editors often file a story on a reporter's behalf and the byline is what the newsroom sees.

Editors hold ``articles.publish_article``; journalists hold ``articles.change_article``
without it. The admin asks these functions; it never repeats the rules itself.

The transitions (``submit_for_review``, ``publish``, ``schedule``, ``send_back``,
``withdraw``) are the only code that moves a story between states. Each takes the story and
the acting user, checks the rules above (raising PermissionDenied or ValidationError),
saves, and records a revision saying who did what. The admin form, the bulk actions, the
tests and any importer call them.
"""

import reversion
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Q
from django.utils import timezone
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext as _

from .models import Article

JOURNALIST_STATUSES = (Article.Status.DRAFT, Article.Status.REVIEW)


def is_editor(user):
    """Say whether ``user`` decides what goes live."""
    return user.is_active and user.has_perm("articles.publish_article")


def can_publish(user):
    """Say whether ``user`` may publish, schedule, withdraw and send stories back to draft."""
    return is_editor(user) and user.has_perm("articles.change_article")


def can_feature(user):
    return user.is_active and user.has_perm("articles.feature_article")


def owned_by(user):
    """Return a filter for the stories ``user`` owns (created, or bylined through Author.user)."""
    if not user.is_authenticated:
        return Q(pk__in=[])
    return Q(created_by=user) | Q(
        pk__in=Article.objects.filter(bylines__author__user=user).values("pk")
    )


def is_owner(user, article):
    if article.pk is None:
        return True
    if user.is_authenticated and article.created_by_id == user.pk:
        return True
    return Article.objects.filter(owned_by(user), pk=article.pk).exists()


def can_edit(user, article):
    """Say whether ``user`` may change ``article`` (None means any story, as the admin asks)."""
    if not (user.is_active and user.has_perm("articles.change_article")):
        return False
    if article is None or can_publish(user):
        return True
    # A journalist's story is frozen once it is published or scheduled: editors own it then.
    return article.status in JOURNALIST_STATUSES and is_owner(user, article)


def allowed_statuses(user, article=None):
    """Return the statuses ``user`` may give ``article``, in workflow order."""
    if can_publish(user):
        return list(Article.Status)
    if article is not None and not can_edit(user, article):
        return []
    return list(JOURNALIST_STATUSES)


def submittable(user, articles):
    """Return the drafts among ``articles`` that ``user`` may send for review."""
    drafts = articles.drafts()
    if not (user.is_active and user.has_perm("articles.change_article")):
        return drafts.none()
    return drafts if can_publish(user) else drafts.filter(owned_by(user))


def can_submit(user, article):
    return article.status == Article.Status.DRAFT and can_edit(user, article)


def can_revert(user):
    """Say whether ``user`` may restore an earlier version (which may change its status)."""
    return can_publish(user)


# --- Transitions -------------------------------------------------------------------------


def submit_for_review(article, user):
    """Send a draft to the editors."""
    if not can_submit(user, article):
        raise PermissionDenied(_("Only your own drafts can be submitted for review."))
    _submit(article, user)


def submit_drafts(user, articles):
    """Submit the drafts among ``articles`` that ``user`` may submit; return how many."""
    # One query finds the user's own drafts, instead of an ownership check per story.
    submitted = list(submittable(user, articles))
    for article in submitted:
        _submit(article, user)
    return len(submitted)


def _submit(article, user):
    article.status = Article.Status.REVIEW
    _record(article, user, _("Submitted for review."))


def publish(article, user):
    """Put the story live now; a scheduled story is brought forward."""
    _require_publisher(user)
    now = timezone.now()
    article.status = Article.Status.PUBLISHED
    if article.publish_at is None or article.publish_at > now:
        article.publish_at = now
    article.review_note = ""
    _record(article, user, _("Published."))


def schedule(article, user, publish_at):
    """Publish the story by itself at ``publish_at``, a moment still to come."""
    _require_publisher(user)
    if publish_at is None or publish_at <= timezone.now():
        raise ValidationError(
            {"publish_at": _("Choose a time in the future to schedule the story.")},
            code="schedule_in_past",
        )
    article.status = Article.Status.PUBLISHED
    article.publish_at = publish_at
    article.review_note = ""
    _record(
        article,
        user,
        _("Scheduled for %(when)s.") % {"when": localize(template_localtime(publish_at))},
    )


def send_back(article, user, note):
    """Return a story in review to its journalist, with the editor's note saying why."""
    _require_publisher(user)
    if article.status != Article.Status.REVIEW:
        raise ValidationError(_("Only a story in review can be sent back."), code="not_in_review")
    check_send_back_note(note)
    article.status = Article.Status.DRAFT
    article.review_note = note
    _record(article, user, _("Sent back to draft."))


def check_send_back_note(note):
    """Raise ValidationError unless ``note`` tells the journalist something."""
    if not (note or "").strip():
        raise ValidationError(
            _("Tell the journalist why the story goes back to draft."), code="no_note"
        )


def withdraw(article, user):
    """Take a live or scheduled story off the site, back to draft, and off the front page."""
    _require_publisher(user)
    if article.status != Article.Status.PUBLISHED:
        raise ValidationError(
            _("Only a published or scheduled story can be withdrawn."), code="not_published"
        )
    article.status = Article.Status.DRAFT
    article.is_featured = False
    _record(article, user, _("Withdrawn."))


def save_edit(article, user, *, previous_status):
    """Save ``article`` as edited by ``user`` (the admin form), through the transition its
    change of status asks for; a save that keeps the state is a plain, checked save."""
    status, article.status = article.status, previous_status
    if status == Article.Status.PUBLISHED:
        if article.publish_at is not None and article.publish_at > timezone.now():
            return schedule(article, user, article.publish_at)
        if previous_status != Article.Status.PUBLISHED or not article.is_published:
            return publish(article, user)
    elif status == Article.Status.REVIEW and previous_status == Article.Status.DRAFT:
        return submit_for_review(article, user)
    elif status == Article.Status.DRAFT and previous_status == Article.Status.PUBLISHED:
        return withdraw(article, user)
    elif (
        status == Article.Status.DRAFT
        and previous_status == Article.Status.REVIEW
        and can_publish(user)
    ):
        return send_back(article, user, article.review_note)
    article.status = status
    if status not in allowed_statuses(user, article):
        raise PermissionDenied
    return _record(article, user, "")


def _require_publisher(user):
    if not can_publish(user):
        raise PermissionDenied(_("Only editors publish, schedule, send back and withdraw."))


def _record(article, user, comment):
    """Save ``article`` and record the change as a revision credited to ``user``."""
    with reversion.create_revision():
        article.save()
        reversion.set_user(user)
        reversion.set_comment(comment)
