"""Reply counts on story lists: shown on every card, with one query for the whole list."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from comments.models import Comment
from tests.factories import make_article, make_comment, make_section

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm the cached site chrome
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    return len(queries), response.content.decode()


def test_section_page_counts_replies_without_a_query_per_story(client):
    section = make_section()
    articles = [make_article(section=section) for _n in range(6)]
    url = section.get_absolute_url()
    make_comment(articles[0])
    before, _page = queries_for(client, url)

    for n, article in enumerate(articles):
        for _m in range(n + 1):
            make_comment(article)
    make_comment(articles[0], status=Comment.Status.PENDING)
    after, page = queries_for(client, url)

    assert after == before
    for n, article in enumerate(articles):
        count = n + 1 + (1 if n == 0 else 0)
        label = "1 reply" if count == 1 else f"{count} replies"
        assert f'href="{article.get_absolute_url()}#comments">{label}</a>' in page


def test_home_page_counts_replies_without_a_query_per_story(client):
    articles = [make_article() for _n in range(12)]
    url = reverse("articles:home")
    before, _page = queries_for(client, url)

    for article in articles:
        make_comment(article)
        make_comment(article)
    after, page = queries_for(client, url)

    assert after == before
    assert len(re.findall(r"#comments\">2 replies</a>", page)) == len(articles)


def test_stories_without_replies_show_no_count(client):
    section = make_section()
    make_article(section=section)

    page = client.get(section.get_absolute_url()).content.decode()

    assert "replies</a>" not in page and "reply</a>" not in page
