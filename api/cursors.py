"""Cursor (keyset) pagination: a page starts after the last row of the one before.

A cursor is the sort key of the last row shown, so the database seeks to it through an
index instead of counting past OFFSET rows, and a story published meanwhile does not shift
the pages a client is walking through.
"""

import base64
import binascii
import json
from datetime import datetime

from django.db.models import Q
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _

from .errors import BadRequest


def encode(values):
    raw = json.dumps(
        [value.isoformat() if isinstance(value, datetime) else value for value in values],
        separators=(",", ":"),
    )
    return base64.urlsafe_b64encode(raw.encode()).decode().rstrip("=")


def decode(cursor, kinds):
    """Return the sort key in ``cursor`` as values of ``kinds`` (datetime, int or str)."""
    if len(cursor) > 500:
        raise BadRequest(_("The cursor is not one this API gave out; start from the first page."))
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        values = None
    if not isinstance(values, list) or len(values) != len(kinds):
        raise BadRequest(_("The cursor is not one this API gave out; start from the first page."))
    return [_as(kind, value) for kind, value in zip(kinds, values, strict=True)]


def _as(kind, value):
    if kind is datetime and isinstance(value, str):
        try:
            parsed = parse_datetime(value)
        except ValueError:
            parsed = None
        if parsed is not None and parsed.tzinfo is not None:
            return parsed
    elif kind is int and isinstance(value, int) and not isinstance(value, bool):
        if 0 <= value < 2**63:
            return value
    elif kind is str and isinstance(value, str) and "\x00" not in value and len(value) <= 300:
        return value
    raise BadRequest(_("The cursor is not one this API gave out; start from the first page."))


def after(values, fields):
    """Return the filter for rows after ``values`` in the order of ``fields`` ("-name"…)."""
    condition = Q()
    for depth in range(len(fields) - 1, -1, -1):
        name = fields[depth].lstrip("-")
        lookup = "lt" if fields[depth].startswith("-") else "gt"
        step = Q(**{f"{name}__{lookup}": values[depth]})
        condition = (
            step if depth == len(fields) - 1 else step | (Q(**{name: values[depth]}) & condition)
        )
    return condition


def page(queryset, fields, kinds, cursor, limit):
    """Return ``(rows, next_cursor)``: up to ``limit`` rows after ``cursor`` in ``fields`` order."""
    ordered = queryset.order_by(*fields)
    if cursor:
        ordered = ordered.filter(after(decode(cursor, kinds), fields))
    rows = list(ordered[: limit + 1])
    if len(rows) <= limit:
        return rows, None
    rows = rows[:limit]
    last = rows[-1]
    return rows, encode([getattr(last, name.lstrip("-")) for name in fields])
