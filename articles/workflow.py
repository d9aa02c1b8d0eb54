"""The editorial workflow: who may move a story from draft to review to published.

A story is *owned* by a journalist when they created it in the admin or when one of its
bylined authors is linked to their staff account (``Author.user``). Both count, because
editors often file a story on a reporter's behalf and the byline is what the newsroom sees.

Editors hold ``articles.publish_article``; journalists hold ``articles.change_article``
without it. The admin asks these functions; it never repeats the rules itself.
"""

from django.db.models import Q

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


def can_revert(user):
    """Say whether ``user`` may restore an earlier version (which may change its status)."""
    return can_publish(user)
