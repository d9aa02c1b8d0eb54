"""The Content API shows what readers see: published stories only, public fields only."""

from datetime import timedelta
from urllib.parse import urlencode

import pytest
from django.utils import timezone

from articles.models import Article
from comments.models import Comment

from .api_helpers import API, get_json, walk
from .factories import (
    make_article,
    make_author,
    make_comment,
    make_image_file,
    make_section,
    make_tag,
)

pytestmark = pytest.mark.django_db

NOW = timezone.now()


@pytest.fixture
def newsroom():
    """A live story, and the stories no reader may see: a draft, one in review, a scheduled one."""
    desk = make_section(slug="politics", name="Politics")
    writer = make_author(slug="ana", name="Ana", email="ana@example.org")
    hidden_writer = make_author(slug="ghost", name="Ghost")
    scoop = make_tag(slug="scoop", name="Scoop")
    live = make_article(section=desk, authors=[writer], tags=[make_tag(slug="council")])
    hidden = [
        make_article(section=desk, published=False, authors=[hidden_writer], tags=[scoop]),
        make_article(section=desk, published=False, status=Article.Status.REVIEW),
        make_article(section=desk, publish_at=NOW + timedelta(days=1), authors=[hidden_writer]),
    ]
    return {"live": live, "hidden": hidden}


def test_only_published_stories_are_listed(client, newsroom):
    ids = [story["id"] for story in walk(client, f"{API}/stories/")]
    assert ids == [newsroom["live"].pk]


@pytest.mark.parametrize("route", ["{id}/", "{id}/replies/"])
def test_unpublished_stories_are_not_found_by_id(client, newsroom, route):
    for story in newsroom["hidden"]:
        body = get_json(client, f"stories/{route.format(id=story.pk)}", status=404)
        assert body == {"detail": "Not found."}


def test_unpublished_stories_are_not_found_by_permalink(client, newsroom):
    for story in newsroom["hidden"]:
        get_json(client, f"stories/by-permalink/?url={story.get_absolute_url()}", status=404)


def test_staff_sign_in_does_not_reveal_drafts(admin_client, newsroom):
    draft = newsroom["hidden"][0]
    get_json(admin_client, f"stories/{draft.pk}/", status=404)
    assert len(walk(admin_client, f"{API}/stories/")) == 1


def test_tags_and_authors_of_unpublished_stories_stay_hidden(client, newsroom):
    assert [tag["slug"] for tag in walk(client, f"{API}/tags/")] == ["council"]
    assert [author["slug"] for author in walk(client, f"{API}/authors/")] == ["ana"]


def test_no_private_field_is_ever_sent(client, newsroom):
    story = newsroom["live"]
    make_comment(story, email="reader@example.org", ip_address="203.0.113.9", user_agent="UA-x")
    make_comment(story, status=Comment.Status.PENDING, body="Pending words")
    make_comment(story, status=Comment.Status.SPAM, body="Spam words")
    bodies = [
        client.get(f"{API}/{path}").content.decode()
        for path in [
            "stories/",
            f"stories/{story.pk}/",
            f"stories/{story.pk}/replies/",
            "authors/",
        ]
    ]
    for leak in ["@example.org", "203.0.113.9", "UA-x", "Pending words", "Spam words"]:
        assert not any(leak in body for body in bodies), leak
    for leak in ["review_note", "seo_title", "created_by", "email", "ip_address"]:
        assert not any(f'"{leak}"' in body for body in bodies), leak


def test_story_detail_has_html_text_and_absolute_addresses(client, settings):
    settings.NEWSROOM_SITE_URL = "https://news.example.org"
    body = (
        '<p>One &amp; <a href="/section/x/">two</a>.</p><h2>Head</h2>'
        '<figure class="image"><img src="/media/a.png" alt="A"></figure><p>Three<br>four</p>'
    )
    story = make_article(body=body, slug="the-story")
    data = get_json(client, f"stories/{story.pk}/")
    assert data["body_text"] == "One & two.\n\nHead\n\nThree\nfour"
    assert 'href="https://news.example.org/section/x/"' in data["body_html"]
    assert 'src="https://news.example.org/media/a.png"' in data["body_html"]
    assert data["url"] == "https://news.example.org" + story.get_absolute_url()
    assert data["api_url"] == f"https://news.example.org{API}/stories/{story.pk}/"
    assert data["section"]["url"].startswith("https://news.example.org/section/")
    assert data["authors"][0]["url"].startswith("https://news.example.org/author/")


def test_addresses_follow_the_request_without_a_configured_site_url(client, settings):
    settings.NEWSROOM_SITE_URL = ""
    story = make_article()
    data = get_json(client, f"stories/{story.pk}/", HTTP_HOST="localhost")
    assert data["url"] == "http://localhost" + story.get_absolute_url()


def test_body_html_is_sanitized_even_when_stored_raw(client):
    story = make_article()
    # An import may write rows without save(): the API still sends nothing executable.
    Article.objects.filter(pk=story.pk).update(
        body='<p onclick="x()">Hi</p><script>alert(1)</script><a href="javascript:x()">l</a>'
    )
    html = get_json(client, f"stories/{story.pk}/")["body_html"]
    assert "script" not in html and "onclick" not in html and "javascript" not in html


def test_lead_image_has_renditions_that_resolve(client, settings):
    settings.NEWSROOM_SITE_URL = ""
    story = make_article(
        featured_image=make_image_file(size=(800, 400)), featured_image_alt="The harbour wall"
    )
    image = get_json(client, f"stories/{story.pk}/")["lead_image"]
    assert (image["width"], image["height"], image["alt"]) == (800, 400, "The harbour wall")
    assert [(r["width"], r["height"]) for r in image["renditions"]] == [(320, 160), (640, 320)]
    rendition = client.get(image["renditions"][0]["url"].replace("http://testserver", ""))
    assert rendition.status_code == 302
    picture = client.get(rendition["Location"].replace("http://testserver", ""))
    from io import BytesIO

    from PIL import Image

    assert Image.open(BytesIO(b"".join(picture.streaming_content))).size == (320, 160)
    assert client.get(f"{API}/images/{story.pk}/1600/").status_code == 404


def test_story_without_image_has_no_lead_image(client):
    story = make_article()
    assert get_json(client, f"stories/{story.pk}/")["lead_image"] is None


def test_story_by_permalink_accepts_a_path_or_an_address(client):
    story = make_article()
    for url in [story.get_absolute_url(), "https://elsewhere.example" + story.get_absolute_url()]:
        assert get_json(client, f"stories/by-permalink/?url={url}")["id"] == story.pk
    get_json(client, "stories/by-permalink/?url=/section/x/", status=404)
    get_json(client, "stories/by-permalink/", status=400)


@pytest.fixture
def spread():
    """Stories across two sections, two tags and two authors, one per day."""
    desks = [make_section(slug="news"), make_section(slug="sport")]
    tags = [make_tag(slug="red"), make_tag(slug="blue")]
    writers = [make_author(slug="kim"), make_author(slug="lee")]
    stories = [
        make_article(
            section=desks[n % 2],
            tags=[tags[n % 2]],
            authors=[writers[n % 2]],
            publish_at=NOW - timedelta(days=n + 1),
        )
        for n in range(6)
    ]
    return stories


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("section=news", [0, 2, 4]),
        ("tag=blue", [1, 3, 5]),
        ("author=lee", [1, 3, 5]),
        ("section=news&tag=blue", []),
        ("section=nowhere", []),
    ],
)
def test_story_filters(client, spread, query, expected):
    ids = [story["id"] for story in walk(client, f"{API}/stories/?{query}")]
    assert ids == [spread[n].pk for n in expected]


def test_date_range_and_updated_since(client, spread):
    after = (NOW - timedelta(days=3, hours=12)).isoformat()
    before = (NOW - timedelta(days=1, hours=12)).isoformat()
    query = {"published_after": after, "published_before": before}
    ids = [s["id"] for s in walk(client, f"{API}/stories/?" + urlencode(query))]
    assert ids == [spread[1].pk, spread[2].pk]
    day = timezone.localdate(spread[0].publish_at).isoformat()
    ids = [s["id"] for s in walk(client, f"{API}/stories/?published_after={day}")]
    assert spread[0].pk in ids and spread[5].pk not in ids

    moment = timezone.now()
    Article.objects.filter(pk=spread[4].pk).update(updated_at=moment + timedelta(seconds=1))
    query = urlencode({"updated_since": moment.isoformat()})
    assert [s["id"] for s in walk(client, f"{API}/stories/?{query}")] == [spread[4].pk]


def test_cursor_pages_are_stable_while_stories_are_published(client, spread):
    first = get_json(client, "stories/?limit=2")
    assert [s["id"] for s in first["results"]] == [spread[0].pk, spread[1].pk]
    make_article(publish_at=NOW - timedelta(minutes=5))  # lands on top, shifts nothing
    second = get_json(client, f"stories/?limit=2&cursor={first['next_cursor']}")
    assert [s["id"] for s in second["results"]] == [spread[2].pk, spread[3].pk]
    assert "limit=2" in second["next"]


def test_stories_published_in_the_same_second_are_each_listed_once(client):
    moment = NOW - timedelta(hours=2)
    stories = [make_article(publish_at=moment) for _ in range(5)]
    ids = [s["id"] for s in walk(client, f"{API}/stories/?limit=2")]
    assert sorted(ids) == sorted(story.pk for story in stories) and len(ids) == 5


def test_sections_list_in_navigation_order(client):
    make_section(slug="b", name="B", position=2)
    make_section(slug="a", name="A", position=1)
    sections = walk(client, f"{API}/sections/?limit=1")
    assert [s["slug"] for s in sections] == ["a", "b"]
    assert sections[0]["stories_url"].endswith(f"{API}/stories/?section=a")


def test_replies_are_approved_threaded_and_paged(client):
    story = make_article()
    first = make_comment(story, body="First")
    answer = make_comment(story, parent=first, body="Answer")
    make_comment(story, parent=answer, body="Deeper")
    make_comment(story, parent=first, status=Comment.Status.PENDING, body="Held")
    held = make_comment(story, status=Comment.Status.PENDING, body="Held parent")
    orphan = make_comment(story, parent=held, body="Orphan")
    second = make_comment(story, body="Second")
    page = get_json(client, f"stories/{story.pk}/replies/?limit=1")
    [thread] = page["results"]
    assert thread["body_text"] == "First"
    assert [r["body_text"] for r in thread["replies"]] == ["Answer"]
    assert [r["body_text"] for r in thread["replies"][0]["replies"]] == ["Deeper"]
    rest = walk(client, page["next"])
    # A reply to a held comment starts a conversation of its own, as on the page.
    assert [r["id"] for r in rest] == [orphan.pk, second.pk]
    assert thread["url"].endswith(f"{story.get_absolute_url()}#comment-{first.pk}")


def test_reply_html_is_escaped(client):
    story = make_article()
    make_comment(
        story, body="<script>alert(1)</script> see https://example.org", website="javascript:x"
    )
    [reply] = get_json(client, f"stories/{story.pk}/replies/")["results"]
    assert "<script>" not in reply["body_html"] and "&lt;script&gt;" in reply["body_html"]
    assert 'href="https://example.org"' in reply["body_html"]
    assert reply["author_url"] is None


def test_reply_counts_in_lists(client):
    story = make_article()
    make_comment(story)
    make_comment(story, status=Comment.Status.PENDING)
    [listed] = get_json(client, "stories/")["results"]
    assert listed["reply_count"] == 1
