"""The Content API, version 1: published stories, their sections, tags, authors and replies."""

import logging
from datetime import datetime
from urllib.parse import urlencode, urlsplit

from django.http import Http404
from django.urls import Resolver404, resolve, reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from ninja import NinjaAPI, Query
from ninja.errors import ValidationError

from newsroom.urls_absolute import absolute_url

from . import cursors, params, schemas, sources
from .access import ClientAddressThrottle, PartnerKeyHeader, PartnerKeyThrottle
from .content import body_html, body_text
from .http import set_last_modified
from .images import lead_image

logger = logging.getLogger("django.request")

DEFAULT_LIMIT = 20
MOST = 100
ERRORS = {400: schemas.Error, 401: schemas.Error, 404: schemas.Error, 429: schemas.Error}
STORY_ORDER = (("-publish_at", "-pk"), (datetime, int))
REPLY_ORDER = (("created_at", "pk"), (datetime, int))
NAME_ORDER = (("name", "pk"), (str, int))
SECTION_ORDER = (("position", "name", "pk"), (int, str, int))


# What the schema says of some parameters; the checks themselves are in params and cursors,
# which answer with clearer messages than a pattern mismatch would.
# An empty value is the same as leaving the parameter out.
SLUG_SCHEMA = {"type": "string", "pattern": "^[-a-zA-Z0-9_]{0,200}$"}
MOMENT_SCHEMA = {
    "anyOf": [
        {"type": "string", "format": "date-time"},
        {"type": "string", "format": "date"},
        {"type": "string", "maxLength": 0},
    ]
}
PARAMETER_SCHEMAS = {
    "section": SLUG_SCHEMA,
    "tag": SLUG_SCHEMA,
    "author": SLUG_SCHEMA,
    "published_after": MOMENT_SCHEMA,
    "published_before": MOMENT_SCHEMA,
    "updated_since": MOMENT_SCHEMA,
    "cursor": {"type": "string", "pattern": "^[-_A-Za-z0-9]{0,500}$"},
}


class ContentAPI(NinjaAPI):
    def get_openapi_schema(self, **kwargs):
        """Describe the key as optional, and the parameters as precisely as they are read."""
        schema = super().get_openapi_schema(**kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                if operation.get("security"):
                    operation["security"] = [{}, *operation["security"]]
                for parameter in operation.get("parameters", []):
                    if parameter["name"] in PARAMETER_SCHEMAS:
                        parameter["schema"] = {
                            **PARAMETER_SCHEMAS[parameter["name"]],
                            "title": parameter["schema"].get("title", ""),
                        }
        return schema


api = ContentAPI(
    title="Newsroom Content API",
    version="1",
    description=gettext_lazy(
        "Read-only access to the published stories, their sections, tags, authors and "
        "approved replies. Lists are paged with cursors: follow `next` until it is null. "
        "Answers carry ETag and Last-Modified, and may be cached as Cache-Control says. "
        "A partner's key goes in the X-API-Key header; without one, reads are limited per "
        "client address. Errors are JSON with a `detail` message."
    ),
    urls_namespace="api",
    openapi_url="/schema/",
    docs_url="/docs/",
    auth=PartnerKeyHeader(),
    throttle=[ClientAddressThrottle(), PartnerKeyThrottle()],
)

Limit = Query(DEFAULT_LIMIT, ge=1, le=MOST, description="Items per page, 1 to 100.")
Cursor = Query(None, description="The `next_cursor` of the page before (opaque).")


# --- Errors ---------------------------------------------------------------------------------
@api.exception_handler(ValidationError)
def invalid_parameter(request, exc):
    first = exc.errors[0] if exc.errors else {}
    where = ".".join(str(part) for part in first.get("loc", ())[1:]) or _("request")
    message = _("Invalid “%(name)s”: %(problem)s.") % {
        "name": where,
        "problem": first.get("msg", _("not understood")),
    }
    return api.create_response(request, {"detail": message}, status=400)


@api.exception_handler(Http404)
def not_found(request, exc):
    return api.create_response(request, {"detail": _("Not found.")}, status=404)


@api.exception_handler(Exception)
def server_error(request, exc):
    logger.exception("Content API error on %s", request.path, exc_info=exc)
    message = _("Something went wrong on our side; try again shortly.")
    return api.create_response(request, {"detail": message}, status=500)


# --- Building answers ---------------------------------------------------------------------
# Stands in for a numeric id while an address is reversed once per request (see api_url).
ID_MARKER = 987654321


def api_url(request, route, *ids, query=None):
    """Return the absolute address of an API route; ``ids`` fill its numeric parameters.

    A list of 20 stories needs 40 of these: each route is reversed once per request, and
    the ids are put in its address.
    """
    routes = request.__dict__.setdefault("_api_routes", {})
    key = (route, len(ids))
    if key not in routes:
        markers = [ID_MARKER + n for n in range(len(ids))]
        routes[key] = absolute_url(reverse(f"api:{route}", args=markers), request)
    url = routes[key]
    for n, value in enumerate(ids):
        url = url.replace(str(ID_MARKER + n), str(int(value)))
    return f"{url}?{urlencode(query)}" if query else url


def paged(request, rows, next_cursor):
    """Return a page of results with the address of the next one (same filters)."""
    next_url = None
    if next_cursor:
        query = {**request.GET.dict(), "cursor": next_cursor}
        next_url = f"{absolute_url(request.path, request)}?{urlencode(query)}"
    return {"results": rows, "next": next_url, "next_cursor": next_cursor}


def ref(item, request):
    """Return a section, author or tag in brief; each is built once per request."""
    refs = request.__dict__.setdefault("_api_refs", {})
    key = (type(item), item.pk)
    if key not in refs:
        url = absolute_url(item.get_absolute_url(), request)
        refs[key] = {"id": item.pk, "slug": item.slug, "name": item.name, "url": url}
    return refs[key]


def story_summary(story, request, reply_count):
    return {
        "id": story.pk,
        "url": absolute_url(story.get_absolute_url(), request),
        "api_url": api_url(request, "story", story.pk),
        "headline": story.headline,
        "dek": story.dek,
        "summary": story.summary,
        "dateline": story.dateline,
        "section": ref(story.section, request),
        "authors": [ref(author, request) for author in story.byline_authors],
        "tags": [ref(tag, request) for tag in story.tags.all()],
        "lead_image": lead_image(
            story, request, lambda *ids: api_url(request, "image_rendition", *ids)
        ),
        "published_at": story.publish_at,
        "first_published_at": story.first_published_at,
        "revised_at": story.revised_at if story.was_updated else None,
        "modified_at": story.updated_at,
        "is_featured": story.is_featured,
        "comments_open": story.comments_open,
        "reply_count": reply_count,
        "replies_url": api_url(request, "story_replies", story.pk),
    }


def story_full(story, request):
    return {
        **story_summary(story, request, sources.reply_counts([story.pk]).get(story.pk, 0)),
        "body_html": body_html(story.body, request),
        "body_text": body_text(story.body),
        "meta_title": story.display_title,
        "meta_description": story.display_description,
    }


def reply(comment, request, story_url):
    return {
        "id": comment.pk,
        "parent_id": comment.parent_id,
        "author_name": comment.name,
        "author_url": sources.reply_website(comment.website) or None,
        "body_html": sources.reply_html(comment.body),
        "body_text": comment.body,
        "created_at": comment.created_at,
        "url": f"{story_url}#{comment.anchor}",
        "replies": [reply(child, request, story_url) for child in comment.thread_replies],
    }


def found(story):
    if story is None:
        raise Http404
    return story


# --- Endpoints ------------------------------------------------------------------------------
@api.get("/", url_name="index", response={200: dict[str, str], **ERRORS}, summary="Index")
def index(request):
    """Return the address of every list the API offers."""
    params.reject_unknown(request, ())
    routes = ["stories", "sections", "tags", "authors"]
    if sources.published_pages() is not None:
        routes.append("pages")
    links = {name: api_url(request, name) for name in routes}
    links["schema"] = api_url(request, "openapi-json")
    links["docs"] = api_url(request, "openapi-view")
    return links


STORY_FILTERS = {"section", "tag", "author", "published_after", "published_before"}
STORY_FILTERS |= {"updated_since"} | params.PAGING


@api.get(
    "/stories/",
    url_name="stories",
    response={200: schemas.page_of(schemas.StorySummary), **ERRORS},
    summary="Published stories, newest first",
)
def story_list(
    request,
    section: str | None = Query(None, description="A section's slug."),
    tag: str | None = Query(None, description="A tag's slug."),
    author: str | None = Query(None, description="An author's slug."),
    published_after: str | None = Query(
        None,
        description="Published at or after: an ISO 8601 date or date-time.",
    ),
    published_before: str | None = Query(
        None,
        description="Published before: an ISO 8601 date or date-time.",
    ),
    updated_since: str | None = Query(
        None,
        description="Changed at or after: an ISO 8601 date or date-time.",
    ),
    limit: int = Limit,
    cursor: str | None = Cursor,
):
    params.reject_unknown(request, STORY_FILTERS)
    stories = sources.published_stories()
    if section := params.slug("section", section):
        stories = stories.filter(section__slug=section)
    if tag := params.slug("tag", tag):
        stories = stories.filter(tags__slug=tag)
    if author := params.slug("author", author):
        stories = stories.filter(bylines__author__slug=author)
    if after := params.moment("published_after", published_after):
        stories = stories.filter(publish_at__gte=after)
    if before := params.moment("published_before", published_before):
        stories = stories.filter(publish_at__lt=before)
    if since := params.moment("updated_since", updated_since):
        stories = stories.filter(updated_at__gte=since)
    rows, next_cursor = cursors.page(stories, *STORY_ORDER, cursor, limit)
    counts = sources.reply_counts([story.pk for story in rows])
    # No Last-Modified on lists: a withdrawn story changes the list but no date in it, so
    # only the ETag can tell a client its copy is stale.
    results = [story_summary(story, request, counts.get(story.pk, 0)) for story in rows]
    return paged(request, results, next_cursor)


@api.get(
    "/stories/by-permalink/",
    url_name="story_by_permalink",
    response={200: schemas.Story, **ERRORS},
    summary="One published story, by the address of its page",
)
def story_by_permalink(
    request, url: str = Query(..., max_length=2000, description="The story page's address.")
):
    """Return the story whose page is at ``url`` (absolute, or a path such as /2025/03/01/slug/)."""
    params.reject_unknown(request, {"url"})
    try:
        match = resolve(urlsplit(url).path)
    except (Resolver404, ValueError):
        match = None
    if match is None or match.view_name not in {"articles:detail", "articles:print"}:
        raise Http404
    story = found(sources.published_stories().filter(slug=match.kwargs["slug"]).first())
    set_last_modified(request, story.updated_at)
    return story_full(story, request)


@api.get(
    "/stories/{int:story_id}/",
    url_name="story",
    response={200: schemas.Story, **ERRORS},
    summary="One published story",
)
def story_detail(request, story_id: int):
    params.reject_unknown(request, ())
    story = found(sources.published_stories().filter(pk=story_id).first())
    set_last_modified(request, story.updated_at)
    return story_full(story, request)


@api.get(
    "/stories/{int:story_id}/replies/",
    url_name="story_replies",
    response={200: schemas.page_of(schemas.Reply), **ERRORS},
    summary="A story's approved replies, threaded, oldest conversation first",
)
def story_replies(request, story_id: int, limit: int = Limit, cursor: str | None = Cursor):
    """Return a page of conversations: top-level replies, each with its approved answers."""
    params.reject_unknown(request, params.PAGING)
    story = found(sources.published_story(story_id))
    approved = sources.approved_replies(story)
    # A reply whose parent is not shown starts a conversation of its own, as on the page.
    starters = approved.exclude(parent__in=approved.values("pk"))
    rows, next_cursor = cursors.page(starters, *REPLY_ORDER, cursor, limit)
    everyone, level = list(rows), [comment.pk for comment in rows]
    while level:
        answers = list(approved.filter(parent_id__in=level))
        everyone += answers
        level = [comment.pk for comment in answers]
    everyone.sort(key=lambda comment: (comment.created_at, comment.pk))
    story_url = absolute_url(story.get_absolute_url(), request)
    results = [reply(comment, request, story_url) for comment in sources.thread(everyone)]
    return paged(request, results, next_cursor)


def named_list(request, queryset, order, limit, cursor, shape):
    params.reject_unknown(request, params.PAGING)
    rows, next_cursor = cursors.page(queryset, *order, cursor, limit)
    return paged(request, [shape(item, request) for item in rows], next_cursor)


def section_out(section, request):
    stories = api_url(request, "stories", query={"section": section.slug})
    return {**ref(section, request), "description": section.description, "stories_url": stories}


def tag_out(tag, request):
    stories = api_url(request, "stories", query={"tag": tag.slug})
    return {**ref(tag, request), "stories_url": stories}


def author_out(author, request):
    return {
        **ref(author, request),
        "job_title": author.job_title,
        "bio": author.bio,
        "website": sources.reply_website(author.website),
        "social_handle": author.social_handle,
        "photo_url": absolute_url(author.photo.url, request) if author.photo else None,
        "stories_url": api_url(request, "stories", query={"author": author.slug}),
    }


@api.get(
    "/sections/",
    url_name="sections",
    response={200: schemas.page_of(schemas.Section), **ERRORS},
    summary="Sections, in navigation order",
)
def section_list(request, limit: int = Limit, cursor: str | None = Cursor):
    return named_list(request, sources.sections(), SECTION_ORDER, limit, cursor, section_out)


@api.get(
    "/tags/",
    url_name="tags",
    response={200: schemas.page_of(schemas.Tag), **ERRORS},
    summary="Tags of published stories, by name",
)
def tag_list(request, limit: int = Limit, cursor: str | None = Cursor):
    return named_list(request, sources.tags_in_use(), NAME_ORDER, limit, cursor, tag_out)


@api.get(
    "/authors/",
    url_name="authors",
    response={200: schemas.page_of(schemas.Author), **ERRORS},
    summary="Authors of published stories, by name",
)
def author_list(request, limit: int = Limit, cursor: str | None = Cursor):
    return named_list(request, sources.authors_in_print(), NAME_ORDER, limit, cursor, author_out)


def page_out(page, request):
    return {
        "id": page.pk,
        "slug": page.slug,
        "title": page.title,
        "url": absolute_url(page.get_absolute_url(), request),
        "body_html": body_html(page.body, request),
        "body_text": body_text(page.body),
        "modified_at": page.updated_at,
    }


# The simple pages exist only where the pages app is installed (see sources.published_pages).
if sources.published_pages() is not None:

    @api.get(
        "/pages/",
        url_name="pages",
        response={200: schemas.page_of(schemas.Page), **ERRORS},
        summary="Published simple pages, by title",
    )
    def page_list(request, limit: int = Limit, cursor: str | None = Cursor):
        order = (("title", "pk"), (str, int))
        return named_list(request, sources.published_pages(), order, limit, cursor, page_out)
