from django.contrib import admin
from rest_framework_api_key.admin import APIKeyModelAdmin
from rest_framework_api_key.models import APIKey

from .models import PartnerKey

# The library's own key model is not used: partners' keys carry a rate (api.models).
admin.site.unregister(APIKey)


@admin.register(PartnerKey)
class PartnerKeyAdmin(APIKeyModelAdmin):
    list_display = [*APIKeyModelAdmin.list_display, "requests_per_minute", "contact"]
    search_fields = [*APIKeyModelAdmin.search_fields, "contact"]
