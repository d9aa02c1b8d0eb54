import xml.etree.ElementTree as ET
from datetime import datetime, timedelta

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone

from articles import sitemaps
from articles.models import Article, SiteIdentity
from tests.factories import make_article, make_author, make_section, make_tag

NS = {
    "sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}
BASE = "http://testserver"


def fetch_xml(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return ET.fromstring(response.content)


def locations(root):
    return [loc.text for loc in root.iterfind(".//sm:loc", NS)]


def section_url(name):
    return reverse("sitemap_section", kwargs={"section": name})


@pytest.fixture
def hidden_stories(db):
    """A draft, a story in review and a scheduled story, each with its own section, author, tag."""
    stories = []
    for status, publish_at in [
        (Article.Status.DRAFT, None),
        (Article.Status.REVIEW, None),
        (Article.Status.PUBLISHED, timezone.now() + timedelta(hours=2)),
    ]:
        stories.append(
            make_article(
                status=status,
                publish_at=publish_at,
                published=False,
                section=make_section(),
                authors=[make_author()],
                tags=[make_tag()],
            )
        )
    return stories


def test_sitemap_index_lists_every_sitemap_and_the_news_sitemap(client, db):
    make_article()

    root = fetch_xml(client, reverse("sitemap_index"))

    assert root.tag == f"{{{NS['sm']}}}sitemapindex"
    assert locations(root) == [
        f"{BASE}{section_url(name)}" for name in ("articles", "sections", "authors", "tags")
    ] + [f"{BASE}{reverse('sitemap_news')}"]
    assert all(loc.startswith(f"{BASE}/sitemap") for loc in locations(root))


def test_article_sitemap_lists_published_stories_with_lastmod(client, hidden_stories):
    story = make_article(publish_at=timezone.now() - timedelta(days=2))
    story.dek = "Corrected."
    story.save()

    root = fetch_xml(client, section_url("articles"))

    (url,) = root.findall("sm:url", NS)
    assert url.find("sm:loc", NS).text == f"{BASE}{story.get_absolute_url()}"
    lastmod = datetime.fromisoformat(url.find("sm:lastmod", NS).text)
    assert lastmod == story.updated_at


@pytest.mark.parametrize("kind", ["sections", "authors", "tags"])
def test_listing_sitemaps_leave_out_pages_with_only_unpublished_stories(
    client, hidden_stories, kind
):
    story = make_article(tags=[make_tag()])
    expected = {
        "sections": story.section,
        "authors": story.byline_authors[0],
        "tags": story.tags.get(),
    }[kind]

    root = fetch_xml(client, section_url(kind))

    assert locations(root) == [f"{BASE}{expected.get_absolute_url()}"]
    lastmod = datetime.fromisoformat(root.find(".//sm:lastmod", NS).text)
    assert lastmod == story.publish_at


def test_no_unpublished_story_is_in_any_sitemap(client, hidden_stories):
    make_article()
    hidden_urls = {f"{BASE}{story.get_absolute_url()}" for story in hidden_stories}
    for story in hidden_stories:
        hidden_urls |= {
            f"{BASE}{story.section.get_absolute_url()}",
            f"{BASE}{story.tags.get().get_absolute_url()}",
            f"{BASE}{story.byline_authors[0].get_absolute_url()}",
        }

    listed = set()
    for name in sitemaps.SITEMAPS:
        listed |= set(locations(fetch_xml(client, section_url(name))))
    listed |= set(locations(fetch_xml(client, reverse("sitemap_news"))))

    assert listed
    assert not listed & hidden_urls


def test_unknown_sitemap_is_not_found(client, db):
    assert client.get(section_url("nothing")).status_code == 404


def test_news_sitemap_lists_the_last_48_hours(client, hidden_stories):
    SiteIdentity.objects.create(name="The Harbour & Courier")
    fresh = make_article(
        headline="Ferry <strike> ends", publish_at=timezone.now() - timedelta(hours=5)
    )
    make_article(publish_at=timezone.now() - timedelta(hours=49))

    root = fetch_xml(client, reverse("sitemap_news"))

    (url,) = root.findall("sm:url", NS)
    assert url.find("sm:loc", NS).text == f"{BASE}{fresh.get_absolute_url()}"
    news = url.find("news:news", NS)
    assert news.find("news:publication/news:name", NS).text == "The Harbour & Courier"
    assert news.find("news:publication/news:language", NS).text == "en"
    assert news.find("news:title", NS).text == "Ferry <strike> ends"
    published = datetime.fromisoformat(news.find("news:publication_date", NS).text)
    assert published == fresh.publish_at


def test_news_sitemap_stops_at_its_limit_newest_first(client, db, monkeypatch):
    monkeypatch.setattr(sitemaps, "NEWS_SITEMAP_LIMIT", 2)
    stories = [make_article(publish_at=timezone.now() - timedelta(hours=h)) for h in (3, 1, 2)]

    root = fetch_xml(client, reverse("sitemap_news"))

    assert locations(root) == [
        f"{BASE}{stories[1].get_absolute_url()}",
        f"{BASE}{stories[2].get_absolute_url()}",
    ]


def test_control_characters_do_not_break_the_news_sitemap(client, db):
    make_article(headline="Bell\x07 rings")

    root = fetch_xml(client, reverse("sitemap_news"))

    assert root.find(".//news:title", NS).text == "Bell rings"


def test_robots_txt_points_at_the_sitemaps(client, db):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert f"Sitemap: {BASE}/sitemap.xml" in lines
    assert f"Sitemap: {BASE}/sitemap-news.xml" in lines
    assert "Disallow: /admin/" in lines


@pytest.mark.parametrize(
    ("url", "expected_queries"),
    [
        # Per sitemap: its count and its newest date (stories: newest change and newest story).
        (reverse("sitemap_index"), 9),
        (section_url("articles"), 2),
        # The listing's count, its page, and the page's newest story per listing.
        (section_url("sections"), 3),
        (section_url("authors"), 3),
        (section_url("tags"), 3),
        (reverse("sitemap_news"), 1),
    ],
)
def test_sitemap_query_count_does_not_grow_with_stories(
    client, db, django_assert_num_queries, url, expected_queries
):
    for count in (2, 8):
        while Article.objects.count() < count:
            make_article(tags=[make_tag()])
        cache.clear()  # sitemaps are cached; measure them cold
        client.get(reverse("articles:home"))  # refill the cached site chrome
        with django_assert_num_queries(expected_queries):
            response = client.get(url)
        assert response.status_code == 200


def test_sitemaps_are_cached_between_crawls(client, db, django_assert_num_queries):
    make_article(tags=[make_tag()])
    client.get(reverse("articles:home"))
    for url in (reverse("sitemap_index"), section_url("articles"), section_url("tags")):
        assert client.get(url).status_code == 200
        with django_assert_num_queries(0):
            assert client.get(url).status_code == 200


def test_story_sitemap_pages_are_small_and_dated(client, db, monkeypatch):
    monkeypatch.setattr(sitemaps.ArticleSitemap, "limit", 2)
    stories = [make_article(publish_at=timezone.now() - timedelta(hours=n + 1)) for n in range(5)]
    index = client.get(reverse("sitemap_index")).content.decode()
    assert f"{section_url('articles')}?p=3" in index
    assert f"{section_url('articles')}?p=4" not in index
    last = client.get(section_url("articles"), {"p": 3}).content.decode()
    assert stories[-1].get_absolute_url() in last
    assert stories[0].get_absolute_url() not in last
    assert client.get(section_url("articles"), {"p": 4}).status_code == 404


def test_listing_sitemap_dates_each_listing_by_its_newest_story(client, db):
    tag, other = make_tag(), make_tag()
    newest = timezone.now() - timedelta(hours=1)
    make_article(tags=[tag], publish_at=newest - timedelta(days=3))
    make_article(tags=[tag, other], publish_at=newest)
    make_article(tags=[other], publish_at=newest - timedelta(days=9))
    content = client.get(section_url("tags")).content.decode()
    assert content.count(f"<lastmod>{timezone.localtime(newest).isoformat()}<") == 2
