"""`manage.py load_demo`: real content, staff logins, and safe to run twice."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from articles.models import Article, Author, Section, SiteIdentity, Tag

pytestmark = pytest.mark.django_db


def load_demo(**options):
    out = StringIO()
    call_command("load_demo", stdout=out, **options)
    return out.getvalue()


def counts():
    return (
        Article.objects.count(),
        Author.objects.count(),
        Section.objects.count(),
        Tag.objects.count(),
        get_user_model().objects.count(),
    )


def test_demo_loads_a_newsroom_and_prints_logins(monkeypatch):
    monkeypatch.setenv("DEMO_PASSWORD", "demo-secret-1")
    output = load_demo()
    assert Article.objects.published().count() >= 30
    assert Article.objects.unpublished().count() == 3
    assert Article.objects.published().filter(is_featured=True).exists()
    assert Article.objects.exclude(featured_image="").count() >= 10
    assert all(author.photo for author in Author.objects.all())
    assert SiteIdentity.load().name == "The Harbour Courier"
    assert "admin" in output and "demo-secret-1" in output
    admin = get_user_model().objects.get(username="admin")
    assert admin.is_superuser and admin.check_password("demo-secret-1")
    editor = get_user_model().objects.get(username="editor")
    assert editor.groups.filter(name="Editors").exists() and not editor.is_superuser


def test_demo_is_safe_to_run_twice():
    load_demo(no_images=True)
    before = counts()
    load_demo(no_images=True)
    assert counts() == before


def test_demo_stories_have_several_paragraphs_and_bylines():
    load_demo(no_images=True)
    for article in Article.objects.published().with_bylines():
        assert article.body.count("<p>") >= 4, article.slug
        assert article.byline_authors, article.slug


def test_demo_adds_a_threaded_conversation_once():
    from comments.models import Comment

    load_demo(no_images=True)
    load_demo(no_images=True)
    featured = Article.objects.published().get(is_featured=True)
    replies = Comment.objects.filter(article=featured)
    assert replies.approved().count() == 4
    assert replies.pending().count() == 1
    assert replies.filter(depth=3).exists()
