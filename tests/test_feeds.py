import io
from datetime import UTC, datetime, timedelta

import feedparser
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article
from tests.factories import make_article, make_author, make_section, make_tag

FEEDS = [
    ("articles:feed", None),
    ("articles:feed_atom", None),
    ("articles:section_feed", "section"),
    ("articles:section_feed_atom", "section"),
    ("articles:author_feed", "author"),
    ("articles:author_feed_atom", "author"),
    ("articles:tag_feed", "tag"),
    ("articles:tag_feed_atom", "tag"),
]


def jpeg_file(name="photo.jpg", size=(120, 80)):
    buffer = io.BytesIO()
    Image.new("RGB", size, "#336699").save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def newsroom(db):
    """One section, author and tag, shared by a published story and three hidden ones."""
    section = make_section(name="Harbour", slug="harbour")
    author = make_author(name="Maren Holloway", slug="maren-holloway")
    tag = make_tag(name="Ferries", slug="ferries")
    shared = {"section": section, "authors": [author], "tags": [tag]}
    published = make_article(headline="Ferry timetable published", **shared)
    make_article(headline="Ferry draft", status=Article.Status.DRAFT, published=False, **shared)
    make_article(
        headline="Ferry in review", status=Article.Status.REVIEW, published=False, **shared
    )
    make_article(
        headline="Ferry scheduled",
        status=Article.Status.PUBLISHED,
        publish_at=timezone.now() + timedelta(hours=3),
        **shared,
    )
    return {"section": section, "author": author, "tag": tag, "published": published}


def feed_url(name, kind, newsroom):
    if kind is None:
        return reverse(name)
    return reverse(name, kwargs={"slug": newsroom[kind].slug})


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200
    feed = feedparser.parse(response.content)
    assert not feed.bozo, feed.get("bozo_exception")
    return response, feed


@pytest.mark.parametrize(("name", "kind"), FEEDS)
def test_feed_parses_and_lists_only_published_stories(client, newsroom, name, kind):
    response, feed = parse(client, feed_url(name, kind, newsroom))

    assert [entry.title for entry in feed.entries] == ["Ferry timetable published"]
    expected_type = "atom" if name.endswith("_atom") else "rss"
    assert feed.version.startswith(expected_type)
    assert response["Content-Type"].startswith(
        "application/atom+xml" if expected_type == "atom" else "application/rss+xml"
    )


@pytest.mark.parametrize(("name", "kind"), FEEDS)
def test_feed_item_carries_link_byline_categories_and_date(client, newsroom, name, kind):
    story = newsroom["published"]

    _response, feed = parse(client, feed_url(name, kind, newsroom))

    (entry,) = feed.entries
    assert entry.link == f"http://testserver{story.get_absolute_url()}"
    assert entry.author == "Maren Holloway"
    assert {tag.term for tag in entry.tags} == {"Harbour", "Ferries"}
    assert entry.summary == story.dek
    published = datetime(*entry.published_parsed[:6], tzinfo=UTC)
    assert published == story.publish_at.replace(microsecond=0)


def test_feed_titles_name_what_they_follow(client, newsroom):
    _r, section_feed = parse(client, reverse("articles:section_feed", args=["harbour"]))
    _r, author_feed = parse(client, reverse("articles:author_feed", args=["maren-holloway"]))
    _r, tag_feed = parse(client, reverse("articles:tag_feed_atom", args=["ferries"]))

    assert section_feed.feed.title.startswith("Harbour")
    assert section_feed.feed.link == "http://testserver/section/harbour/"
    assert "Maren Holloway" in author_feed.feed.title
    assert "Ferries" in tag_feed.feed.title


def test_feed_of_unknown_section_is_not_found(client, db):
    assert client.get(reverse("articles:section_feed", args=["nowhere"])).status_code == 404
    assert client.get(reverse("articles:tag_feed_atom", args=["nowhere"])).status_code == 404


def test_feeds_carry_the_summary_unless_full_text_is_enabled(client, db, settings):
    make_article(
        headline="Tide tables",
        dek="The short version.",
        body='<p>The <a href="/archive/">long</a> version.</p>',
    )

    settings.NEWSROOM_FEED_FULL_TEXT = False
    _r, summary_feed = parse(client, reverse("articles:feed"))
    settings.NEWSROOM_FEED_FULL_TEXT = True
    _r, full_feed = parse(client, reverse("articles:feed_atom"))

    assert summary_feed.entries[0].summary == "The short version."
    full_text = full_feed.entries[0].summary
    assert "version." in full_text
    assert 'href="http://testserver/archive/"' in full_text


def test_full_text_feeds_never_carry_unsanitized_markup(client, db, settings):
    settings.NEWSROOM_FEED_FULL_TEXT = True
    make_article(body='<p onclick="steal()">Hi<script>alert(1)</script></p>')

    response, _feed = parse(client, reverse("articles:feed"))

    assert b"&lt;p&gt;Hi&lt;/p&gt;" in response.content
    assert b"alert" not in response.content
    assert b"onclick" not in response.content


@pytest.mark.parametrize("name", ["articles:feed", "articles:feed_atom"])
def test_headlines_with_markup_characters_reach_readers_as_written(client, db, name):
    make_article(headline="Fish & chips <now> cheaper")

    _response, feed = parse(client, reverse(name))

    assert feed.entries[0].title == "Fish & chips <now> cheaper"


def test_control_characters_in_a_headline_do_not_break_the_feed(client, db):
    make_article(headline="Bell\x07 rings\x0b twice")

    _response, feed = parse(client, reverse("articles:feed"))

    assert feed.entries[0].title == "Bell rings twice"


@pytest.mark.parametrize("name", ["articles:feed", "articles:feed_atom"])
def test_featured_image_is_an_enclosure(client, db, name):
    story = make_article(featured_image=jpeg_file(), featured_image_alt="Boats moored at the quay")

    response, feed = parse(client, reverse(name))

    (enclosure,) = feed.entries[0].enclosures
    assert enclosure.href == f"http://testserver{story.featured_image.url}"
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) == story.featured_image.size
    if name == "articles:feed":
        assert feed.entries[0].media_content[0]["url"] == enclosure.href
        assert b"Boats moored at the quay" in response.content


@pytest.mark.parametrize(("name", "kind"), FEEDS)
def test_feed_query_count_does_not_grow_with_items(
    client, newsroom, django_assert_num_queries, name, kind
):
    url = feed_url(name, kind, newsroom)
    counts = []
    for extra in (0, 6):
        for _n in range(extra):
            make_article(
                section=newsroom["section"],
                authors=[newsroom["author"], make_author()],
                tags=[newsroom["tag"], make_tag()],
            )
        client.get(reverse("articles:home"))  # refill the cached site chrome
        # Stories, their bylines and their tags; plus the section, author or tag itself.
        expected = 3 if kind is None else 4
        with django_assert_num_queries(expected):
            response = client.get(url)
        counts.append(len(feedparser.parse(response.content).entries))
    assert counts == [1, 7]
