"""Django's cache as an optional speed-up: when the backend fails, callers go to the database.

Redis being down must not take the site down with it: every page shows the masthead and the
navigation, which are cached. A failed read is a miss, a failed write or delete is skipped;
each is logged as a warning so the outage is seen.
"""

import logging

from django.core.cache import cache

logger = logging.getLogger(__name__)

MISSING = object()


def cache_get(key):
    """Return the cached value of ``key``, or MISSING when absent or the cache fails."""
    try:
        return cache.get(key, MISSING)
    except Exception:
        logger.warning("Cache read of %s failed; reading the database instead.", key, exc_info=True)
        return MISSING


def cache_set(key, value, timeout):
    try:
        cache.set(key, value, timeout)
    except Exception:
        logger.warning("Cache write of %s failed.", key, exc_info=True)


def cache_delete(key):
    try:
        cache.delete(key)
    except Exception:
        # A value written before the outage may be served until it expires.
        logger.warning("Cache delete of %s failed; it may stay stale.", key, exc_info=True)


def cached(key, timeout, compute):
    """Return the cached value of ``key``, computing and storing it on a miss."""
    value = cache_get(key)
    if value is MISSING:
        value = compute()
        cache_set(key, value, timeout)
    return value
