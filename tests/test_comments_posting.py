"""Posting a reply: the whole journey from the form to a visible, moderated comment."""

import itertools
import re

import pytest
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.factories import comment_form_data, make_article, make_comment, make_user

pytestmark = pytest.mark.django_db

_ips = (f"198.51.100.{n}" for n in itertools.cycle(range(1, 255)))


def post(client, article, ip=None, **fields):
    """Post the reply form from its own IP address, so flood control stays out of the way."""
    data = comment_form_data(article, **fields)
    return client.post(
        reverse("comments:post", args=[article.pk]),
        data,
        REMOTE_ADDR=ip or next(_ips),
        HTTP_USER_AGENT="Mozilla/5.0 (test)",
    )


def test_full_flow_post_held_approve_visible(client, mailoutbox):
    article = make_article()
    moderator = make_user("mod", groups=["Moderators"])

    response = post(client, article, body="Great reporting.\nThank you.", name="Ada")

    comment = Comment.objects.get()
    assert response.status_code == 302
    assert response["Location"] == f"{article.get_absolute_url()}#comment-{comment.pk}"
    assert comment.status == Comment.Status.PENDING
    assert comment.ip_address is not None
    assert comment.user_agent == "Mozilla/5.0 (test)"
    assert len(mailoutbox) == 1

    own_page = client.get(article.get_absolute_url()).content.decode()
    assert "Your comment is awaiting moderation." in own_page
    assert "Great reporting." in own_page
    stranger_page = Client().get(article.get_absolute_url()).content.decode()
    assert "Great reporting." not in stranger_page

    admin_client = Client()
    admin_client.force_login(moderator)
    admin_client.post(
        reverse("admin:comments_comment_changelist"),
        {"action": "approve", "_selected_action": [comment.pk]},
    )
    comment.refresh_from_db()
    assert comment.status == Comment.Status.APPROVED
    assert comment.moderated_by == moderator
    assert comment.moderated_at is not None

    public = Client().get(article.get_absolute_url()).content.decode()
    assert "Great reporting.<br>Thank you." in public
    assert "1 Response" in public
    assert "awaiting moderation" not in public


def test_returning_commenter_is_approved_at_once(client, mailoutbox):
    article = make_article()
    make_comment(email="regular@example.org")

    post(client, article, email="Regular@Example.org")

    assert Comment.objects.filter(article=article).get().status == Comment.Status.APPROVED
    assert mailoutbox == []


def test_hold_all_holds_even_returning_commenters(client, settings):
    settings.COMMENTS_HOLD_ALL = True
    article = make_article()
    make_comment(email="regular@example.org")

    post(client, article, email="regular@example.org")

    assert Comment.objects.filter(article=article).get().status == Comment.Status.PENDING


def test_first_timers_can_be_trusted_when_configured(client, settings):
    settings.COMMENTS_HOLD_FIRST_TIMERS = False
    article = make_article()

    post(client, article)

    assert Comment.objects.get().status == Comment.Status.APPROVED


def test_a_comment_by_a_moderator_is_approved(client):
    article = make_article()
    client.force_login(make_user(groups=["Moderators"]))

    post(client, article)

    comment = Comment.objects.get()
    assert comment.status == Comment.Status.APPROVED
    assert comment.user is not None


def test_moderators_are_emailed_a_link_to_the_held_comment(client, mailoutbox, settings):
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.org"]
    article = make_article(headline="Harbour wall repaired")
    make_user("mod1", groups=["Moderators"])
    make_user("journo", groups=["Journalists"])

    post(client, article, body="When will the wall be finished?")

    comment = Comment.objects.get()
    (mail,) = mailoutbox
    assert sorted(mail.to) == ["desk@example.org", "mod1@example.org"]
    assert "Harbour wall repaired" in mail.subject
    assert "When will the wall be finished?" in mail.body
    assert f"http://testserver/admin/comments/comment/{comment.pk}/change/" in mail.body


def test_invalid_form_rerenders_the_story_with_the_text_kept(client):
    article = make_article(headline="Council votes on ferry fares")

    response = post(
        client, article, body="My carefully written reply", name="", website="javascript:alert(1)"
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert "Council votes on ferry fares" in page
    assert "My carefully written reply</textarea>" in page
    assert "Please enter your name." in page
    assert "Please enter a web address starting with http:// or https://." in page
    assert 'aria-describedby="comment-form-name-error"' in page
    assert Comment.objects.count() == 0


def test_missing_comment_text_is_explained(client):
    response = post(client, make_article(), body="   ")

    assert response.status_code == 400
    assert "Please type your comment." in response.content.decode()


def test_overlong_comment_is_refused(client, settings):
    settings.COMMENTS_MAX_LENGTH = 20

    response = post(client, make_article(), body="x" * 21)

    assert response.status_code == 400
    assert "at most 20 characters" in response.content.decode()


def test_posting_needs_a_csrf_token():
    article = make_article()
    strict = Client(enforce_csrf_checks=True)

    refused = strict.post(reverse("comments:post", args=[article.pk]), comment_form_data(article))
    page = strict.get(article.get_absolute_url()).content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    accepted = strict.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, csrfmiddlewaretoken=token),
    )

    assert refused.status_code == 403
    assert accepted.status_code == 302
    assert Comment.objects.count() == 1


@pytest.mark.parametrize(
    "story",
    [
        {"published": False},
        {"status": "published", "publish_at_offset_hours": 5},
        {"status": "review", "published": False},
    ],
)
def test_unpublished_stories_take_no_replies(client, story):
    from datetime import timedelta

    from django.utils import timezone

    offset = story.pop("publish_at_offset_hours", None)
    if offset:
        story["publish_at"] = timezone.now() + timedelta(hours=offset)
    article = make_article(**story)

    response = post(client, article)

    assert response.status_code == 404
    assert Comment.objects.count() == 0


def test_staff_preview_of_a_draft_shows_no_form():
    article = make_article(published=False)
    editor = Client()
    editor.force_login(make_user(groups=["Editors"]))

    page = editor.get(article.get_absolute_url()).content.decode()

    assert "Leave a Reply" not in page
    assert "Readers can reply once the story is published." in page


def test_the_endpoint_only_takes_posts(client):
    article = make_article()

    assert client.get(reverse("comments:post", args=[article.pk])).status_code == 405
    assert post(client, article).status_code == 302
    assert client.post(reverse("comments:post", args=[999999]), {}).status_code == 404


def test_reply_to_a_comment_on_another_story_is_refused(client):
    article = make_article()
    elsewhere = make_comment()

    response = post(client, article, parent=str(elsewhere.pk))

    assert response.status_code == 400
    assert "not available any more" in response.content.decode()


def test_reply_to_a_pending_comment_is_refused(client):
    article = make_article()
    pending = make_comment(article, status=Comment.Status.PENDING)

    response = post(client, article, parent=str(pending.pk))

    assert response.status_code == 400
