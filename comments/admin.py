from django.contrib import admin, messages
from django.db import models
from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Comment

ALL = "all"


class StatusFilter(admin.SimpleListFilter):
    """Filter by status, opening on the moderation queue and counting each status."""

    title = _("status")
    # The same name as the plain field filter, so links like ?status__exact=pending keep working.
    parameter_name = "status__exact"

    def lookups(self, request, model_admin):
        counts = dict(Comment.objects.order_by().values_list("status").annotate(total=Count("pk")))
        return [
            (value, f"{label} ({counts.get(value, 0)})") for value, label in Comment.Status.choices
        ] + [(ALL, _("All (%(total)s)") % {"total": sum(counts.values())})]

    def value(self):
        return super().value() or Comment.Status.PENDING

    def choices(self, changelist):
        for lookup, title in self.lookup_choices:
            yield {
                "selected": self.value() == lookup,
                "query_string": changelist.get_query_string({self.parameter_name: lookup}),
                "display": title,
            }

    def queryset(self, request, queryset):
        if self.value() == ALL:
            return queryset
        if self.value() in Comment.Status.values:
            return queryset.filter(status=self.value())
        return queryset.none()


@admin.register(Comment)
class CommentAdmin(admin.ModelAdmin):
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    list_display = [
        "excerpt",
        "commenter",
        "story",
        "status",
        "created_at",
        "ip_address",
        "approved_before",
    ]
    list_display_links = ["excerpt"]
    list_filter = [StatusFilter]
    # The status filter already counts; Django's own facet counts would repeat them.
    show_facets = admin.ShowFacets.NEVER
    list_select_related = ["article"]
    list_per_page = 50
    search_fields = ["body", "name", "email", "website", "ip_address", "article__headline"]
    date_hierarchy = "created_at"
    actions = ["approve", "mark_spam", "remove", "back_to_pending"]
    fields = [
        "story",
        "parent",
        "status",
        "name",
        "email",
        "website",
        "body",
        "created_at",
        "ip_address",
        "user_agent",
        "user",
        "approved_before",
        "moderated_by",
        "moderated_at",
    ]
    readonly_fields = [
        "story",
        "parent",
        "created_at",
        "ip_address",
        "user_agent",
        "user",
        "approved_before",
        "moderated_by",
        "moderated_at",
    ]

    def get_queryset(self, request):
        approved_earlier = (
            Comment.objects.filter(
                email=OuterRef("email"),
                status=Comment.Status.APPROVED,
                created_at__lt=OuterRef("created_at"),
            )
            .order_by()
            .values("email")
            .annotate(total=Count("pk"))
            .values("total")
        )
        return (
            super()
            .get_queryset(request)
            .annotate(
                approved_before_count=Coalesce(
                    Subquery(approved_earlier, output_field=IntegerField()), 0
                )
            )
        )

    def has_add_permission(self, request):
        # Comments come from readers; the admin only moderates them.
        return False

    def save_model(self, request, obj, form, change):
        if "status" in form.changed_data:
            obj.moderated_by = request.user
            obj.moderated_at = timezone.now()
        super().save_model(request, obj, form, change)

    @admin.display(description=_("comment"))
    def excerpt(self, comment):
        return comment.excerpt

    @admin.display(description=_("commenter"), ordering="name")
    def commenter(self, comment):
        return format_html("{}<br><small>{}</small>", comment.name, comment.email)

    @admin.display(description=_("story"), ordering="article__headline")
    def story(self, comment):
        # The public page, not the article's admin page: moderators may not edit stories.
        return format_html(
            '<a href="{}">{}</a>', comment.get_absolute_url(), comment.article.headline
        )

    @admin.display(description=_("approved before"), ordering="approved_before_count")
    def approved_before(self, comment):
        return comment.approved_before_count

    def _moderate(self, request, queryset, status, message):
        count = queryset.update(
            status=status, moderated_by=request.user, moderated_at=timezone.now()
        )
        self.message_user(request, message(count) % {"count": count}, messages.SUCCESS)

    @admin.action(description=_("Approve the selected comments"), permissions=["change"])
    def approve(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.APPROVED,
            lambda n: ngettext("%(count)d comment approved.", "%(count)d comments approved.", n),
        )

    @admin.action(description=_("Mark the selected comments as spam"), permissions=["change"])
    def mark_spam(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.SPAM,
            lambda n: ngettext(
                "%(count)d comment marked as spam.", "%(count)d comments marked as spam.", n
            ),
        )

    @admin.action(description=_("Remove the selected comments"), permissions=["change"])
    def remove(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.REMOVED,
            lambda n: ngettext("%(count)d comment removed.", "%(count)d comments removed.", n),
        )

    @admin.action(
        description=_("Send the selected comments back to pending"), permissions=["change"]
    )
    def back_to_pending(self, request, queryset):
        self._moderate(
            request,
            queryset,
            Comment.Status.PENDING,
            lambda n: ngettext(
                "%(count)d comment back in the queue.", "%(count)d comments back in the queue.", n
            ),
        )
