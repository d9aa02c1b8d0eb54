"""The archive generator, and the rules that keep big archives fast at any size."""

from datetime import timedelta

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db.models import Count
from django.utils import timezone

from articles.models import Article, Byline, Section, Tag
from articles.pagination import BoundedPaginator
from comments.models import Comment

from .factories import make_article, make_section

pytestmark = pytest.mark.django_db


def generate(**sizes):
    options = {
        "stories": 60,
        "replies": 400,
        "unpublished": 6,
        "sections": 4,
        "authors": 8,
        "tags": 30,
        "busy_stories": 2,
        "busy_replies": 50,
        "quiet": True,
    }
    call_command("generate_archive", **{**options, **sizes})


def test_generate_archive_builds_the_shape_asked_for():
    generate()
    published = Article.objects.published()
    assert published.count() == 60
    assert Article.objects.unpublished().count() == 6
    assert Section.objects.count() == 4
    assert Tag.objects.count() == 30
    oldest = published.order_by("publish_at").first().publish_at
    assert timezone.now() - oldest > timedelta(days=365 * 5)
    assert not Article.objects.filter(bylines__isnull=True).exists()
    assert Byline.objects.values("author").distinct().count() > 1
    assert Comment.objects.count() == 400
    busiest = published.annotate(total=Count("comments")).order_by("-total")[:2]
    assert all(story.total >= 50 for story in busiest)
    statuses = dict(Comment.objects.values_list("status").annotate(total=Count("pk")))
    assert statuses[Comment.Status.APPROVED] > statuses.get(Comment.Status.PENDING, 0)
    replies = Comment.objects.filter(parent__isnull=False).select_related("parent")
    assert replies.exists()
    for reply in replies:
        assert reply.article_id == reply.parent.article_id
        assert reply.depth == min(reply.parent.depth + 1, 3)
        assert reply.created_at >= reply.parent.created_at
    story = published.first()
    assert story.body.startswith("<p>") and len(story.body.split()) > 40
    assert published.filter(publish_at__lt=timezone.now()).count() == 60


def test_generate_archive_adds_to_what_is_there():
    generate()
    generate(seed=7)
    assert Article.objects.published().count() == 120
    assert Tag.objects.count() == 30
    assert Article.objects.values("slug").distinct().count() == Article.objects.count()
    # The sequences moved on: a story saved the ordinary way still gets a fresh key.
    last = Article.objects.order_by("-pk").values_list("pk", flat=True).first()
    assert make_article().pk > last


def test_generate_archive_refuses_impossible_sizes():
    with pytest.raises(CommandError):
        generate(replies=10)


def test_lists_offer_a_bounded_number_of_pages(client, settings, monkeypatch):
    monkeypatch.setattr(BoundedPaginator, "MAX_PAGES", 2)
    section = make_section()
    stories = [
        make_article(section=section, publish_at=timezone.now() - timedelta(hours=n + 1))
        for n in range(3 * settings.NEWSROOM_PAGINATE_BY)
    ]
    url = section.get_absolute_url()
    last = client.get(url, {"page": 2})
    assert last.status_code == 200
    assert last.context["paginator"].is_cut
    assert stories[2 * settings.NEWSROOM_PAGINATE_BY - 1] in last.context["page_obj"].object_list
    assert "Older stories are in the archive" in last.content.decode()
    assert client.get(url, {"page": 3}).status_code == 404
    # The month archive is the way to the older stories, and it is not cut.
    day = timezone.localdate(stories[-1].publish_at)
    assert client.get(f"/{day:%Y}/{day:%m}/").status_code == 200


def test_home_shows_the_newest_stories_of_each_section(client):
    sections = [make_section() for _ in range(3)]
    now = timezone.now()
    for n in range(30):
        make_article(section=sections[n % 3], publish_at=now - timedelta(hours=n + 1))
    blocks = dict(client.get("/").context["section_blocks"])
    shown = {story.pk for story in client.get("/").context["latest"]}
    shown.add(client.get("/").context["top_story"].pk)
    for section in sections:
        expected = list(
            Article.objects.published()
            .filter(section=section)
            .exclude(pk__in=shown)
            .newest_first()[:4]
        )
        assert blocks[section] == expected
