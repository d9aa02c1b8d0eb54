"""Previews: staff at the public address, and signed, expiring links for people without accounts."""

import time
from datetime import timedelta
from urllib.parse import quote

import pytest
from django.core import signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from articles.models import Article, SiteIdentity
from articles.preview import make_preview_token
from articles.roles import EDITORS, JOURNALISTS
from tests.factories import logged_in, make_article, make_user


def preview_url(token):
    return reverse("articles:shared_preview", args=[token])


def assert_private(response):
    cache_control = response["Cache-Control"]
    assert "no-store" in cache_control and "private" in cache_control
    assert response["X-Robots-Tag"] == "noindex, nofollow"


@pytest.fixture
def draft():
    return make_article(
        published=False, status=Article.Status.DRAFT, headline="Harbour wall to be rebuilt"
    )


# --- Staff preview at the public address -------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("who", "visible"),
    [("editor", True), ("journalist", True), ("staff without change", False), ("reader", False)],
)
def test_staff_with_change_permission_preview_at_public_address(draft, client, who, visible):
    users = {
        "editor": lambda: make_user(groups=[EDITORS]),
        "journalist": lambda: make_user(groups=[JOURNALISTS]),
        "staff without change": lambda: make_user(),
        "reader": lambda: None,
    }
    user = users[who]()
    if user is not None:
        client.force_login(user)
    response = client.get(draft.get_absolute_url())
    assert response.status_code == (200 if visible else 404)
    if visible:
        assert "no-store" in response["Cache-Control"]
        assert "Preview: this story is not public" in response.content.decode()


@pytest.mark.django_db
def test_change_form_offers_preview_and_share_to_editors_only(draft):
    editor_page = logged_in(make_user(groups=[EDITORS])).get(
        reverse("admin:articles_article_change", args=[draft.pk])
    )
    assert editor_page.context["preview_url"] == draft.get_absolute_url()
    assert editor_page.context["share_preview_url"]
    assert "Share preview link" in editor_page.content.decode()

    journalist = make_user(groups=[JOURNALISTS])
    draft.created_by = journalist
    draft.save()
    journalist_page = logged_in(journalist).get(
        reverse("admin:articles_article_change", args=[draft.pk])
    )
    assert journalist_page.context["preview_url"] == draft.get_absolute_url()
    assert journalist_page.context["share_preview_url"] is None


# --- Shareable links ---------------------------------------------------------------


@pytest.mark.django_db
def test_editor_creates_a_link_that_opens_the_draft_without_an_account(draft, client):
    editor = make_user(groups=[EDITORS])
    share_url = reverse("admin:articles_article_share_preview", args=[draft.pk])
    assert logged_in(editor).get(share_url).status_code == 405
    response = logged_in(editor).post(share_url)
    assert response.status_code == 200
    link = response.context["link"]
    assert link.startswith("http://testserver/preview/")

    page = client.get(link)
    assert page.status_code == 200
    assert_private(page)
    assert page["Referrer-Policy"] == "no-referrer"
    html = page.content.decode()
    assert "Harbour wall to be rebuilt" in html
    assert '<meta name="robots" content="noindex, nofollow">' in html
    assert "Preview: this story is not public" in html


@pytest.mark.django_db
def test_only_editors_create_links(draft):
    journalist = make_user(groups=[JOURNALISTS])
    draft.created_by = journalist
    draft.save()
    share_url = reverse("admin:articles_article_share_preview", args=[draft.pk])
    assert logged_in(journalist).post(share_url).status_code == 403
    assert Client().post(share_url).status_code == 302  # to the login page


@pytest.mark.django_db
def test_shared_preview_is_read_only(draft, client):
    url = preview_url(make_preview_token(draft))
    assert client.post(url, {"headline": "Changed"}).status_code == 405
    assert Article.objects.get(pk=draft.pk).headline == "Harbour wall to be rebuilt"


@pytest.mark.django_db
def test_shared_preview_query_count(draft, client, django_assert_num_queries):
    url = preview_url(make_preview_token(draft))
    SiteIdentity.load()
    # The story, its bylines, its tags; then the site identity and sections (not yet cached).
    with django_assert_num_queries(5):
        assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_expired_link_says_so(draft, client, monkeypatch):
    url = preview_url(make_preview_token(draft))
    hours = 73
    later = time.time() + hours * 60 * 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    response = client.get(url)
    assert response.status_code == 410
    assert_private(response)
    assert "This preview link has expired" in response.content.decode()
    assert "Harbour wall" not in response.content.decode()


@pytest.mark.django_db
def test_link_still_works_just_before_it_expires(draft, client, monkeypatch):
    url = preview_url(make_preview_token(draft))
    later = time.time() + 71 * 60 * 60
    monkeypatch.setattr(signing.time, "time", lambda: later)
    assert client.get(url).status_code == 200


@pytest.mark.django_db
def test_tampered_links_are_not_found(draft, client):
    other = make_article(published=False, status=Article.Status.DRAFT)
    token = make_preview_token(draft)
    value, stamp, signature = token.split(":")
    forged = [
        f"{other.pk}:{stamp}:{signature}",  # someone else's story under this signature
        f"{value}:{stamp}:{signature[:-1]}{'A' if signature[-1] != 'A' else 'B'}",
        f"{value}:{stamp}",
        signing.TimestampSigner().sign(str(draft.pk)),  # signed for another purpose
        signing.TimestampSigner(salt="articles.shared-preview").sign("not-a-number"),
    ]
    for token in forged:
        response = client.get(preview_url(token))
        assert response.status_code == 404, token
        assert "Harbour wall" not in response.content.decode()


@pytest.mark.django_db
def test_link_to_a_story_now_published_leads_to_the_public_page(draft, client):
    token = make_preview_token(draft)
    draft.status = Article.Status.PUBLISHED
    draft.publish_at = timezone.now() - timedelta(minutes=1)
    draft.save()
    response = client.get(preview_url(token))
    assert response.status_code == 302
    assert response["Location"] == draft.get_absolute_url()


@pytest.mark.django_db
def test_link_to_a_deleted_story_is_not_found(draft, client):
    token = make_preview_token(draft)
    draft.delete()
    assert client.get(preview_url(token)).status_code == 404


@pytest.mark.django_db
def test_naughty_tokens_never_break_the_preview_page(client, blns):
    make_article(published=False, status=Article.Status.DRAFT)
    for naughty in blns:
        response = client.get(f"/preview/{quote(naughty, safe='')}/")
        assert response.status_code == 404, naughty
