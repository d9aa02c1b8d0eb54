"""HTTP around every API answer: caching headers, conditional requests and CORS.

``cache_headers`` is the one place that decides how long answers may be kept; swap it for
the site-wide caching policy when the pages get one.
"""

import hashlib
from functools import wraps

from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control, patch_vary_headers
from django.utils.http import http_date

# Fresh for a minute in browsers, five in shared caches; then served stale while one request
# refreshes it, and for a day if the site is down.
CACHE_POLICY = {
    "public": True,
    "max_age": 60,
    "s_maxage": 300,
    "stale_while_revalidate": 60,
    "stale_if_error": 86400,
}
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Expose-Headers": "ETag, Last-Modified, Retry-After",
}
PREFLIGHT_HEADERS = {
    "Access-Control-Allow-Methods": "GET, HEAD, OPTIONS",
    "Access-Control-Allow-Headers": "X-API-Key, If-None-Match, If-Modified-Since",
    "Access-Control-Max-Age": "86400",
}


def cache_headers(response):
    """Set how long an answer may be kept: public answers by the policy, errors not at all."""
    if response.status_code in {200, 301, 302, 304, 404, 410}:
        patch_cache_control(response, **CACHE_POLICY)
        # An answer to a partner's key is counted against that key; keep it per key.
        patch_vary_headers(response, ["X-API-Key"])
    else:
        patch_cache_control(response, no_store=True)


def set_last_modified(request, moment):
    """Let the answer to ``request`` carry ``Last-Modified: moment``."""
    request.api_last_modified = moment


def api_view(view):
    """Wrap an API view: preflight, HEAD, ETag and Last-Modified with 304s, caching, CORS."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            for name, value in PREFLIGHT_HEADERS.items():
                response[name] = value
        else:
            head = request.method == "HEAD"
            if head:
                request.method = "GET"
            response = view(request, *args, **kwargs)
            if response.status_code == 200 and not response.streaming:
                response = conditional(request, response)
            if head:
                response.content = b""
        cache_headers(response)
        for name, value in CORS_HEADERS.items():
            response[name] = value
        return response

    return wrapper


def conditional(request, response):
    """Give the answer an ETag (and Last-Modified); a client holding it gets a 304."""
    etag = '"' + hashlib.blake2b(response.content, digest_size=16).hexdigest() + '"'
    response["ETag"] = etag
    last_modified = getattr(request, "api_last_modified", None)
    if last_modified is not None:
        response["Last-Modified"] = http_date(last_modified.timestamp())
        last_modified = int(last_modified.timestamp())
    return get_conditional_response(
        request, etag=etag, last_modified=last_modified, response=response
    )
