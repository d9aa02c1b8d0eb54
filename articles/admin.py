from datetime import timedelta

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import models
from django.db.models import Count
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST
from reversion.admin import VersionAdmin
from reversion.models import Version

from . import workflow
from .access import can_preview
from .compare import compare_versions
from .models import Article, Author, Byline, Section, SiteIdentity, Tag
from .preview import make_preview_token


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    list_display = ["name", "tagline"]

    def has_add_permission(self, request):
        return not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(Author)
class AuthorAdmin(admin.ModelAdmin):
    list_display = ["name", "job_title", "user", "story_count"]
    search_fields = ["name", "job_title", "email"]
    prepopulated_fields = {"slug": ["name"]}
    autocomplete_fields = ["user"]
    # Meta.ordering is dropped from the annotated (GROUP BY) queryset below; without this
    # the byline autocomplete pages through authors in no stable order.
    ordering = ["name"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("user")
            .annotate(story_count=Count("bylines"))
        )

    @admin.display(description=_("stories"), ordering="story_count")
    def story_count(self, author):
        return author.story_count


@admin.register(Section)
class SectionAdmin(admin.ModelAdmin):
    list_display = ["name", "slug", "position"]
    list_editable = ["position"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name", "slug"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


class BylineInline(admin.TabularInline):
    model = Byline
    extra = 1
    min_num = 1
    autocomplete_fields = ["author"]
    verbose_name = _("byline")
    verbose_name_plural = _("bylines (in the order they are shown)")


class ArticleAdminForm(forms.ModelForm):
    """The story form: offers each role only its statuses and refuses to overwrite a newer save."""

    loaded_updated_at = forms.CharField(widget=forms.HiddenInput, required=False)

    # Set per request by ArticleAdmin.get_form; the form has no other way to know who posts.
    # The admin builds Meta (model and fields) from the fieldsets of each request.
    current_user = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        story = self.instance if self.instance.pk else None
        if "status" in self.fields and self.current_user is not None:
            self.fields["status"].choices = [
                (status.value, status.label)
                for status in workflow.allowed_statuses(self.current_user, story)
            ]
        if story is not None and story.updated_at:
            self.fields["loaded_updated_at"].initial = story.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        self.check_edit_conflict()
        self.check_send_back_note(cleaned_data)
        return cleaned_data

    def check_edit_conflict(self):
        """Refuse the save when the story changed in the database after this form was opened."""
        if not self.instance.pk or "loaded_updated_at" not in self.fields:
            return
        current = (
            Article.objects.filter(pk=self.instance.pk).values_list("updated_at", flat=True).first()
        )
        if current is None or current.isoformat() == self.cleaned_data.get("loaded_updated_at"):
            return
        # The re-rendered form carries the newer stamp, so saving again is a deliberate choice.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_updated_at")] = current.isoformat()
        latest = (
            Version.objects.get_for_object(self.instance)
            .select_related("revision__user")
            .order_by("-pk")
            .first()
        )
        saved_by = latest.revision.user if latest and latest.revision.user else None
        raise ValidationError(
            _(
                "Someone else (%(who)s) saved this story at %(when)s, while you were editing. "
                "Nothing was overwritten and your text is kept below. Open the story in a new "
                "tab to see their version; save again only if yours should replace it."
            ),
            code="edit_conflict",
            params={
                "who": saved_by.get_username() if saved_by else _("unknown"),
                "when": localize(template_localtime(current)),
            },
        )

    def check_send_back_note(self, cleaned_data):
        sending_back = (
            self.instance.pk
            and self.instance.status == Article.Status.REVIEW
            and cleaned_data.get("status") == Article.Status.DRAFT
            and "review_note" in self.fields
            and self.current_user is not None
            and workflow.can_publish(self.current_user)
        )
        if sending_back:
            try:
                workflow.check_send_back_note(cleaned_data.get("review_note"))
            except ValidationError as error:
                self.add_error("review_note", error)


class PublicationStateFilter(admin.SimpleListFilter):
    title = _("publication")
    parameter_name = "state"

    def lookups(self, request, model_admin):
        return [
            ("draft", _("Draft")),
            ("review", _("In review")),
            ("scheduled", _("Scheduled")),
            ("live", _("Live")),
        ]

    def queryset(self, request, queryset):
        states = {
            "draft": queryset.drafts,
            "review": queryset.in_review,
            "scheduled": queryset.scheduled,
            "live": queryset.published,
        }
        return states[self.value()]() if self.value() in states else queryset


class OwnerFilter(admin.SimpleListFilter):
    title = _("owner")
    parameter_name = "owner"

    def lookups(self, request, model_admin):
        return [("mine", _("My stories"))]

    def queryset(self, request, queryset):
        if self.value() == "mine":
            return queryset.filter(workflow.owned_by(request.user))
        return queryset


@admin.register(Article)
class ArticleAdmin(VersionAdmin):
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

    # --- Revisions -------------------------------------------------------------------

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = (
            Version.objects.get_for_object(article).select_related("revision__user").order_by("-pk")
        )
        context = {
            "versions": versions,
            "can_revert": workflow.can_revert(request.user),
            "compare_url": reverse(
                f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_compare",
                args=[article.pk],
            ),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = Version.objects.get_for_object(article).select_related("revision__user")
        try:
            old = versions.get(pk=int(request.GET.get("from", "")))
            new = versions.get(pk=int(request.GET.get("to", "")))
        except (ValueError, Version.DoesNotExist):
            messages.error(request, _("Choose two saved versions of this story to compare."))
            return self.redirect_to_history(article)
        if old.revision.date_created > new.revision.date_created:
            old, new = new, old
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": _("Compare versions of “%(headline)s”") % {"headline": article.headline},
            "old": old,
            "new": new,
            "comparison": compare_versions(old, new),
            "can_revert": workflow.can_revert(request.user),
        }
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    def redirect_to_history(self, article):
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", article.pk)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
        return super().recover_view(request, version_id, extra_context)

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

    @admin.action(description=_("Publish the selected stories now"), permissions=["publish"])
    def publish(self, request, queryset):
        # Scheduled stories count as unpublished: "now" brings them forward.
        stories = list(queryset.unpublished())
        for article in stories:
            workflow.publish(article, request.user)
        self.message_user(
            request,
            ngettext("%d story published.", "%d stories published.", len(stories)) % len(stories),
            messages.SUCCESS,
        )

    @admin.action(
        description=_("Withdraw the selected stories (back to draft)"), permissions=["publish"]
    )
    def unpublish(self, request, queryset):
        stories = list(queryset.live_or_scheduled())
        for article in stories:
            workflow.withdraw(article, request.user)
        self.message_user(
            request,
            ngettext("%d story withdrawn.", "%d stories withdrawn.", len(stories)) % len(stories),
            messages.SUCCESS,
        )

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
