"""The moderation queue in the admin, and who may use it."""

import pytest
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from comments.models import Comment
from tests.factories import make_article, make_comment, make_user

pytestmark = pytest.mark.django_db

QUEUE = "admin:comments_comment_changelist"


def logged_in(*groups, **kw):
    client = Client()
    client.force_login(make_user(groups=groups, **kw))
    return client


# (groups, may moderate, may edit articles)
ROLES = [
    (["Moderators"], True, False),
    (["Journalists"], False, True),
    (["Editors"], False, True),
    (["Journalists", "Moderators"], True, True),
]


@pytest.mark.parametrize(("groups", "may_moderate", "may_edit_articles"), ROLES)
def test_role_permission_matrix(groups, may_moderate, may_edit_articles):
    client = logged_in(*groups)
    comment = make_comment()
    article = comment.article

    queue = client.get(reverse(QUEUE))
    change_comment = client.get(reverse("admin:comments_comment_change", args=[comment.pk]))
    articles = client.get(reverse("admin:articles_article_changelist"))
    change_article = client.get(reverse("admin:articles_article_change", args=[article.pk]))

    assert (queue.status_code == 200) is may_moderate
    assert (change_comment.status_code == 200) is may_moderate
    assert (articles.status_code == 200) is may_edit_articles
    if not may_edit_articles:
        # Which stories an allowed role may open is the articles app's business, not ours.
        assert change_article.status_code == 403


def test_moderators_hold_comment_permissions_and_nothing_else():
    group = Group.objects.get(name="Moderators")

    permissions = set(group.permissions.values_list("content_type__app_label", "codename"))

    assert permissions == {
        ("comments", "view_comment"),
        ("comments", "change_comment"),
        ("comments", "delete_comment"),
    }


def test_a_moderator_cannot_post_article_changes():
    client = logged_in("Moderators")
    article = make_article(headline="Original headline")

    client.post(
        reverse("admin:articles_article_change", args=[article.pk]),
        {"headline": "Vandalised", "slug": article.slug},
    )

    article.refresh_from_db()
    assert article.headline == "Original headline"


def test_nobody_adds_comments_in_the_admin():
    client = logged_in(is_superuser=True)

    assert client.get(reverse("admin:comments_comment_add")).status_code == 403


def test_anonymous_readers_are_sent_to_the_login():
    response = Client().get(reverse(QUEUE))

    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_the_queue_opens_on_pending_comments_with_counts():
    client = logged_in("Moderators")
    article = make_article(headline="Tram line extension")
    make_comment(article, status=Comment.Status.PENDING, body="Waiting for a moderator")
    make_comment(article, status=Comment.Status.PENDING, body="Also waiting")
    make_comment(article, status=Comment.Status.APPROVED, body="Already public")
    make_comment(article, status=Comment.Status.SPAM, body="Cheap pills")

    page = client.get(reverse(QUEUE)).content.decode()
    everything = client.get(reverse(QUEUE), {"status__exact": "all"}).content.decode()
    spam = client.get(reverse(QUEUE), {"status__exact": "spam"}).content.decode()

    assert "Waiting for a moderator" in page and "Also waiting" in page
    assert "Already public" not in page and "Cheap pills" not in page
    assert "Tram line extension" in page
    assert "Pending (2)" in page and "Approved (1)" in page and "Spam (1)" in page
    assert "Removed (0)" in page and "All (4)" in page
    assert "Already public" in everything and "Cheap pills" in everything
    assert "Cheap pills" in spam and "Waiting for a moderator" not in spam


def test_the_queue_shows_ip_and_previously_approved_count():
    client = logged_in("Moderators")
    for _n in range(2):
        make_comment(email="regular@example.org")
    make_comment(email="regular@example.org", status=Comment.Status.SPAM)
    make_comment(
        email="regular@example.org",
        status=Comment.Status.PENDING,
        body="Third time lucky",
        ip_address="192.0.2.77",
    )

    response = client.get(reverse(QUEUE))

    (row,) = response.context["cl"].result_list
    assert row.body == "Third time lucky"
    assert row.approved_before_count == 2
    page = response.content.decode()
    assert "192.0.2.77" in page
    assert "regular@example.org" in page


def test_the_queue_is_searchable():
    client = logged_in("Moderators")
    make_comment(status=Comment.Status.PENDING, body="About the harbour")
    make_comment(status=Comment.Status.PENDING, body="About the bus", ip_address="192.0.2.5")

    by_text = client.get(reverse(QUEUE), {"q": "harbour"}).context["cl"].result_list
    by_ip = client.get(reverse(QUEUE), {"q": "192.0.2.5"}).context["cl"].result_list

    assert [c.body for c in by_text] == ["About the harbour"]
    assert [c.body for c in by_ip] == ["About the bus"]


@pytest.mark.parametrize(
    ("action", "status"),
    [
        ("approve", Comment.Status.APPROVED),
        ("mark_spam", Comment.Status.SPAM),
        ("remove", Comment.Status.REMOVED),
        ("back_to_pending", Comment.Status.PENDING),
    ],
)
def test_bulk_actions_set_status_and_record_the_moderator(action, status):
    moderator = make_user(groups=["Moderators"])
    client = Client()
    client.force_login(moderator)
    start = Comment.Status.APPROVED if status == Comment.Status.PENDING else Comment.Status.PENDING
    chosen = [make_comment(status=start), make_comment(status=start)]
    untouched = make_comment(status=start)

    response = client.post(
        reverse(QUEUE) + "?status__exact=all",
        {"action": action, "_selected_action": [c.pk for c in chosen]},
    )

    assert response.status_code == 302
    for comment in chosen:
        comment.refresh_from_db()
        assert comment.status == status
        assert comment.moderated_by == moderator
    untouched.refresh_from_db()
    assert untouched.status == start
    assert untouched.moderated_by is None


def test_changing_status_in_the_form_records_the_moderator():
    moderator = make_user(groups=["Moderators"])
    client = Client()
    client.force_login(moderator)
    comment = make_comment(status=Comment.Status.PENDING)

    response = client.post(
        reverse("admin:comments_comment_change", args=[comment.pk]),
        {
            "status": Comment.Status.APPROVED,
            "name": comment.name,
            "email": comment.email,
            "website": "",
            "body": comment.body,
        },
    )

    assert response.status_code == 302
    comment.refresh_from_db()
    assert (comment.status, comment.moderated_by) == (Comment.Status.APPROVED, moderator)


def test_the_dashboard_figure_matches_the_queue():
    make_comment(status=Comment.Status.PENDING)
    make_comment(status=Comment.Status.APPROVED)

    queue = logged_in("Moderators").get(reverse(QUEUE))

    pending = Comment.objects.filter(status=Comment.Status.PENDING).count()
    assert queue.context["cl"].result_count == pending == 1
