"""The Content API over HTTP: 304s, caching headers, CORS, errors, keys and rate limits."""

from urllib.parse import quote

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings

from api.models import PartnerKey

from .api_helpers import API, get_json
from .factories import make_article, make_author, make_comment, make_section, make_tag

pytestmark = pytest.mark.django_db

LISTS = ["", "stories/", "sections/", "tags/", "authors/"]


@pytest.fixture
def story():
    return make_article()


@pytest.mark.parametrize("path", [*LISTS, "story", "replies"])
def test_etag_gives_a_304_and_caching_headers(client, story, path):
    path = {"story": f"stories/{story.pk}/", "replies": f"stories/{story.pk}/replies/"}.get(
        path, path
    )
    first = client.get(f"{API}/{path}")
    assert first.status_code == 200
    cache_control = first["Cache-Control"]
    for directive in ["public", "max-age=", "s-maxage=", "stale-while-revalidate="]:
        assert directive in cache_control
    assert "stale-if-error=" in cache_control
    again = client.get(f"{API}/{path}", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == first["ETag"] and "public" in again["Cache-Control"]


def test_last_modified_and_if_modified_since(client, story):
    first = client.get(f"{API}/stories/{story.pk}/")
    assert first["Last-Modified"]
    again = client.get(f"{API}/stories/{story.pk}/", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    assert again.status_code == 304


def test_a_withdrawn_story_changes_the_list_etag(client, story):
    other = make_article()
    first = client.get(f"{API}/stories/")
    assert "Last-Modified" not in first
    other.status = other.Status.DRAFT
    other.save()
    again = client.get(f"{API}/stories/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and len(again.json()["results"]) == 1


def test_a_change_gives_a_new_etag(client, story):
    first = client.get(f"{API}/stories/{story.pk}/")
    story.headline = "A corrected headline"
    story.save()
    again = client.get(f"{API}/stories/{story.pk}/", HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 200 and again["ETag"] != first["ETag"]


def test_cors_is_open_for_reads_without_credentials(client, story):
    response = client.get(f"{API}/stories/", HTTP_ORIGIN="https://partner.example")
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "Access-Control-Allow-Credentials" not in response
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options(
        f"{API}/stories/",
        HTTP_ORIGIN="https://partner.example",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="x-api-key",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "X-API-Key" in preflight["Access-Control-Allow-Headers"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    assert client.get(f"{API}/nope/")["Access-Control-Allow-Origin"] == "*"


def test_head_answers_headers_only(client, story):
    response = client.head(f"{API}/stories/")
    assert response.status_code == 200 and response.content == b"" and response["ETag"]


def test_writes_are_refused(client, story):
    for method in (client.post, client.put, client.delete):
        assert method(f"{API}/stories/{story.pk}/").status_code == 405


@pytest.mark.parametrize(
    ("query", "words"),
    [
        ("stories/?colour=red", "Unknown parameter “colour”"),
        ("stories/?cursor=not-a-cursor", "cursor"),
        ("stories/?cursor=WyJ4Il0", "cursor"),
        ("stories/?cursor=WyJub3QgYSBkYXRlIiwxXQ", "cursor"),
        ("stories/?published_after=yesterday", "ISO 8601"),
        ("stories/?updated_since=2025-13-40", "ISO 8601"),
        ("stories/?limit=0", "limit"),
        ("stories/?limit=1000", "limit"),
        ("stories/?limit=many", "limit"),
        ("stories/?section=%00", "slug"),
        ("stories/?section=a&section=b", "only once"),
        ("sections/?tag=x", "Unknown parameter"),
        ("stories/1/?x=1", "Unknown parameter"),
    ],
)
def test_bad_input_is_a_clear_json_400(client, story, query, words):
    body = get_json(client, query, status=400)
    assert words in body["detail"]


@pytest.mark.parametrize(
    "moment", ["0001-01-01", "0001-01-01T00:00:00+14:00", "9999-12-31T23:59-14:00"]
)
def test_moments_at_the_ends_of_the_calendar_are_accepted(client, story, moment):
    get_json(client, f"stories/?published_after={quote(moment)}")
    get_json(client, f"stories/?published_before={quote(moment)}")


def test_unknown_addresses_are_json_404(client):
    assert get_json(client, "stories/999999/", status=404)["detail"]
    assert get_json(client, "nothing-here/", status=404)["detail"]
    assert get_json(client, "stories/%0A1/replies/", status=404)["detail"]


def test_schema_and_documentation_page(client):
    schema = get_json(client, "schema/")
    assert schema["openapi"].startswith("3.")
    assert f"{API}/stories/" in schema["paths"]
    assert "/api/v1/pages/" not in schema["paths"]  # the pages app is not installed here
    docs = client.get(f"{API}/docs/")
    assert docs.status_code == 200 and b"swagger" in docs.content.lower()


# --- Keys and rate limits --------------------------------------------------------------------
@override_settings(NEWSROOM_API_ANON_RATE="3/min")
def test_anonymous_reads_are_limited_per_client_address(client, story):
    for _ in range(3):
        assert client.get(f"{API}/stories/").status_code == 200
    refused = client.get(f"{API}/stories/")
    assert refused.status_code == 429 and refused["Retry-After"]
    assert refused.json()["detail"] and "no-store" in refused["Cache-Control"]
    other = client.get(f"{API}/stories/", REMOTE_ADDR="198.51.100.7")
    assert other.status_code == 200
    # A forged forwarding header does not make a new client.
    forged = client.get(f"{API}/stories/", HTTP_X_FORWARDED_FOR="192.0.2.1")
    assert forged.status_code == 429


@override_settings(NEWSROOM_API_ANON_RATE="1/min")
def test_partner_keys_have_their_own_rate(client, story):
    _, key = PartnerKey.objects.create_key(name="Partner", requests_per_minute=2)
    _, other_key = PartnerKey.objects.create_key(name="Other", requests_per_minute=5)
    assert client.get(f"{API}/stories/").status_code == 200
    assert client.get(f"{API}/stories/").status_code == 429
    for _ in range(2):
        assert client.get(f"{API}/stories/", HTTP_X_API_KEY=key).status_code == 200
    assert client.get(f"{API}/stories/", HTTP_X_API_KEY=key).status_code == 429
    assert client.get(f"{API}/stories/", HTTP_X_API_KEY=other_key).status_code == 200


@pytest.mark.parametrize("key", ["wrong", "abcdefgh.nope", "\x00\x00\x00\x00\x00\x00\x00\x00.x"])
def test_a_wrong_key_is_refused_clearly(client, story, key):
    body = get_json(client, "stories/", status=401, HTTP_X_API_KEY=key)
    assert "key" in body["detail"]


def test_a_revoked_key_is_refused(client, story):
    partner, key = PartnerKey.objects.create_key(name="Gone")
    partner.revoked = True
    partner.save()
    get_json(client, "stories/", status=401, HTTP_X_API_KEY=key)


@override_settings(
    CACHES={
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            # Nothing listens here: the cache is down.
            "LOCATION": "redis://127.0.0.1:1/0",
            "OPTIONS": {"socket_connect_timeout": 0.2},
        }
    }
)
def test_rate_limit_lets_reads_through_when_the_cache_is_down(client, story):
    from django.core.cache import caches
    from ninja.throttling import SimpleRateThrottle

    original = SimpleRateThrottle.cache
    SimpleRateThrottle.cache = caches["default"]
    try:
        assert client.get(f"{API}/stories/{story.pk}/").status_code == 200
    finally:
        SimpleRateThrottle.cache = original


# --- Queries ---------------------------------------------------------------------------------
def build(stories):
    desk, writers, tags = make_section(), [make_author(), make_author()], [make_tag(), make_tag()]
    for _ in range(stories):
        article = make_article(section=desk, authors=writers, tags=tags)
        make_comment(article)
        make_comment(article, parent=make_comment(article))
    return article


# Stories, bylines, tags and reply counts; replies: the story, then one query per thread level
# (the thread built here is two deep, and the empty third level ends the walk).
EXPECTED = {
    "stories/?limit={n}": 4,
    "stories/{id}/": 4,
    "stories/by-permalink/?url={url}": 4,
    "stories/{id}/replies/?limit={n}": 4,
    "sections/?limit={n}": 1,
    "tags/?limit={n}": 1,
    "authors/?limit={n}": 1,
}


@pytest.mark.parametrize("template", EXPECTED)
def test_queries_are_pinned_and_constant_in_page_size(client, template):
    counts = []
    for size in (2, 8):
        story = build(size)
        path = template.format(n=size, id=story.pk, url=story.get_absolute_url())
        with CaptureQueriesContext(connection) as queries:
            response = client.get(f"{API}/{path}")
        assert response.status_code == 200
        counts.append(len(queries))
    assert counts == [EXPECTED[template]] * 2, counts


def test_a_key_costs_one_query(client):
    story = build(2)
    _, key = PartnerKey.objects.create_key(name="Partner")
    with CaptureQueriesContext(connection) as queries:
        client.get(f"{API}/stories/{story.pk}/", HTTP_X_API_KEY=key)
    assert len(queries) == EXPECTED["stories/{id}/"] + 1


def test_staff_create_a_partner_key_in_the_admin(admin_client):
    response = admin_client.post(
        "/admin/api/partnerkey/add/",
        {"name": "Harbour Radio", "requests_per_minute": 300, "contact": "desk@radio.example"},
        follow=True,
    )
    assert response.status_code == 200
    partner = PartnerKey.objects.get()
    assert (partner.name, partner.requests_per_minute) == ("Harbour Radio", 300)
    shown = [str(message) for message in response.context["messages"]]
    key = shown[0].split(": ", 1)[1].split(". ", 1)[0]
    assert PartnerKey.objects.get_from_key(key) == partner
    assert key not in partner.hashed_key
    listing = admin_client.get("/admin/api/partnerkey/")
    assert b"Harbour Radio" in listing.content
