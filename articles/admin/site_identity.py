from django.contrib import admin

from ..models import SiteIdentity


@admin.register(SiteIdentity)
class SiteIdentityAdmin(admin.ModelAdmin):
    list_display = ["name", "tagline"]

    def has_add_permission(self, request):
        return not SiteIdentity.objects.exists()

    def has_delete_permission(self, request, obj=None):
        return False
