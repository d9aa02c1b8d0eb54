from contextlib import contextmanager
from datetime import timedelta

import reversion
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from reversion.admin import VersionAdmin

from .. import workflow
from ..access import can_preview
from ..models import Article, Byline
from ..preview import make_preview_token
from .filters import OwnerFilter, PublicationStateFilter
from .forms import ArticleAdminForm
from .revisions import StoryRevisionsMixin


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 1
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = _("byline")
    verbose_name_plural = _("bylines (in the order they are shown)")


@admin.register(Article)
class ArticleAdmin(StoryRevisionsMixin, VersionAdmin):
    form = ArticleAdminForm
    list_display = [
        "headline",
        "section",
        "byline_list",
        "publication_state",
        "publish_at",
        "is_featured",
    ]
    list_filter = [
        PublicationStateFilter,
        OwnerFilter,
        "section",
        "is_featured",
        "comments_open",
    ]
    list_select_related = ["section"]
    search_fields = ["headline", "dek", "slug"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["tags", "section"]
    inlines = [BylineInline]
    actions = ["submit_for_review", "publish", "unpublish", "feature", "unfeature"]
    readonly_fields = ["first_published_at", "created_at", "updated_at"]
    history_latest_first = True
    object_history_template = "admin/articles/article/object_history.html"
    fieldsets = [
        (None, {"fields": ["headline", "slug", "dek", "body"]}),
        (_("Placement"), {"fields": ["section", "tags", "dateline", "excerpt"]}),
        (
            _("Featured image"),
            {
                "fields": [
                    "featured_image",
                    "featured_image_alt",
                    "featured_image_caption",
                    "featured_image_credit",
                ]
            },
        ),
        (
            _("Publishing"),
            {
                "fields": [
                    "status",
                    "publish_at",
                    "is_featured",
                    "comments_open",
                    "review_note",
                    "first_published_at",
                    "created_at",
                    "updated_at",
                ]
            },
        ),
        (
            _("Search engines and sharing"),
            {"fields": ["seo_title", "seo_description"], "classes": ["collapse"]},
        ),
    ]

    def get_queryset(self, request):
        return super().get_queryset(request).with_bylines()

    # --- What each role may do -------------------------------------------------------

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and workflow.can_edit(request.user, obj)

    def has_publish_permission(self, request):
        return workflow.can_publish(request.user)

    def has_feature_permission(self, request):
        return workflow.can_feature(request.user)

    def has_submit_permission(self, request):
        return super().has_change_permission(request)

    def get_fieldsets(self, request, obj=None):
        hidden = set()
        if not workflow.can_feature(request.user):
            hidden.add("is_featured")
        if not workflow.can_publish(request.user) and not (obj and obj.publish_at):
            hidden.add("publish_at")
        if not workflow.can_publish(request.user) and not (obj and obj.review_note):
            hidden.add("review_note")
        fieldsets = []
        for name, options in self.fieldsets:
            fields = [field for field in options["fields"] if field not in hidden]
            if name is None and obj is not None and self.has_change_permission(request, obj):
                fields.append("loaded_updated_at")
            fieldsets.append((name, {**options, "fields": fields}))
        return fieldsets

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        if not workflow.can_publish(request.user):
            # Shown so the journalist knows, but set only by an editor.
            readonly += ["publish_at", "review_note"]
        if not workflow.can_feature(request.user):
            readonly.append("is_featured")
        return readonly

    def log_addition(self, request, obj, message):
        with self.keeping_transition():
            return super().log_addition(request, obj, message)

    def log_change(self, request, obj, message):
        with self.keeping_transition():
            return super().log_change(request, obj, message)

    @contextmanager
    def keeping_transition(self):
        """Keep the transition the workflow named ("Published.") in the revision's comment,
        ahead of the changed fields the admin writes over it."""
        transition = reversion.get_comment() if reversion.is_active() else ""
        yield
        if transition and reversion.is_active():
            reversion.set_comment(f"{transition} {reversion.get_comment()}")

    def get_form(self, request, obj=None, change=False, **kwargs):
        form = super().get_form(request, obj, change=change, **kwargs)
        form.current_user = request.user
        return form

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        # The form offers each role only its statuses; the workflow checks every way in.
        previous_status = form.initial.get("status", Article.Status.DRAFT)
        workflow.save_edit(obj, request.user, previous_status=previous_status)

    # --- Change form extras ----------------------------------------------------------

    def change_view(self, request, object_id, form_url="", extra_context=None):
        article = self.get_object(request, unquote(object_id))
        context = dict(extra_context or {})
        if article is not None:
            context.update(self.story_tools(request, article))
        return super().change_view(request, object_id, form_url, context)

    def story_tools(self, request, article):
        """Return the links and notes the change form shows above the story."""
        opts = self.model._meta
        return {
            "story": article,
            "preview_url": (
                article.get_absolute_url()
                if not article.is_published and can_preview(request.user)
                else None
            ),
            "share_preview_url": (
                reverse(
                    f"admin:{opts.app_label}_{opts.model_name}_share_preview", args=[article.pk]
                )
                if not article.is_published and workflow.can_publish(request.user)
                else None
            ),
            "show_review_note": bool(article.review_note.strip())
            and article.status == Article.Status.DRAFT,
            "read_only_reason": self.read_only_reason(request, article),
        }

    def read_only_reason(self, request, article):
        if self.has_change_permission(request, article):
            return None
        if article.status == Article.Status.PUBLISHED:
            return _("Published and scheduled stories are changed by editors only.")
        return _("You can read this story, but only its journalist or an editor can change it.")

    def get_urls(self):
        opts = self.model._meta
        info = f"{opts.app_label}_{opts.model_name}"
        return [
            path(
                "<path:object_id>/share-preview/",
                self.admin_site.admin_view(self.share_preview_view),
                name=f"{info}_share_preview",
            ),
            path(
                "<path:object_id>/history/compare/",
                self.admin_site.admin_view(self.compare_view),
                name=f"{info}_compare",
            ),
        ] + super().get_urls()

    # --- Shareable preview links -----------------------------------------------------

    @method_decorator(require_POST)
    def share_preview_view(self, request, object_id):
        """Create a signed, expiring read-only link to an unpublished story and show it."""
        article = get_object_or_404(Article, pk=unquote(object_id))
        if not (self.has_view_permission(request, article) and workflow.can_publish(request.user)):
            raise PermissionDenied
        token = make_preview_token(article)
        expires_at = timezone.now() + timedelta(hours=settings.NEWSROOM_PREVIEW_LINK_HOURS)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": _("Shareable preview link"),
            "link": request.build_absolute_uri(reverse("articles:shared_preview", args=[token])),
            "expires_at": expires_at,
        }
        return TemplateResponse(request, "admin/articles/article/share_preview.html", context)

    # --- Changelist ------------------------------------------------------------------

    @admin.display(description=_("bylines"))
    def byline_list(self, article):
        return ", ".join(author.name for author in article.byline_authors)

    @admin.display(description=_("status"), ordering="status")
    def publication_state(self, article):
        if article.is_scheduled:
            return _("Scheduled")
        if article.is_published:
            return _("Live")
        return article.get_status_display()

    @admin.action(description=_("Submit the selected drafts for review"), permissions=["submit"])
    def submit_for_review(self, request, queryset):
        count = workflow.submit_drafts(request.user, queryset)
        skipped = queryset.count() - count
        self.message_user(
            request,
            ngettext("%d story submitted for review.", "%d stories submitted for review.", count)
            % count,
            messages.SUCCESS,
        )
        if skipped:
            self.message_user(
                request,
                ngettext(
                    "%d story was skipped: only your own drafts can be submitted.",
                    "%d stories were skipped: only your own drafts can be submitted.",
                    skipped,
                )
                % skipped,
                messages.WARNING,
            )

    def apply_to_each(self, request, stories, transition):
        """Move each of ``stories`` by ``transition`` (a workflow function); return how many."""
        stories = list(stories)
        for article in stories:
            transition(article, request.user)
        return len(stories)

    @admin.action(description=_("Publish the selected stories now"), permissions=["publish"])
    def publish(self, request, queryset):
        # Scheduled stories count as unpublished: "now" brings them forward.
        count = self.apply_to_each(request, queryset.unpublished(), workflow.publish)
        message = ngettext("%d story published.", "%d stories published.", count) % count
        self.message_user(request, message, messages.SUCCESS)

    @admin.action(
        description=_("Withdraw the selected stories (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        count = self.apply_to_each(request, queryset.live_or_scheduled(), workflow.withdraw)
        message = ngettext("%d story withdrawn.", "%d stories withdrawn.", count) % count
        self.message_user(request, message, messages.SUCCESS)

    # Featuring is placement, not an edit: update() keeps the public "Updated" line honest.
    @admin.action(description=_("Feature the selected stories"), permissions=["feature"])
    def feature(self, request, queryset):
        count = queryset.update(is_featured=True)
        self.message_user(
            request,
            ngettext("%d story featured.", "%d stories featured.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Stop featuring the selected stories"), permissions=["feature"])
    def unfeature(self, request, queryset):
        count = queryset.update(is_featured=False)
        self.message_user(
            request,
            ngettext("%d story no longer featured.", "%d stories no longer featured.", count)
            % count,
            messages.SUCCESS,
        )
