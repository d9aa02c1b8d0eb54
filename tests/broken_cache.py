"""A cache backend that fails every call, as Redis does when it is down."""

from django.core.cache.backends.base import BaseCache


class BrokenCache(BaseCache):
    def __init__(self, location, params):
        super().__init__(params)

    def _fail(self, *args, **kwargs):
        raise ConnectionError("the cache server is down")

    add = get = set = touch = delete = has_key = clear = _fail
