from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from rest_framework_api_key.models import AbstractAPIKey


class PartnerKey(AbstractAPIKey):
    """A partner's key to the Content API: only a hash is stored, with the partner's own rate."""

    requests_per_minute = models.PositiveIntegerField(
        _("requests per minute"),
        default=600,
        validators=[MinValueValidator(1)],
        help_text=_("Requests beyond this in any minute get a 429 answer."),
    )
    contact = models.CharField(
        _("contact"), max_length=200, blank=True, help_text=_("Who to call about this key.")
    )

    class Meta(AbstractAPIKey.Meta):
        verbose_name = _("partner API key")
        verbose_name_plural = _("partner API keys")
