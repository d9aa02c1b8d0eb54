from django.conf import settings
from django.db import models
from django.db.models import Count, Q
from django.urls import reverse
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from articles.models import Article


class CommentQuerySet(models.QuerySet):
    def approved(self):
        return self.filter(status=Comment.Status.APPROVED)

    def pending(self):
        return self.filter(status=Comment.Status.PENDING)

    def shown_to_reader(self, article, awaiting_ids=()):
        """Return the article's approved comments, plus the reader's own pending ones."""
        visible = Q(status=Comment.Status.APPROVED)
        if awaiting_ids:
            visible |= Q(status=Comment.Status.PENDING, pk__in=list(awaiting_ids))
        return self.filter(visible, article=article).order_by("created_at", "pk")

    def approved_counts(self, article_ids):
        """Return ``{article_id: approved comment count}`` in one query."""
        rows = (
            self.approved()
            .filter(article_id__in=list(article_ids))
            .order_by()
            .values("article_id")
            .annotate(total=Count("pk"))
        )
        return {row["article_id"]: row["total"] for row in rows}


class Comment(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        APPROVED = "approved", _("Approved")
        SPAM = "spam", _("Spam")
        REMOVED = "removed", _("Removed")

    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="comments", verbose_name=_("article")
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("in reply to"),
    )
    # Stored so threading rules need no walk up the tree; 1 is a top-level comment.
    depth = models.PositiveSmallIntegerField(_("depth"), default=1, editable=False)
    name = models.CharField(_("name"), max_length=100)
    email = models.EmailField(_("email"), help_text=_("Never shown publicly."))
    website = models.URLField(_("website"), blank=True)
    body = models.TextField(_("comment"))
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PENDING
    )
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)
    ip_address = models.GenericIPAddressField(_("IP address"), null=True, blank=True)
    user_agent = models.CharField(_("browser"), max_length=500, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="comments",
        verbose_name=_("signed-in user"),
    )
    moderated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("moderated by"),
    )
    moderated_at = models.DateTimeField(_("moderated at"), null=True, blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [
            models.Index(
                fields=["article", "status", "created_at"], name="comment_article_status_idx"
            ),
            models.Index(fields=["status", "-created_at"], name="comment_queue_idx"),
            models.Index(fields=["email", "status"], name="comment_email_status_idx"),
        ]

    def __str__(self):
        return _("%(name)s on %(article)s") % {"name": self.name, "article": self.article}

    def get_absolute_url(self):
        return f"{self.article.get_absolute_url()}#{self.anchor}"

    @property
    def anchor(self):
        return f"comment-{self.pk}"

    @property
    def excerpt(self):
        return Truncator(" ".join(self.body.split())).chars(80)

    def get_admin_url(self):
        return reverse("admin:comments_comment_change", args=[self.pk])
