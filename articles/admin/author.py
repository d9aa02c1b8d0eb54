from django.contrib import admin
from django.db import models
from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from ..models import Author


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
