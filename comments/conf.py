"""Moderation settings, with WordPress-like defaults; override any of them as ``COMMENTS_<NAME>``.

Read at call time (not import time) so ``override_settings`` and the ``settings`` fixture work.
"""

from django.conf import settings

DEFAULTS = {
    # Replies nest this many levels deep; a reply to the deepest level joins it as a sibling.
    "MAX_DEPTH": 3,
    "MAX_LENGTH": 5000,
    # True holds every comment for a moderator ("Comment must be manually approved").
    "HOLD_ALL": False,
    # Hold a comment unless its email already has an approved one.
    "HOLD_FIRST_TIMERS": True,
    # More links than this in the body holds the comment.
    "MAX_LINKS": 2,
    # Words (case-insensitive substrings of name, email, website, body or user agent).
    "MODERATION_WORDS": [],
    "BLOCKLIST_WORDS": [],
    # Addresses or networks ("203.0.113.7", "198.51.100.0/24").
    "BLOCKLIST_IPS": [],
    # Whole addresses, or "@domain.example" for a whole domain.
    "BLOCKLIST_EMAILS": [],
    # A form sent sooner than this after it was rendered is a bot's.
    "MIN_SECONDS": 3,
    # A form older than this (seconds) is stale and treated as spam.
    "FORM_TIMEOUT": 2 * 24 * 60 * 60,
    # One comment per IP address per this many seconds.
    "FLOOD_SECONDS": 15,
    # Close comments on stories older than this many days; 0 keeps them open.
    "CLOSE_AFTER_DAYS": 0,
    # Extra addresses told about held comments, besides the Moderators group.
    "MODERATOR_EMAILS": [],
    # The request header with the reader's address when a proxy sits in front of Django,
    # e.g. "HTTP_X_FORWARDED_FOR"; None trusts REMOTE_ADDR.
    "CLIENT_IP_HEADER": None,
    "COOKIE_NAME": "comment_author",
    "COOKIE_MAX_AGE": 365 * 24 * 60 * 60,
}


def setting(name):
    """Return ``settings.COMMENTS_<name>``, or its default."""
    return getattr(settings, f"COMMENTS_{name}", DEFAULTS[name])
