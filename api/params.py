"""Reading query parameters strictly: anything unknown or malformed is a clear 400."""

import re
from datetime import UTC, datetime, time

from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from django.utils.translation import gettext as _

from .errors import BadRequest

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,200}$")
PAGING = frozenset({"cursor", "limit"})


def reject_unknown(request, allowed):
    """Refuse parameters the endpoint does not know, naming the ones it does."""
    unknown = sorted(set(request.GET) - set(allowed))
    if unknown:
        raise BadRequest(
            _("Unknown parameter “%(unknown)s”. This endpoint takes: %(allowed)s.")
            % {
                "unknown": unknown[0][:50],
                "allowed": ", ".join(sorted(allowed)) or _("no parameters"),
            }
        )
    repeated = sorted(name for name in request.GET if len(request.GET.getlist(name)) > 1)
    if repeated:
        raise BadRequest(_("Give “%(name)s” only once.") % {"name": repeated[0]})


def slug(name, value):
    """Return the slug in ``value``; an empty value is no filter at all."""
    if not value:
        return None
    if not SLUG.fullmatch(value):
        raise BadRequest(
            _("“%(name)s” takes a slug: letters, digits, hyphens and underscores.") % {"name": name}
        )
    return value


def moment(name, value):
    """Return ``value`` (an ISO 8601 date or date-time) as an aware datetime.

    A date alone means its first moment, and a time without an offset the site's time zone.
    """
    if not value:
        return None
    try:
        parsed = parse_datetime(value)
        if parsed is None and (day := parse_date(value)) is not None:
            parsed = datetime.combine(day, time.min)
        if parsed is not None and timezone.is_naive(parsed):
            parsed = timezone.make_aware(parsed)
    except ValueError:
        parsed = None
    if parsed is None:
        _bad_moment(name)
    try:
        return parsed.astimezone(UTC)
    except OverflowError:
        # A moment at the very end of the calendar cannot move to UTC: take the end itself.
        end = datetime.min if parsed.year == 1 else datetime.max
        return end.replace(tzinfo=UTC)


def _bad_moment(name):
    raise BadRequest(
        _("“%(name)s” takes an ISO 8601 date or date-time, e.g. 2025-03-01 or 2025-03-01T08:00Z.")
        % {"name": name}
    )
