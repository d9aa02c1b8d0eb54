"""Web addresses: WordPress-style permalinks, named routes, 404s that stay 404s."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import resolve, reverse
from django.utils import timezone

from .factories import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db


def test_article_url_is_date_and_slug_in_the_site_time_zone(settings):
    settings.TIME_ZONE = "Pacific/Auckland"
    # 20:30 UTC on 31 December is already 1 January in Auckland.
    moment = timezone.make_aware(datetime(2025, 12, 31, 20, 30), UTC)
    article = make_article(slug="new-year-fireworks", publish_at=moment)
    assert article.get_absolute_url() == "/2026/01/01/new-year-fireworks/"
    match = resolve(article.get_absolute_url())
    assert match.view_name == "articles:detail"
    assert match.kwargs == {"year": 2026, "month": 1, "day": 1, "slug": "new-year-fireworks"}


def test_named_routes_for_every_list():
    section, tag, author = (
        make_section(slug="politics"),
        make_tag(slug="budget"),
        make_author(slug="ada-reporter"),
    )
    assert section.get_absolute_url() == reverse("articles:section", args=["politics"])
    assert section.get_absolute_url() == "/section/politics/"
    assert tag.get_absolute_url() == "/tag/budget/"
    assert author.get_absolute_url() == "/author/ada-reporter/"
    assert reverse("articles:archive_year", kwargs={"year": 2026}) == "/2026/"
    assert reverse("articles:archive_month", kwargs={"year": 2026, "month": 3}) == "/2026/03/"


def test_a_wrong_date_redirects_to_the_canonical_address(client):
    article = make_article(slug="harbour-wall", publish_at=timezone.now() - timedelta(days=3))
    response = client.get("/2001/01/01/harbour-wall/")
    assert response.status_code == 301
    assert response["Location"] == article.get_absolute_url()


@pytest.mark.parametrize(
    "path",
    [
        "/2026/01/01/no-such-story/",
        "/section/no-such-section/",
        "/tag/no-such-tag/",
        "/author/no-such-author/",
        "/2026/13/",
        "/2026/00/",
        "/1999/",
        "/section/x/?page=999",
        "/section/x/?page=abc",
        "/no/such/page/",
    ],
)
def test_missing_things_are_404_not_500(client, path):
    make_section(slug="x")
    response = client.get(path)
    assert response.status_code == 404
    assert "We could not find that page" in response.content.decode()


def test_pagination_of_lists(client, settings):
    section = make_section(slug="busy")
    for n in range(settings.NEWSROOM_PAGINATE_BY + 3):
        make_article(section=section, publish_at=timezone.now() - timedelta(hours=n + 1))
    first = client.get("/section/busy/")
    second = client.get("/section/busy/?page=2")
    assert len(first.context["page_obj"].object_list) == settings.NEWSROOM_PAGINATE_BY
    assert len(second.context["page_obj"].object_list) == 3
    assert 'rel="next"' in first.content.decode()
    assert 'rel="prev"' in second.content.decode()


def test_naughty_slugs_in_addresses_never_500(client, blns):
    make_article(slug="real-story")
    for text in blns:
        for path in (f"/section/{text}/", f"/tag/{text}/", f"/2026/01/01/{text}/", f"/{text}/"):
            try:
                response = client.get(path)
            except ValueError:
                continue  # the test client itself refuses some control characters
            assert response.status_code in (200, 301, 302, 404), (path, response.status_code)
