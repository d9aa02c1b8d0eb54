from django.contrib import admin, messages
from django.db import models
from django.db.models import Count
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from .models import Article, Author, Byline, Section, SiteIdentity, Tag


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


@admin.register(Article)
class ArticleAdmin(admin.ModelAdmin):
    list_display = [
        "headline",
        "section",
        "byline_list",
        "status",
        "publish_at",
        "is_featured",
    ]
    list_filter = ["status", "section", "is_featured", "comments_open"]
    list_select_related = ["section"]
    search_fields = ["headline", "dek", "slug"]
    date_hierarchy = "publish_at"
    prepopulated_fields = {"slug": ["headline"]}
    autocomplete_fields = ["tags", "section"]
    inlines = [BylineInline]
    actions = ["publish", "unpublish", "feature", "unfeature"]
    readonly_fields = ["first_published_at", "created_at", "updated_at"]
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

    def save_model(self, request, obj, form, change):
        if not change and obj.created_by_id is None:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)

    @admin.display(description=_("bylines"))
    def byline_list(self, article):
        return ", ".join(author.name for author in article.byline_authors)

    @admin.action(description=_("Publish the selected stories now"))
    def publish(self, request, queryset):
        count = 0
        for article in queryset.exclude(status=Article.Status.PUBLISHED):
            article.status = Article.Status.PUBLISHED
            if article.publish_at is None or article.publish_at > timezone.now():
                article.publish_at = timezone.now()
            article.save()
            count += 1
        self.message_user(
            request,
            ngettext("%d story published.", "%d stories published.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Withdraw the selected stories (back to draft)"))
    def unpublish(self, request, queryset):
        count = queryset.filter(status=Article.Status.PUBLISHED).update(
            status=Article.Status.DRAFT, is_featured=False
        )
        self.message_user(
            request,
            ngettext("%d story withdrawn.", "%d stories withdrawn.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Feature the selected stories"))
    def feature(self, request, queryset):
        count = queryset.update(is_featured=True)
        self.message_user(
            request,
            ngettext("%d story featured.", "%d stories featured.", count) % count,
            messages.SUCCESS,
        )

    @admin.action(description=_("Stop featuring the selected stories"))
    def unfeature(self, request, queryset):
        count = queryset.update(is_featured=False)
        self.message_user(
            request,
            ngettext("%d story no longer featured.", "%d stories no longer featured.", count)
            % count,
            messages.SUCCESS,
        )
