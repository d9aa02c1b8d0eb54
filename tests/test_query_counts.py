"""Every public page runs a fixed number of queries, however many stories, authors and tags."""

from datetime import timedelta

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from .factories import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db

# Queries per page on a cold cache: site chrome (identity + sections) is 2 of them, and the
# reply counts (lists) or the reply thread (article) is 1.
# The smallest newsroom still fills every block of the home page (top story, latest, sections).
SMALL = 12
EXPECTED = {
    "home": 9,
    "article": 7,
    "section": 7,
    "tag": 7,
    "author": 7,
    # The archive index looks up its first and last story to know which years to probe.
    "archive": 8,
    # Year and month archives also look up the neighbouring periods for their navigation.
    "archive_year": 10,
    "archive_month": 10,
}


def build_newsroom(stories, sections=3, authors_per_story=2, tags_per_story=3):
    """Create a newsroom of the given size and return the first story (the one we open)."""
    desks = [make_section() for _ in range(sections)]
    writers = [make_author() for _ in range(max(authors_per_story, 4))]
    tags = [make_tag() for _ in range(max(tags_per_story, 5))]
    now = timezone.now()
    first = None
    for n in range(stories):
        article = make_article(
            section=desks[n % sections],
            authors=writers[n % 2 : n % 2 + authors_per_story],
            tags=tags[:tags_per_story],
            publish_at=now - timedelta(hours=n + 1),
            is_featured=(n == 0),
        )
        first = first or article
    return first


def pages_for(article):
    day = timezone.localdate(article.publish_at)
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "section": article.section.get_absolute_url(),
        "tag": article.tags.first().get_absolute_url(),
        "author": article.byline_authors[0].get_absolute_url(),
        "archive": "/archive/",
        "archive_year": f"/{day:%Y}/",
        "archive_month": f"/{day:%Y}/{day:%m}/",
    }


def queries_for(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == 200, url
    return len(captured)


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_public_page_query_count_is_pinned(client, page, django_assert_num_queries):
    url = pages_for(build_newsroom(stories=SMALL))[page]
    with django_assert_num_queries(EXPECTED[page]):
        assert client.get(url).status_code == 200


@pytest.mark.parametrize("page", sorted(EXPECTED))
def test_public_page_query_count_does_not_grow(client, page):
    article = build_newsroom(stories=SMALL, authors_per_story=1, tags_per_story=1)
    small = queries_for(client, pages_for(article)[page])
    # Grow every dimension: many more stories, more authors per story, more tags.
    for _ in range(2):
        build_newsroom(stories=30, sections=2, authors_per_story=3, tags_per_story=4)
    # Both on a cold cache: new sections clear the cached navigation, not the site identity.
    cache.clear()
    assert queries_for(client, pages_for(article)[page]) == small


def test_site_chrome_is_cached_between_requests(client):
    build_newsroom(stories=2)
    first = queries_for(client, "/")
    assert queries_for(client, "/") == first - 2
