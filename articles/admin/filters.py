from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from .. import workflow


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
