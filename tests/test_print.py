from datetime import timedelta
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pytest
from django.contrib.staticfiles import finders
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.roles import EDITORS
from articles.templatetags.article_actions import email_link
from tests.factories import make_article, make_user

pytestmark = pytest.mark.django_db


def print_url(article):
    return article.url_for("articles:print")


# --- The actions on the article page -------------------------------------------------------


def test_the_article_page_offers_print_pdf_and_email(client):
    article = make_article(headline="Tom & Jerry? Yes: 100% “true”")

    response = client.get(article.get_absolute_url())

    assert response.status_code == 200
    html = response.content.decode()
    assert f'href="{print_url(article)}"' in html
    assert f'href="{article.url_for("articles:pdf")}"' in html
    assert "data-print-action" in html
    assert "js/article-actions.js" in html
    expected_mailto = (
        "mailto:?subject=Tom%20%26%20Jerry%3F%20Yes%3A%20100%25%20%E2%80%9Ctrue%E2%80%9D"
        "&amp;body=http%3A%2F%2Ftestserver" + article.get_absolute_url().replace("/", "%2F")
    )
    assert f'href="{expected_mailto}"' in html
    assert 'class="story__print-url" hidden' in html


def test_the_email_link_survives_every_headline(blns):
    request = RequestFactory().get("/")
    article = Article(slug="a-story", publish_at=timezone.now())
    for headline in blns:
        article.headline = headline
        link = email_link({"request": request}, article)
        fields = parse_qs(urlsplit(link).query, keep_blank_values=True, strict_parsing=False)

        assert link.startswith("mailto:?subject=")
        assert not set(link) & set(" <>\"'\n\r\t"), headline
        assert link.count("&") == 1, headline
        assert unquote(link.split("subject=", 1)[1].split("&body=", 1)[0]) == headline
        assert fields["body"] == ["http://testserver" + article.get_absolute_url()]


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, sorted(name for name, _value in attrs)))


def tags_of(html):
    collector = TagCollector()
    collector.feed(html)
    return collector.tags


def test_no_headline_changes_the_markup_of_the_actions(blns):
    request = RequestFactory().get("/")

    def actions(headline):
        article = Article(slug="a-story", headline=headline, publish_at=timezone.now())
        return render_to_string(
            "articles/_article_actions.html", {"article": article, "request": request}
        )

    expected = tags_of(actions("A plain headline"))
    for headline in blns:
        assert tags_of(actions(headline)) == expected, headline


# --- The print view ------------------------------------------------------------------------


def test_the_print_view_shows_the_story_without_navigation(client, django_assert_num_queries):
    article = make_article(
        headline="Storm Corran floods the fish market",
        dek="Gusts reached 84mph.",
        dateline="PORT ALDER",
        body='<p>Waves crashed over the wall.</p><p><a href="https://example.org/tides">Tides</a></p>',
    )
    client.get(reverse("articles:home"))  # fills the cached masthead

    # The article, its bylines and its tags.
    with django_assert_num_queries(3):
        response = client.get(print_url(article))

    assert response.status_code == 200
    html = response.content.decode()
    for expected in (
        "Storm Corran floods the fish market",
        "Gusts reached 84mph.",
        "PORT ALDER",
        "Waves crashed over the wall.",
        f'<link rel="canonical" href="http://testserver{article.get_absolute_url()}">',
        f">http://testserver{article.get_absolute_url()}</a>",
        "css/print.css",
        "js/article-actions.js",
        'name="robots" content="noindex"',
    ):
        assert expected in html, expected
    assert "site-nav" not in html
    assert "<form" not in html
    assert "related" not in html


def test_the_print_view_works_without_javascript(client):
    article = make_article()

    html = client.get(print_url(article)).content.decode()

    # The JavaScript-only button starts hidden; the instructions need no script.
    assert "data-print-button hidden" in html
    assert "Use your browser’s Print command" in html


@pytest.mark.parametrize(
    "fields",
    [
        {"published": False, "status": Article.Status.DRAFT},
        {"status": Article.Status.PUBLISHED, "publish_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["draft", "scheduled"],
)
def test_an_unpublished_print_view_is_404_for_the_public_and_a_preview_for_editors(client, fields):
    article = make_article(headline="Lifeboat open day", **fields)
    url = print_url(article)

    assert client.get(url).status_code == 404
    client.force_login(make_user(is_staff=True))
    assert client.get(url).status_code == 404

    client.force_login(make_user(groups=[EDITORS]))
    response = client.get(url)

    assert response.status_code == 200
    assert "Lifeboat open day" in response.content.decode()
    assert "Preview: this story is not public" in response.content.decode()
    assert "no-cache" in response["Cache-Control"]


def test_a_wrong_date_redirects_to_the_canonical_print_view(client):
    article = make_article()
    wrong = reverse(
        "articles:print", kwargs={"year": 2001, "month": 1, "day": 2, "slug": article.slug}
    )

    response = client.get(wrong)

    assert response.status_code == 301
    assert response["Location"] == print_url(article)


# --- The print stylesheet ------------------------------------------------------------------


def test_the_print_stylesheet_hides_the_page_furniture_and_shows_addresses():
    path = finders.find("css/print.css")
    assert path, "static/css/print.css is linked from base.html and must exist"
    css = Path(path).read_text(encoding="utf-8")

    for selector in (".site-nav", ".comments", "#comments", ".related", "form", "button", "nav"):
        assert f"  {selector},\n" in css or f"  {selector} {{" in css, selector
    assert 'content: " (" attr(href) ")"' in css
    assert ".story__print-url[hidden]" in css
