"""Hostile query strings and keys: the Content API answers JSON, 200 or a clear 4xx, never 500."""

import pytest

from .api_helpers import API
from .factories import make_article, make_comment

pytestmark = pytest.mark.django_db

# Our own list, always run; shared/data/blns.json adds hundreds more when present.
HOSTILE = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "%00",
    "'; DROP TABLE articles_article; --",
    "' OR 1=1 --",
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "9" * 400,
    "-1",
    "0",
    "1e309",
    "NaN",
    "null",
    "true",
    "[]",
    "{}",
    "WyJ4Il0",
    "W10",
    "WzEsMiwzXQ",
    "WyIyMDI1LTAxLTAxVDAwOjAwOjAwKzAwOjAwIiwtMV0",
    "0001-01-01T00:00:00+14:00",
    "9999-12-31T23:59:59-14:00",
    "2025-02-30",
    "2025-03-30T02:30:00",
    "\u202e\u0635\u0648\u0631\u0629",
    "\U0001f47e" * 10,
    "Ω≈ç√∫",
    "ﾟ･✿ヾ╲(｡◕‿◕｡)╱✿･ﾟ",
    "\r\n\r\nX-Injected: 1",
]
STORY_PARAMETERS = [
    "section",
    "tag",
    "author",
    "published_after",
    "published_before",
    "updated_since",
    "limit",
    "cursor",
    "unknown",
]


@pytest.fixture
def story(settings):
    settings.NEWSROOM_API_ANON_RATE = "1000000/min"
    story = make_article()
    make_comment(story, parent=make_comment(story))
    return story


def paths(story):
    return [
        ("stories/", STORY_PARAMETERS),
        (f"stories/{story.pk}/replies/", ["limit", "cursor"]),
        ("stories/by-permalink/", ["url"]),
        ("sections/", ["limit", "cursor"]),
        ("tags/", ["limit", "cursor"]),
        ("authors/", ["limit", "cursor"]),
    ]


def assert_answered(response, label):
    assert response.status_code in {200, 400, 401, 404}, (label, response.status_code)
    assert response["Content-Type"].startswith("application/json"), label
    if response.status_code != 200:
        assert response.json()["detail"], label


def test_hostile_query_values_get_json_answers(client, story):
    for path, parameters in paths(story):
        for name in parameters:
            for value in HOSTILE:
                response = client.get(f"{API}/{path}", {name: value})
                assert_answered(response, (path, name, value))


def test_hostile_parameter_names_and_keys(client, story):
    for value in HOSTILE:
        assert_answered(client.get(f"{API}/stories/", {value: "x"}), ("name", value))
        if "\r" not in value and "\n" not in value:
            response = client.get(f"{API}/stories/", HTTP_X_API_KEY=value)
            assert_answered(response, ("key", value))


def test_naughty_strings_never_break_the_filters(client, story, blns):
    for value in blns:
        for name in ["section", "published_after", "cursor"]:
            response = client.get(f"{API}/stories/", {name: value})
            assert_answered(response, (name, value))
        response = client.get(f"{API}/stories/by-permalink/", {"url": value})
        assert_answered(response, ("url", value))
