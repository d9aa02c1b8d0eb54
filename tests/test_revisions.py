"""Revisions: every admin save is recorded; editors compare versions and revert."""

import pytest
from django.urls import reverse
from reversion.models import Version

from articles.models import Article
from articles.roles import JOURNALISTS
from tests.factories import (
    admin_form_data,
    article_change_url,
    logged_in,
    make_article,
    make_author,
    make_section,
    make_user,
)


def save_through_admin(user, article, **changes):
    client = logged_in(user)
    data = admin_form_data(client.get(article_change_url(article)), **changes)
    response = client.post(article_change_url(article), data)
    assert response.status_code == 302, response.context["adminform"].form.errors
    article.refresh_from_db()
    return article


def versions_of(article):
    return list(
        Version.objects.get_for_object(article).select_related("revision__user").order_by("pk")
    )


@pytest.fixture
def story(editor):
    """A live story written in two admin saves: the first text, then a rewrite."""
    article = make_article(
        headline="Council approves the harbour budget",
        body="<p>The council approved the budget.</p><p>Work starts in May.</p>",
    )
    save_through_admin(editor, article, headline="Council approves the harbour budget")
    save_through_admin(
        editor,
        article,
        headline="Council rejects the harbour budget",
        body="<p>The council rejected the budget.</p><p>Work starts in May.</p>",
    )
    return article


@pytest.mark.django_db
def test_every_admin_save_is_recorded_with_who_and_when(editor):
    journalist = make_user("jo", groups=[JOURNALISTS])
    author = make_author(user=journalist)
    client = logged_in(journalist)
    data = admin_form_data(
        client.get(reverse("admin:articles_article_add")),
        headline="New ferry",
        slug="new-ferry",
        section=str(make_section().pk),
        **{"bylines-0-author": str(author.pk), "bylines-0-position": "0"},
    )
    assert client.post(reverse("admin:articles_article_add"), data).status_code == 302
    article = Article.objects.get(slug="new-ferry")
    save_through_admin(editor, article, headline="New ferry for the island")
    logged_in(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    recorded = versions_of(article)
    assert [version.revision.user for version in recorded] == [journalist, editor, editor]
    assert [version.field_dict["headline"] for version in recorded] == [
        "New ferry",
        "New ferry for the island",
        "New ferry for the island",
    ]
    assert recorded[-1].revision.get_comment() == "Published."
    assert all(version.revision.date_created for version in recorded)


@pytest.mark.django_db
def test_history_lists_versions_and_offers_revert_to_editors_only(story, editor):
    history_url = reverse("admin:articles_article_history", args=[story.pk])
    page = logged_in(editor).get(history_url)
    assert len(page.context["versions"]) == 2
    assert "Revert to this version" in page.content.decode()

    journalist = make_user(groups=[JOURNALISTS])
    page = logged_in(journalist).get(history_url)
    assert page.status_code == 200
    assert "Revert to this version" not in page.content.decode()
    first = versions_of(story)[0]
    revert_url = reverse("admin:articles_article_revision", args=[story.pk, first.pk])
    assert logged_in(journalist).get(revert_url).status_code == 403
    assert logged_in(journalist).post(revert_url, {}).status_code == 403
    recover_url = reverse("admin:articles_article_recoverlist")
    assert logged_in(journalist).get(recover_url).status_code == 403


@pytest.mark.django_db
def test_compare_shows_word_changes_escaped(story, editor):
    save_through_admin(editor, story, body="<p>The council rejected the &lt;b&gt;budget.</p>")
    older, _middle, newest = versions_of(story)
    response = logged_in(editor).get(
        reverse("admin:articles_article_compare", args=[story.pk]),
        {"from": newest.pk, "to": older.pk},  # either order reads oldest → newest
    )
    assert response.status_code == 200
    assert (response.context["old"], response.context["new"]) == (older, newest)
    page = response.content.decode()
    assert "<del>approves</del><ins>rejects</ins>" in page
    assert "<del>approved</del><ins>rejected</ins>" in page
    assert "&lt;b&gt;budget." in page
    assert "<b>budget" not in page
    assert "Work starts in May.</del>" in page


@pytest.mark.django_db
def test_compare_without_two_versions_goes_back_to_history(story, editor):
    url = reverse("admin:articles_article_compare", args=[story.pk])
    for query in ({}, {"from": "x", "to": "1"}, {"from": "999999", "to": "999998"}):
        response = logged_in(editor).get(url, query)
        assert response.status_code == 302
        assert response["Location"] == reverse("admin:articles_article_history", args=[story.pk])


@pytest.mark.django_db
def test_revert_restores_earlier_headline_body_and_byline(story, editor):
    first_published = story.first_published_at
    original_authors = story.byline_authors
    save_through_admin(
        editor,
        story,
        **{"bylines-0-author": str(make_author(name="Someone Else").pk)},
    )
    assert story.byline_authors != original_authors
    first = versions_of(story)[0]

    client = logged_in(editor)
    url = reverse("admin:articles_article_revision", args=[story.pk, first.pk])
    form_page = client.get(url)
    assert form_page.status_code == 200
    # Looking at an old version changes nothing until it is saved.
    assert Article.objects.get(pk=story.pk).headline == "Council rejects the harbour budget"

    response = client.post(url, admin_form_data(form_page))
    assert response.status_code == 302
    story.refresh_from_db()
    assert story.headline == "Council approves the harbour budget"
    assert "The council approved the budget." in story.body
    assert story.byline_authors == original_authors
    assert story.first_published_at == first_published
    latest = versions_of(story)[-1]
    assert latest.revision.user == editor
    assert latest.revision.get_comment().startswith("Reverted to previous version")


@pytest.mark.django_db
def test_reverting_to_a_pre_publication_version_keeps_first_published_at(editor):
    article = make_article(published=False, status=Article.Status.DRAFT, headline="Early draft")
    save_through_admin(editor, article, headline="Early draft")
    logged_in(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    first_published = article.first_published_at
    assert first_published is not None

    draft_version = versions_of(article)[0]
    url = reverse("admin:articles_article_revision", args=[article.pk, draft_version.pk])
    client = logged_in(editor)
    form_page = client.get(url)
    assert client.post(url, admin_form_data(form_page)).status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.DRAFT
    assert article.first_published_at == first_published


@pytest.mark.django_db
def test_a_transition_made_in_the_form_is_named_in_the_revision(editor):
    article = make_article(published=False, status=Article.Status.REVIEW)
    save_through_admin(editor, article, status=Article.Status.PUBLISHED)
    comment = versions_of(article)[-1].revision.get_comment()
    assert comment.startswith("Published. Changed")
    save_through_admin(editor, article, headline="A plain correction")
    assert versions_of(article)[-1].revision.get_comment().startswith("Changed")


@pytest.mark.django_db
def test_a_story_filed_for_review_is_recorded_as_submitted():
    journalist = make_user("jo", groups=[JOURNALISTS])
    client = logged_in(journalist)
    data = admin_form_data(
        client.get(reverse("admin:articles_article_add")),
        headline="Filed for review",
        slug="filed-for-review",
        section=str(make_section().pk),
        status=Article.Status.REVIEW,
        **{"bylines-0-author": str(make_author().pk), "bylines-0-position": "0"},
    )
    assert client.post(reverse("admin:articles_article_add"), data).status_code == 302
    article = Article.objects.get(slug="filed-for-review")
    comment = versions_of(article)[-1].revision.get_comment()
    assert comment.startswith("Submitted for review. Added.")
