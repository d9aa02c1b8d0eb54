"""The workflow's transitions as plain functions: what each does, who may, and the record."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.utils import timezone
from reversion.models import Version

from articles import workflow
from articles.models import Article
from tests.factories import make_article, make_author

pytestmark = pytest.mark.django_db


def draft(owner=None, **fields):
    fields.setdefault("status", Article.Status.DRAFT)
    return make_article(published=False, created_by=owner, **fields)


def stored(article):
    return Article.objects.get(pk=article.pk)


def last_record(article):
    version = Version.objects.get_for_object(article).select_related("revision__user").first()
    return version.revision.user, version.revision.get_comment()


def test_a_journalist_submits_an_own_draft_and_it_is_recorded(journalist):
    article = draft(authors=[make_author(user=journalist)])
    workflow.submit_for_review(article, journalist)
    assert stored(article).status == Article.Status.REVIEW
    assert last_record(article) == (journalist, "Submitted for review.")


@pytest.mark.parametrize("status", [Article.Status.REVIEW, Article.Status.PUBLISHED])
def test_only_drafts_are_submitted(journalist, editor, status):
    article = make_article(status=status, created_by=journalist)
    for user in (journalist, editor):
        with pytest.raises(PermissionDenied):
            workflow.submit_for_review(article, user)
    assert stored(article).status == status


def test_a_journalist_cannot_submit_a_colleagues_draft(journalist):
    article = draft()
    with pytest.raises(PermissionDenied):
        workflow.submit_for_review(article, journalist)
    assert stored(article).status == Article.Status.DRAFT


def test_submit_drafts_takes_only_the_users_own_drafts(journalist):
    own = [draft(journalist) for _ in range(2)]
    others = draft()
    live = make_article(created_by=journalist)
    chosen = Article.objects.filter(pk__in=[a.pk for a in [*own, others, live]])
    assert workflow.submit_drafts(journalist, chosen) == 2
    assert set(Article.objects.in_review()) == set(own)


def test_publish_puts_a_story_live_now_and_clears_the_note(editor):
    article = draft(status=Article.Status.REVIEW, review_note="Check the figures.")
    workflow.publish(article, editor)
    article = stored(article)
    assert article.is_published
    assert article.review_note == ""
    assert article.first_published_at == article.publish_at
    assert last_record(article) == (editor, "Published.")


def test_publish_brings_a_scheduled_story_forward(editor):
    article = make_article(publish_at=timezone.now() + timedelta(days=2))
    workflow.publish(article, editor)
    assert stored(article).is_published


def test_schedule_sets_a_future_time(editor):
    later = timezone.now() + timedelta(hours=3)
    article = draft(status=Article.Status.REVIEW)
    workflow.schedule(article, editor, later)
    article = stored(article)
    assert article.is_scheduled and article.publish_at == later
    assert article in Article.objects.scheduled()
    assert last_record(article)[1].startswith("Scheduled for ")


@pytest.mark.parametrize("offset", [None, -timedelta(minutes=1)])
def test_schedule_refuses_a_time_that_is_not_ahead(editor, offset):
    article = draft(status=Article.Status.REVIEW)
    when = None if offset is None else timezone.now() + offset
    with pytest.raises(ValidationError) as refused:
        workflow.schedule(article, editor, when)
    assert "publish_at" in refused.value.message_dict
    assert stored(article).status == Article.Status.REVIEW


def test_send_back_needs_a_note_and_keeps_it(editor, journalist):
    article = draft(journalist, status=Article.Status.REVIEW)
    with pytest.raises(ValidationError):
        workflow.send_back(article, editor, "   ")
    assert stored(article).status == Article.Status.REVIEW
    note = "Name the second source."
    workflow.send_back(article, editor, note)
    article = stored(article)
    assert (article.status, article.review_note) == (Article.Status.DRAFT, note)
    assert last_record(article) == (editor, "Sent back to draft.")


def test_withdraw_takes_a_story_off_the_site_and_the_front_page(editor):
    article = make_article(is_featured=True)
    first = article.first_published_at
    workflow.withdraw(article, editor)
    article = stored(article)
    assert (article.status, article.is_featured) == (Article.Status.DRAFT, False)
    assert article not in Article.objects.published()
    assert article.first_published_at == first
    assert last_record(article) == (editor, "Withdrawn.")


@pytest.mark.parametrize(
    ("transition", "arguments"),
    [
        (workflow.publish, ()),
        (workflow.schedule, (timezone.now() + timedelta(days=1),)),
        (workflow.send_back, ("A note.",)),
        (workflow.withdraw, ()),
    ],
)
def test_only_editors_make_the_editors_transitions(journalist, transition, arguments):
    article = draft(journalist, status=Article.Status.REVIEW)
    with pytest.raises(PermissionDenied):
        transition(article, journalist, *arguments)
    assert stored(article).status == Article.Status.REVIEW
    assert not Version.objects.get_for_object(article).exists()


def test_an_edit_that_keeps_a_live_story_live_is_for_editors_only(journalist, editor):
    article = make_article(created_by=journalist)
    article.headline = "Quietly changed"
    with pytest.raises(PermissionDenied):
        workflow.save_edit(article, journalist, previous_status=Article.Status.PUBLISHED)
    assert stored(article).headline != "Quietly changed"
    workflow.save_edit(article, editor, previous_status=Article.Status.PUBLISHED)
    assert stored(article).headline == "Quietly changed"
    assert stored(article).is_published


def test_an_edit_that_changes_the_status_takes_the_matching_transition(editor, journalist):
    article = draft(journalist, status=Article.Status.REVIEW)
    article.status = Article.Status.DRAFT
    article.review_note = ""
    with pytest.raises(ValidationError):
        workflow.save_edit(article, editor, previous_status=Article.Status.REVIEW)
    article.status, article.review_note = Article.Status.DRAFT, "Shorter, please."
    workflow.save_edit(article, editor, previous_status=Article.Status.REVIEW)
    assert stored(article).review_note == "Shorter, please."

    live = make_article(is_featured=True)
    live.status = Article.Status.DRAFT
    workflow.save_edit(live, editor, previous_status=Article.Status.PUBLISHED)
    assert stored(live).is_featured is False


def test_send_back_and_withdraw_refuse_a_story_in_another_state(editor):
    live, in_draft = make_article(), draft()
    with pytest.raises(ValidationError):
        workflow.send_back(live, editor, "A note.")
    with pytest.raises(ValidationError):
        workflow.withdraw(in_draft, editor)
    assert stored(live).is_published
    assert not Version.objects.get_for_object(in_draft).exists()
