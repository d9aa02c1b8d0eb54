"""The publishing rule as a matrix: status × publish time × who is asking."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import Permission
from django.utils import timezone

from articles.access import can_preview, visible_articles
from articles.models import Article

from .factories import make_article, make_user

pytestmark = pytest.mark.django_db

PAST = -timedelta(hours=2)
FUTURE = timedelta(hours=2)

# (status, offset of publish_at from now, visible to the public)
MATRIX = [
    (Article.Status.DRAFT, PAST, False),
    (Article.Status.DRAFT, FUTURE, False),
    (Article.Status.DRAFT, None, False),
    (Article.Status.REVIEW, PAST, False),
    (Article.Status.REVIEW, FUTURE, False),
    (Article.Status.REVIEW, None, False),
    (Article.Status.PUBLISHED, PAST, True),
    (Article.Status.PUBLISHED, FUTURE, False),
]


def article_in_state(status, offset):
    article = make_article(published=False, status=status)
    # Bypass save(): a published story without a time would otherwise get "now".
    publish_at = None if offset is None else timezone.now() + offset
    Article.objects.filter(pk=article.pk).update(publish_at=publish_at)
    article.refresh_from_db()
    return article


def previewer():
    user = make_user()
    user.user_permissions.add(Permission.objects.get(codename="change_article"))
    return user


@pytest.mark.parametrize(("status", "offset", "public"), MATRIX)
def test_published_queryset_follows_the_matrix(status, offset, public):
    article = article_in_state(status, offset)
    assert (article in Article.objects.published()) is public
    assert (article in Article.objects.unpublished()) is (not public)
    assert article.is_published is public


@pytest.mark.parametrize(("status", "offset", "public"), MATRIX)
def test_anonymous_reader_sees_only_published_stories(client, status, offset, public):
    article = article_in_state(status, offset)
    response = client.get(article.get_absolute_url())
    assert response.status_code == (200 if public else 404)


@pytest.mark.parametrize(("status", "offset", "public"), MATRIX)
def test_staff_without_change_permission_sees_only_published(client, status, offset, public):
    article = article_in_state(status, offset)
    client.force_login(make_user(is_staff=True))
    assert client.get(article.get_absolute_url()).status_code == (200 if public else 404)


@pytest.mark.parametrize(("status", "offset", "public"), MATRIX)
def test_staff_with_change_permission_previews_everything(client, status, offset, public):
    article = article_in_state(status, offset)
    client.force_login(previewer())
    response = client.get(article.get_absolute_url())
    assert response.status_code == 200
    assert response.context["is_preview"] is (not public)
    if not public:
        assert "no-cache" in response["Cache-Control"]
        assert "Preview" in response.content.decode()


@pytest.mark.parametrize(("status", "offset", "public"), MATRIX)
def test_unpublished_stories_stay_off_every_list(client, status, offset, public):
    article = article_in_state(status, offset)
    day = timezone.localdate(article.url_datetime)
    pages = [
        "/",
        article.section.get_absolute_url(),
        article.byline_authors[0].get_absolute_url(),
        "/archive/",
        f"/{day:%Y}/",
        f"/{day:%Y}/{day:%m}/",
    ]
    for page in pages:
        response = client.get(page)
        assert response.status_code in (200, 404), page
        assert (article.headline in response.content.decode()) is public, page


def test_scheduled_story_appears_when_its_time_comes_without_any_job(client):
    article = make_article(publish_at=timezone.now() + timedelta(minutes=5))
    assert client.get(article.get_absolute_url()).status_code == 404
    Article.objects.filter(pk=article.pk).update(publish_at=timezone.now() - timedelta(seconds=1))
    assert client.get(article.get_absolute_url()).status_code == 200


def test_inactive_staff_cannot_preview():
    user = previewer()
    user.is_active = False
    assert not can_preview(user)
    draft = make_article(published=False)
    assert draft not in visible_articles(user)


def test_publishing_fills_publish_time_and_keeps_first_publication():
    article = make_article(published=False)
    assert article.publish_at is None and article.first_published_at is None
    article.status = Article.Status.PUBLISHED
    article.save()
    first = article.first_published_at
    assert article.publish_at is not None and first == article.publish_at
    article.publish_at = timezone.now() + timedelta(days=1)
    article.save()
    assert article.first_published_at == first
