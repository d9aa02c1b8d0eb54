"""The admin: every page loads for a superuser, and list pages do not grow queries with rows."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from articles.models import Article, SiteIdentity

from .factories import make_article, make_author, make_tag, make_user

pytestmark = pytest.mark.django_db

MODELS = ["article", "author", "section", "tag", "siteidentity"]


@pytest.fixture
def admin_client_logged_in(client):
    client.force_login(make_user(is_superuser=True))
    return client


@pytest.mark.parametrize("model", MODELS)
def test_changelist_and_add_pages_load(admin_client_logged_in, model):
    make_article(tags=[make_tag()])
    SiteIdentity.objects.create(name="The Test Times")
    for view in ("changelist", "add"):
        response = admin_client_logged_in.get(reverse(f"admin:articles_{model}_{view}"))
        assert response.status_code in (200, 403), (model, view)  # one site identity: no add
    assert admin_client_logged_in.get(reverse("admin:index")).status_code == 200


def test_article_change_page_shows_the_editor_and_view_on_site(admin_client_logged_in):
    article = make_article()
    response = admin_client_logged_in.get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "django_ckeditor_5" in page
    content_type = ContentType.objects.get_for_model(Article)
    view_on_site = reverse("admin:view_on_site", args=[content_type.pk, article.pk])
    assert view_on_site in page
    redirect = admin_client_logged_in.get(view_on_site)
    assert redirect["Location"].endswith(article.get_absolute_url())


def test_article_changelist_queries_do_not_grow_with_rows(admin_client_logged_in):
    url = reverse("admin:articles_article_changelist")
    make_article(authors=[make_author(), make_author()])
    with CaptureQueriesContext(connection) as few:
        admin_client_logged_in.get(url)
    for _ in range(25):
        make_article(authors=[make_author(), make_author()], tags=[make_tag()])
    with CaptureQueriesContext(connection) as many:
        admin_client_logged_in.get(url)
    assert len(many) == len(few)


def test_bulk_actions_publish_and_withdraw(admin_client_logged_in):
    draft = make_article(published=False)
    url = reverse("admin:articles_article_changelist")
    admin_client_logged_in.post(
        url, {"action": "publish", "_selected_action": [draft.pk]}, follow=True
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.PUBLISHED and draft.is_published
    admin_client_logged_in.post(
        url, {"action": "unpublish", "_selected_action": [draft.pk]}, follow=True
    )
    draft.refresh_from_db()
    assert draft.status == Article.Status.DRAFT


def test_featured_image_needs_alt_text():
    from django.core.exceptions import ValidationError
    from django.core.files.uploadedfile import SimpleUploadedFile

    article = make_article()
    article.featured_image = SimpleUploadedFile("a.jpg", b"x", content_type="image/jpeg")
    article.featured_image_alt = " "
    with pytest.raises(ValidationError) as error:
        article.clean()
    assert "featured_image_alt" in error.value.message_dict


def test_byline_author_autocomplete_lists_authors_by_name(admin_client_logged_in, recwarn):
    for name in ["Zawadi Keza", "Aline Mukamana", "Marc Habimana"]:
        make_author(name=name)
    response = admin_client_logged_in.get(
        reverse("admin:autocomplete"),
        {"app_label": "articles", "model_name": "byline", "field_name": "author", "term": ""},
    )
    names = [result["text"] for result in response.json()["results"]]
    assert names == ["Aline Mukamana", "Marc Habimana", "Zawadi Keza"]
    # Unordered pages would repeat or skip authors as a journalist scrolls the list.
    assert not [w for w in recwarn if "UnorderedObjectListWarning" in type(w.message).__name__]
