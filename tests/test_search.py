from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from articles.search import (
    MAX_QUERY_LENGTH,
    MAX_QUERY_WORDS,
    normalize_query,
    query_terms,
    query_was_cut,
    render_highlights,
)
from tests.factories import make_article

on_postgresql = pytest.mark.skipif(
    connection.vendor != "postgresql", reason="full-text search needs PostgreSQL"
)

SEARCH_URL = reverse("articles:search")


def search(client, query, **params):
    return client.get(SEARCH_URL, {"q": query, **params})


def found_slugs(response):
    return [article.slug for article in response.context["results"]]


# --- The query ------------------------------------------------------------------------------


def test_normalize_query_keeps_a_short_query_as_typed():
    assert normalize_query("  harbour   wall ") == "harbour wall"


def test_normalize_query_caps_words_and_characters():
    assert len(normalize_query("tide " * 5000).split()) == MAX_QUERY_WORDS
    assert len(normalize_query("x" * 10_000)) == MAX_QUERY_LENGTH
    assert query_was_cut("x" * 10_000)
    assert not query_was_cut("harbour wall")


def test_normalize_query_drops_control_and_private_use_characters():
    assert normalize_query("har\x00bour\x1b\ue000wall") == "har bour wall"
    assert normalize_query("\x00\x01\x02") == ""


def test_render_highlights_escapes_text_and_marks_only_between_markers():
    html = render_highlights("<b>\ue000tide\ue001</b> \ue000open")
    assert html == "&lt;b&gt;<mark>tide</mark>&lt;/b&gt; open"


# --- Finding stories ------------------------------------------------------------------------


@pytest.mark.django_db
def test_search_finds_a_published_story_by_a_word_of_its_body(client):
    story = make_article(headline="Ferry returns", body="<p>The lighthouse keeper waved it in.</p>")
    make_article(headline="Unrelated", body="<p>Nothing to see.</p>")

    response = search(client, "lighthouse")

    assert response.status_code == 200
    assert found_slugs(response) == [story.slug]
    assert "Ferry returns" in response.content.decode()


@pytest.mark.django_db
def test_headline_match_ranks_above_body_only_match(client):
    in_headline = make_article(
        headline="Lighthouse to be restored",
        body="<p>Work starts in spring.</p>",
        publish_at=timezone.now() - timedelta(days=3),
    )
    # Newer, so date order alone would put it first.
    in_body = make_article(
        headline="Council meeting report",
        body="<p>Councillors also discussed the lighthouse.</p>",
        publish_at=timezone.now() - timedelta(hours=1),
    )

    response = search(client, "lighthouse")

    assert found_slugs(response) == [in_headline.slug, in_body.slug]


@pytest.mark.django_db
def test_dek_match_ranks_above_body_only_match(client):
    in_dek = make_article(
        headline="Spring works",
        dek="The lighthouse gets a new lamp.",
        body="<p>Work starts in spring.</p>",
        publish_at=timezone.now() - timedelta(days=3),
    )
    in_body = make_article(
        headline="Council meeting report",
        dek="A long evening.",
        body="<p>Councillors also discussed the lighthouse.</p>",
    )

    response = search(client, "lighthouse")

    assert found_slugs(response) == [in_dek.slug, in_body.slug]


@pytest.mark.django_db
def test_search_understands_phrases_and_excluded_words(client):
    lamp = make_article(headline="Lighthouse lamp replaced", body="<p>A new lamp.</p>")
    keeper = make_article(headline="Lighthouse keeper retires", body="<p>After forty years.</p>")

    assert found_slugs(search(client, "lighthouse -lamp")) == [keeper.slug]
    assert found_slugs(search(client, '"lighthouse keeper"')) == [keeper.slug]
    assert found_slugs(search(client, '"keeper lighthouse"')) == []
    assert set(found_slugs(search(client, "lighthouse"))) == {lamp.slug, keeper.slug}


def test_query_terms_split_words_phrases_and_exclusions():
    assert query_terms('Harbour "north wall" -ferry OR "" -') == (
        ["harbour", "north wall"],
        ["ferry"],
    )


@pytest.mark.django_db
def test_search_highlights_matches_in_headline_and_snippet(client):
    make_article(headline="Lighthouse to be restored", body="<p>The old lighthouse lamp.</p>")

    response = search(client, "lighthouse")

    content = response.content.decode()
    assert "<mark>Lighthouse</mark> to be restored" in content
    assert "<mark>lighthouse</mark> lamp" in content


@pytest.mark.django_db
def test_markup_in_the_body_is_not_searchable(client):
    make_article(headline="Plain story", body="<p><strong>Bold</strong> words.</p>")

    response = search(client, "bold")

    assert len(found_slugs(response)) == 1
    if connection.vendor == "postgresql":
        # The tag name itself is not a word of the story.
        assert found_slugs(search(client, "strong")) == []


@pytest.mark.django_db
def test_no_draft_review_or_scheduled_story_is_found(client):
    published = make_article(headline="Lighthouse open day")
    make_article(headline="Lighthouse draft", status=Article.Status.DRAFT, published=False)
    make_article(headline="Lighthouse in review", status=Article.Status.REVIEW, published=False)
    make_article(
        headline="Lighthouse scheduled",
        status=Article.Status.PUBLISHED,
        publish_at=timezone.now() + timedelta(days=1),
    )

    response = search(client, "lighthouse")

    assert found_slugs(response) == [published.slug]
    content = response.content.decode()
    for headline in ("Lighthouse draft", "Lighthouse in review", "Lighthouse scheduled"):
        assert headline not in content


@pytest.mark.django_db
def test_withdrawn_story_disappears_from_search(client):
    story = make_article(headline="Lighthouse sale agreed")
    Article.objects.filter(pk=story.pk).update(status=Article.Status.DRAFT)

    assert found_slugs(search(client, "lighthouse")) == []


@pytest.mark.django_db
def test_no_results_page_says_so_and_offers_the_archive(client):
    make_article(headline="Lighthouse open day")

    response = search(client, "submarine")

    assert response.status_code == 200
    content = response.content.decode()
    assert "No published story matches" in content
    assert reverse("articles:archive") in content


@pytest.mark.django_db
def test_empty_query_shows_the_form_without_searching(client, django_assert_num_queries):
    client.get(reverse("articles:home"))  # fill the cached site chrome
    with django_assert_num_queries(0):
        response = client.get(SEARCH_URL)
    assert response.status_code == 200
    assert 'role="search"' in response.content.decode()
    assert response.context["results"] == []


@pytest.mark.django_db
def test_search_results_paginate_and_keep_the_query(client, settings):
    for n in range(14):
        make_article(headline=f"Lighthouse story {n}")

    first = search(client, "lighthouse")
    second = search(client, "lighthouse", page=2)

    assert first.context["paginator"].count == 14
    assert len(found_slugs(first)) == 12
    assert len(found_slugs(second)) == 2
    assert "?q=lighthouse&amp;page=2" in first.content.decode()
    assert search(client, "lighthouse", page="abc").status_code == 404
    assert search(client, "lighthouse", page=99).status_code == 404


@pytest.mark.django_db
def test_search_result_pages_are_not_indexed(client):
    response = search(client, "anything")
    assert '<meta name="robots" content="noindex, follow">' in response.content.decode()


# --- Hostile input --------------------------------------------------------------------------


@pytest.mark.django_db
def test_naughty_queries_never_error_and_are_shown_inert(client, blns):
    make_article(headline="Harbour <script>alert(1)</script> news", dek="1 OR 1=1 -- harbour")
    for naughty in blns:
        response = search(client, naughty)
        assert response.status_code == 200, naughty
        shown = normalize_query(naughty)
        if "<" in shown and ">" in shown:
            assert shown not in response.content.decode(), naughty


@pytest.mark.django_db
def test_hostile_headline_is_escaped_in_highlighted_results(client):
    make_article(headline="Harbour <script>alert(1)</script> news")

    content = search(client, "harbour").content.decode()

    assert "<script>alert(1)</script>" not in content
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in content


@pytest.mark.django_db
def test_ten_thousand_character_query_does_bounded_work(client, django_assert_max_num_queries):
    make_article(headline="Harbour wall repairs")
    client.get(reverse("articles:home"))  # fill the cached site chrome
    for query in ("harbour " * 1250, "h" * 10_000, '"' * 5000 + "harbour" + "-" * 5000):
        with django_assert_max_num_queries(3):
            response = search(client, query)
        assert response.status_code == 200
        assert len(response.context["query"]) <= MAX_QUERY_LENGTH
        assert len(response.context["query"].split()) <= MAX_QUERY_WORDS
    assert response.context["query_was_cut"]


@pytest.mark.django_db
def test_search_query_count_does_not_grow_with_results(client, django_assert_num_queries):
    for count in (2, 9):
        for _n in range(count - Article.objects.count()):
            make_article(headline="Lighthouse story")
        client.get(reverse("articles:home"))  # refill the site chrome new sections emptied
        # A count, one page of results, and their bylines.
        with django_assert_num_queries(3):
            response = search(client, "lighthouse")
        assert len(found_slugs(response)) == count


# --- The stored vector (PostgreSQL) ----------------------------------------------------------


@on_postgresql
@pytest.mark.django_db
def test_search_vector_is_stored_on_save_and_refreshed_on_edit():
    story = make_article(headline="Lighthouse", dek="", body="<p>Keeper.</p>")
    story.refresh_from_db()
    assert "lighthous" in story.search_vector

    story.headline = "Ferry"
    story.save()
    story.refresh_from_db()
    assert "lighthous" not in story.search_vector
    assert "ferri" in story.search_vector


@on_postgresql
@pytest.mark.django_db
def test_search_vector_has_a_gin_index():
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT indexdef FROM pg_indexes WHERE indexname = 'article_search_vector_idx'"
        )
        (definition,) = cursor.fetchone()
    assert "USING gin (search_vector)" in definition


@on_postgresql
@pytest.mark.django_db
def test_update_search_vectors_command_fills_rows_changed_behind_the_models_back(client):
    story = make_article(headline="Lighthouse")
    Article.objects.filter(pk=story.pk).update(headline="Ferry", search_vector=None)
    assert found_slugs(search(client, "ferry")) == []

    call_command("update_search_vectors", stdout=StringIO())

    assert found_slugs(search(client, "ferry")) == [story.slug]


@pytest.mark.skipif(connection.vendor == "postgresql", reason="fallback only")
def test_update_search_vectors_command_is_harmless_without_postgresql(db, capsys):
    call_command("update_search_vectors")
    assert "nothing to update" in capsys.readouterr().out
