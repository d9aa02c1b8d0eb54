"""Who is asking: a partner with a key, or an anonymous reader; and how often they may ask."""

import logging
import re

from django.conf import settings
from django.utils.translation import gettext as _
from ninja.errors import AuthenticationError
from ninja.security import APIKeyHeader
from ninja.throttling import SimpleRateThrottle

from .models import PartnerKey

logger = logging.getLogger(__name__)
# What the key library hands out: an 8-character prefix, a dot, the secret.
KEY_SHAPE = re.compile(r"[A-Za-z0-9]{8}\.[A-Za-z0-9]{1,100}")


class Anonymous:
    """The caller of a request without a key (truthy, so the API lets it through)."""

    def __bool__(self):
        return True


ANONYMOUS = Anonymous()


class PartnerKeyHeader(APIKeyHeader):
    """An optional ``X-API-Key`` header: no header reads as anonymous, a wrong key is refused."""

    param_name = "X-API-Key"
    openapi_description = "Optional. A partner's key, for its own rate limit."

    def authenticate(self, request, key):
        if not key:
            return ANONYMOUS
        partner = None
        if KEY_SHAPE.fullmatch(key):
            try:
                partner = PartnerKey.objects.get_from_key(key)
            except PartnerKey.DoesNotExist:
                partner = None
        if partner is None or partner.has_expired:
            raise AuthenticationError(401, _("This API key is unknown, revoked or expired."))
        return partner


class FailOpenThrottle(SimpleRateThrottle):
    """A rate limit kept in the cache; when the cache is down, requests are let through."""

    def allow_request(self, request):
        try:
            return super().allow_request(request)
        except Exception:
            # A broken cache must not take the API down with it.
            logger.warning("Rate limit skipped: the cache is unavailable", exc_info=True)
            return True


class ClientAddressThrottle(FailOpenThrottle):
    """Anonymous reads, counted per client address."""

    scope = "api-anonymous"

    def __init__(self):
        super().__init__(rate=settings.NEWSROOM_API_ANON_RATE)

    def allow_request(self, request):
        # Read the rate on each request, so a changed setting applies without a restart.
        self.num_requests, self.duration = self.parse_rate(settings.NEWSROOM_API_ANON_RATE)
        return super().allow_request(request)

    def get_cache_key(self, request):
        if isinstance(request.auth, PartnerKey):
            return None
        return self.cache_format % {"scope": self.scope, "ident": self.get_ident(request)}


class PartnerKeyThrottle(FailOpenThrottle):
    """Reads with a partner's key, counted per key at the key's own rate."""

    scope = "api-partner"

    def __init__(self):
        super().__init__(rate="1/min")

    def allow_request(self, request):
        if not isinstance(request.auth, PartnerKey):
            return True
        self.num_requests, self.duration = request.auth.requests_per_minute, 60
        return super().allow_request(request)

    def get_cache_key(self, request):
        return self.cache_format % {"scope": self.scope, "ident": request.auth.prefix}
