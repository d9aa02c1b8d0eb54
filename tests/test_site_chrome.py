"""The masthead and navigation: cached by their models, fresh after any change, and served
from the database when the cache is down."""

import logging

import pytest
from django.core.cache import cache
from django.urls import reverse

from articles.models import NAVIGATION_CACHE_KEY, Section, SiteIdentity
from tests.factories import logged_in, make_article, make_section, make_user

pytestmark = pytest.mark.django_db


def navigation_names(client):
    return [section.name for section in client.get("/").context["nav_sections"]]


def test_current_identity_is_cached_until_it_is_saved(django_assert_num_queries):
    SiteIdentity.objects.create(name="The Courier")
    with django_assert_num_queries(1):
        assert SiteIdentity.objects.current().name == "The Courier"
    with django_assert_num_queries(0):
        assert SiteIdentity.objects.current().name == "The Courier"
    identity = SiteIdentity.load()
    identity.name = "The Evening Courier"
    identity.save()
    assert SiteIdentity.objects.current().name == "The Evening Courier"


def test_current_identity_is_a_default_before_an_editor_saves_one():
    identity = SiteIdentity.objects.current()
    assert (identity.pk, identity.name) == (1, "Newsroom")
    assert not SiteIdentity.objects.exists()


def test_a_queryset_delete_of_sections_refreshes_the_navigation(client):
    kept, gone, also_gone = (make_section(name=name) for name in ("A kept", "B gone", "C gone"))
    assert navigation_names(client) == ["A kept", "B gone", "C gone"]
    Section.objects.filter(pk__in=[gone.pk, also_gone.pk]).delete()
    assert navigation_names(client) == ["A kept"]


def test_the_admin_bulk_delete_of_sections_refreshes_the_navigation(client):
    sections = [make_section(name=name) for name in ("Sport", "Weather")]
    assert navigation_names(client) == ["Sport", "Weather"]
    admin = logged_in(make_user(is_superuser=True))
    response = admin.post(
        reverse("admin:articles_section_changelist"),
        {"action": "delete_selected", "_selected_action": [s.pk for s in sections], "post": "yes"},
    )
    assert response.status_code == 302
    assert not Section.objects.exists()
    assert navigation_names(client) == []


def test_renaming_or_reordering_a_section_refreshes_the_navigation(client):
    first, second = make_section(name="Alpha", position=1), make_section(name="Beta", position=2)
    assert navigation_names(client) == ["Alpha", "Beta"]
    first.name = "Alpha and Omega"
    first.save()
    second.position = 0
    second.save()
    assert navigation_names(client) == ["Beta", "Alpha and Omega"]
    assert cache.get(NAVIGATION_CACHE_KEY) is not None


@pytest.fixture
def cache_down(settings):
    settings.CACHES = {"default": {"BACKEND": "tests.broken_cache.BrokenCache"}}
    with pytest.raises(ConnectionError):
        cache.get("anything")
    yield
    # The autouse fixture clears the cache after the test: give it a working one back.
    del settings.CACHES


def test_pages_are_served_from_the_database_when_the_cache_is_down(client, cache_down, caplog):
    SiteIdentity.objects.create(name="The Outage Times")
    article = make_article()
    with caplog.at_level(logging.WARNING, logger="articles.caching"):
        for url in ("/", article.get_absolute_url(), article.section.get_absolute_url(), "/feed/"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert "The Outage Times" in response.content.decode(), url
    assert "Cache read of newsroom:site-identity failed" in caplog.text


def test_saving_an_identity_or_a_section_works_when_the_cache_is_down(cache_down, caplog):
    with caplog.at_level(logging.WARNING, logger="articles.caching"):
        SiteIdentity.objects.create(name="Still saving")
        make_section(name="Still adding")
    assert SiteIdentity.objects.current().name == "Still saving"
    assert [section.name for section in Section.objects.navigation()] == ["Still adding"]
    assert "may stay stale" in caplog.text
