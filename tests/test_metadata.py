import io
import json
import re
from datetime import datetime, timedelta
from html.parser import HTMLParser

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article, SiteIdentity
from tests.factories import make_article, make_author, make_tag, make_user

BASE = "http://testserver"


class HeadReader(HTMLParser):
    """Collect the <meta>, <link> and JSON-LD scripts of a page's <head>."""

    def __init__(self):
        super().__init__()
        self.meta = []
        self.links = []
        self.json_ld = []
        self.scripts = 0
        self._in_json_ld = False
        self._in_head = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "head":
            self._in_head = True
        elif tag == "meta" and self._in_head:
            self.meta.append((attrs.get("property") or attrs.get("name"), attrs.get("content")))
        elif tag == "link" and self._in_head:
            self.links.append(attrs)
        elif tag == "script":
            # Only inline scripts count: the page's own files come with a src.
            self.scripts += "src" not in attrs
            self._in_json_ld = attrs.get("type") == "application/ld+json"

    def handle_endtag(self, tag):
        if tag == "head":
            self._in_head = False
        elif tag == "script":
            self._in_json_ld = False

    def handle_data(self, data):
        if self._in_json_ld:
            self.json_ld.append(json.loads(data))

    def values(self, key):
        return [content for name, content in self.meta if name == key]

    def value(self, key):
        (content,) = self.values(key)
        return content

    def link(self, rel, type_=None):
        return [
            link["href"]
            for link in self.links
            if link.get("rel") == rel and (type_ is None or link.get("type") == type_)
        ]


def read_head(client, url):
    response = client.get(url)
    assert response.status_code == 200
    reader = HeadReader()
    reader.feed(response.content.decode())
    return reader


def jpeg_file(name="photo.jpg"):
    buffer = io.BytesIO()
    Image.new("RGB", (120, 80), "#336699").save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.fixture
def story(db):
    return make_article(
        headline="Harbour wall to be rebuilt",
        dek="Work starts in spring.",
        authors=[
            make_author(name="Maren Holloway", slug="maren", website="https://example.org/m"),
            make_author(name="Tomasz Wierzbicki", slug="tomasz"),
        ],
        tags=[make_tag(name="Harbour", slug="harbour")],
        featured_image=jpeg_file(),
        featured_image_alt="The north wall at low tide",
    )


def test_article_page_carries_canonical_opengraph_and_twitter_tags(client, story):
    head = read_head(client, story.get_absolute_url())
    page_url = f"{BASE}{story.get_absolute_url()}"
    image_url = f"{BASE}{story.featured_image.url}"

    assert head.link("canonical") == [page_url]
    assert head.value("description") == "Work starts in spring."
    assert head.value("og:type") == "article"
    assert head.value("og:url") == page_url
    assert head.value("og:title") == "Harbour wall to be rebuilt"
    assert head.value("og:image") == image_url
    assert head.value("og:image:alt") == "The north wall at low tide"
    assert datetime.fromisoformat(head.value("article:published_time")) == story.publish_at
    assert datetime.fromisoformat(head.value("article:modified_time")) == story.updated_at
    assert head.values("article:author") == [f"{BASE}/author/maren/", f"{BASE}/author/tomasz/"]
    assert head.value("article:section") == story.section.name
    assert head.values("article:tag") == ["Harbour"]
    assert head.value("twitter:card") == "summary_large_image"
    assert head.value("twitter:image") == image_url


def test_article_json_ld_is_a_news_article(client, story):
    head = read_head(client, story.get_absolute_url())
    page_url = f"{BASE}{story.get_absolute_url()}"

    (data,) = head.json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Harbour wall to be rebuilt"
    assert data["description"] == "Work starts in spring."
    assert data["image"][0]["url"] == f"{BASE}{story.featured_image.url}"
    assert datetime.fromisoformat(data["datePublished"]) == story.publish_at
    assert datetime.fromisoformat(data["dateModified"]) == story.updated_at
    assert data["author"] == [
        {
            "@type": "Person",
            "name": "Maren Holloway",
            "url": f"{BASE}/author/maren/",
            "sameAs": ["https://example.org/m"],
        },
        {"@type": "Person", "name": "Tomasz Wierzbicki", "url": f"{BASE}/author/tomasz/"},
    ]
    assert data["publisher"]["@type"] == "Organization"
    assert data["publisher"]["name"] == "Newsroom"
    assert data["publisher"]["logo"]["url"] == f"{BASE}/static/images/logo.png"
    assert data["mainEntityOfPage"] == {"@type": "WebPage", "@id": page_url}


def test_publisher_logo_is_the_site_logo_when_one_is_set(client, story):
    SiteIdentity.objects.create(name="The Courier", logo=jpeg_file("logo.jpg"))
    logo_url = SiteIdentity.load().logo.url

    (data,) = read_head(client, story.get_absolute_url()).json_ld

    assert data["publisher"]["name"] == "The Courier"
    assert data["publisher"]["logo"]["url"] == f"{BASE}{logo_url}"


def test_seo_overrides_from_the_admin_win(client, story):
    story.seo_title = "Wall rebuild: what it means for you"
    story.seo_description = "Everything about the rebuild."
    story.save()

    response = client.get(story.get_absolute_url())
    head = read_head(client, story.get_absolute_url())

    assert "<title>Wall rebuild: what it means for you – " in response.content.decode()
    assert head.value("description") == "Everything about the rebuild."
    assert head.value("og:title") == "Wall rebuild: what it means for you"
    assert head.value("og:description") == "Everything about the rebuild."
    assert head.value("twitter:title") == "Wall rebuild: what it means for you"
    assert head.json_ld[0]["headline"] == "Wall rebuild: what it means for you"
    assert head.json_ld[0]["description"] == "Everything about the rebuild."


def test_story_without_image_shares_the_site_logo_and_a_small_card(client, db):
    plain = make_article()

    head = read_head(client, plain.get_absolute_url())

    assert head.value("og:image") == f"{BASE}/static/images/logo.png"
    assert head.value("twitter:card") == "summary"
    assert "image" not in head.json_ld[0]


@pytest.mark.parametrize(
    "headline",
    [
        "</script><script>alert(1)</script>",
        "<!-- <script> -->",
        '"}]}</script><img src=x onerror=alert(1)>',
        "Ampersand & <b>bold</b> \u2028 line",
    ],
)
def test_hostile_headline_cannot_break_out_of_the_json_ld(client, db, headline):
    article = make_article(headline=headline, dek=headline)

    response = client.get(article.get_absolute_url())
    head = read_head(client, article.get_absolute_url())

    assert head.json_ld[0]["headline"] == headline
    assert head.json_ld[0]["description"] == headline
    assert head.scripts == 1
    assert "alert(1)</script>" not in response.content.decode()
    assert not re.search(r"<img src=x", response.content.decode())


def test_preview_of_an_unpublished_story_is_not_indexed(client, db):
    draft = make_article(status=Article.Status.DRAFT, published=False)
    editor = make_user(is_superuser=True)
    client.force_login(editor)

    head = read_head(client, draft.get_absolute_url())

    assert head.value("robots") == "noindex, nofollow"


def test_published_story_may_be_indexed(client, story):
    assert read_head(client, story.get_absolute_url()).values("robots") == []


@pytest.mark.parametrize(
    ("page", "rss_name", "atom_name"),
    [
        ("home", "articles:feed", "articles:feed_atom"),
        ("section", "articles:section_feed", "articles:section_feed_atom"),
        ("author", "articles:author_feed", "articles:author_feed_atom"),
        ("tag", "articles:tag_feed", "articles:tag_feed_atom"),
    ],
)
def test_list_pages_link_their_feeds_and_canonical_address(
    client, story, page, rss_name, atom_name
):
    owner = {
        "home": None,
        "section": story.section,
        "author": story.byline_authors[0],
        "tag": story.tags.get(),
    }[page]
    url = owner.get_absolute_url() if owner else reverse("articles:home")
    args = [owner.slug] if owner else []

    head = read_head(client, url)

    assert f"{BASE}{reverse(rss_name, args=args)}" in head.link("alternate", "application/rss+xml")
    assert head.link("alternate", "application/atom+xml") == [
        f"{BASE}{reverse(atom_name, args=args)}"
    ]
    assert head.link("canonical") == [f"{BASE}{url}"]
    assert head.value("og:url") == f"{BASE}{url}"
    assert head.value("og:type") == "website"
    assert head.value("og:title")


def test_canonical_address_of_a_later_page_keeps_only_the_page_number(client, db, settings):
    story = make_article()
    for _n in range(settings.NEWSROOM_PAGINATE_BY):
        make_article(section=story.section)
    url = story.section.get_absolute_url()

    head = read_head(client, f"{url}?page=2&utm_source=mail")

    assert head.link("canonical") == [f"{BASE}{url}?page=2"]


def test_home_page_describes_the_site_and_its_search(client, db):
    head = read_head(client, reverse("articles:home"))

    (data,) = head.json_ld
    assert data["@type"] == "WebSite"
    target = data["potentialAction"]["target"]
    assert target == f"{BASE}{reverse('articles:search')}?q={{search_term_string}}"


def test_every_page_has_a_labelled_search_form_and_feed_link(client, db):
    content = client.get(reverse("articles:home")).content.decode()

    form = re.search(r'<form [^>]*role="search"[^>]*>.*?</form>', content, re.DOTALL).group(0)
    assert f'action="{reverse("articles:search")}"' in form
    assert '<label class="visually-hidden" for="masthead-search">' in form
    assert 'id="masthead-search"' in form
    assert f'<a href="{reverse("articles:feed")}"' in content


def test_article_page_query_count_includes_no_metadata_queries(
    client, story, django_assert_num_queries
):
    url = story.get_absolute_url()
    client.get(url)  # fill the cached site chrome
    with django_assert_num_queries(5):
        # The story, its bylines, its tags, the related stories and the reply thread.
        client.get(url)


def test_json_ld_dates_follow_the_story(client, db):
    later = make_article(publish_at=timezone.now() - timedelta(days=1))
    Article.objects.filter(pk=later.pk).update(updated_at=timezone.now())

    (data,) = read_head(client, later.get_absolute_url()).json_ld

    assert datetime.fromisoformat(data["datePublished"]) == later.publish_at
    assert datetime.fromisoformat(data["dateModified"]) > later.publish_at
