"""Each moderation rule, with its setting: held, spam, flood, duplicates and closed stories."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from tests.factories import comment_form_data, make_article, make_comment

pytestmark = pytest.mark.django_db


@pytest.fixture
def article():
    return make_article()


@pytest.fixture
def regular():
    """A reader with an approved comment, so only the rule under test can hold them."""
    return make_comment(email="regular@example.org").email


def post(client, article, ip="203.0.113.10", **fields):
    return client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, **fields),
        REMOTE_ADDR=ip,
    )


def status_of_new_comment(article):
    return Comment.objects.filter(article=article).get().status


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("See https://a.example and http://b.example", Comment.Status.APPROVED),
        ("https://a.example, https://b.example and www.c.example", Comment.Status.PENDING),
    ],
)
def test_more_than_two_links_are_held(client, article, regular, body, expected):
    post(client, article, email=regular, body=body)

    assert status_of_new_comment(article) == expected


def test_the_link_limit_is_a_setting(client, article, regular, settings):
    settings.COMMENTS_MAX_LINKS = 0

    post(client, article, email=regular, body="Source: https://a.example")

    assert status_of_new_comment(article) == Comment.Status.PENDING


def test_moderation_words_hold_the_comment(client, article, regular, settings, mailoutbox):
    settings.COMMENTS_MODERATION_WORDS = ["lottery"]
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.org"]

    post(client, article, email=regular, body="I won the LOTTERY last week")

    assert status_of_new_comment(article) == Comment.Status.PENDING
    assert "moderation word" in mailoutbox[0].body


@pytest.mark.parametrize("field", ["body", "name", "website"])
def test_blocklisted_words_mark_spam_silently(client, article, regular, settings, field):
    settings.COMMENTS_BLOCKLIST_WORDS = ["casino"]
    value = {
        "body": "best casino bonus",
        "name": "Casino King",
        "website": "https://casino.example",
    }

    response = post(client, article, email=regular, **{field: value[field]})

    assert response.status_code == 302
    assert response["Location"].endswith("#comments")
    assert status_of_new_comment(article) == Comment.Status.SPAM


@pytest.mark.parametrize(
    ("blocklist", "ip", "expected"),
    [
        (["203.0.113.10"], "203.0.113.10", Comment.Status.SPAM),
        (["203.0.113.0/24"], "203.0.113.99", Comment.Status.SPAM),
        (["203.0.113.0/24"], "198.51.100.7", Comment.Status.APPROVED),
        (["2001:db8::/32", "not an address"], "2001:db8::1", Comment.Status.SPAM),
    ],
)
def test_blocklisted_addresses_mark_spam(
    client, article, regular, settings, blocklist, ip, expected
):
    settings.COMMENTS_BLOCKLIST_IPS = blocklist

    post(client, article, email=regular, ip=ip)

    assert status_of_new_comment(article) == expected


@pytest.mark.parametrize(
    ("blocklist", "email", "expected"),
    [
        (["troll@example.net"], "Troll@example.net", Comment.Status.SPAM),
        (["@spam.example"], "anyone@spam.example", Comment.Status.SPAM),
        (["@spam.example"], "regular@example.org", Comment.Status.APPROVED),
    ],
)
def test_blocklisted_emails_mark_spam(
    client, article, regular, settings, blocklist, email, expected
):
    settings.COMMENTS_BLOCKLIST_EMAILS = blocklist

    post(client, article, email=email)

    assert status_of_new_comment(article) == expected


def test_spam_is_neither_shown_nor_reported(client, article, regular, settings, mailoutbox):
    settings.COMMENTS_BLOCKLIST_WORDS = ["casino"]
    settings.COMMENTS_MODERATOR_EMAILS = ["desk@example.org"]

    post(client, article, email=regular, body="casino casino")
    page = client.get(article.get_absolute_url()).content.decode()

    assert "casino casino" not in page
    assert "awaiting moderation" not in page
    assert mailoutbox == []


def test_filled_honeypot_is_spam_silently(client, article, regular):
    response = post(client, article, email=regular, homepage="http://bot.example")

    assert response.status_code == 302
    assert status_of_new_comment(article) == Comment.Status.SPAM


@pytest.mark.parametrize(
    ("seconds_ago", "expected"),
    [
        (1, Comment.Status.SPAM),  # faster than a person types
        (10, Comment.Status.APPROVED),
        (3 * 24 * 60 * 60, Comment.Status.SPAM),  # older than the two-day timeout
    ],
)
def test_form_age_is_checked(client, article, regular, seconds_ago, expected):
    post(client, article, email=regular, seconds_ago=seconds_ago)

    assert status_of_new_comment(article) == expected


def test_form_age_limits_are_settings(client, article, regular, settings):
    settings.COMMENTS_MIN_SECONDS = 0
    settings.COMMENTS_FORM_TIMEOUT = 60

    post(client, article, email=regular, seconds_ago=0)
    post(client, article, email=regular, seconds_ago=120, body="second", ip="203.0.113.11")

    statuses = dict(Comment.objects.filter(article=article).values_list("body", "status"))
    assert statuses.pop("second") == Comment.Status.SPAM
    assert list(statuses.values()) == [Comment.Status.APPROVED]


@pytest.mark.parametrize("rendered", ["", "forged", "not-a:signature:at-all"])
def test_missing_or_forged_timestamp_is_spam(client, article, regular, rendered):
    post(client, article, email=regular, rendered=rendered)

    assert status_of_new_comment(article) == Comment.Status.SPAM


def test_timestamp_from_another_story_is_spam(client, article, regular):
    other = make_article()
    data = comment_form_data(other, email=regular)

    client.post(reverse("comments:post", args=[article.pk]), data)

    assert status_of_new_comment(article) == Comment.Status.SPAM


def test_flood_control_refuses_a_second_comment_from_the_same_address(client, article):
    first = post(client, article, ip="192.0.2.44")
    second = post(client, article, ip="192.0.2.44", body="A second thought I do not want to lose")
    other_reader = post(client, article, ip="192.0.2.45")

    page = second.content.decode()
    assert first.status_code == 302
    assert second.status_code == 429
    assert "You are posting comments too quickly. Slow down." in page
    assert "A second thought I do not want to lose</textarea>" in page
    assert other_reader.status_code == 302
    assert Comment.objects.count() == 2


def test_flood_window_is_a_setting(client, article, settings):
    settings.COMMENTS_FLOOD_SECONDS = 0

    post(client, article, ip="192.0.2.44")
    post(client, article, ip="192.0.2.44")

    assert Comment.objects.count() == 2


def test_flood_control_reads_the_proxy_header_only_when_told(client, article, settings):
    settings.COMMENTS_CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"

    for reader in ("192.0.2.1", "192.0.2.2"):
        response = client.post(
            reverse("comments:post", args=[article.pk]),
            comment_form_data(article),
            REMOTE_ADDR="10.0.0.1",  # the proxy
            HTTP_X_FORWARDED_FOR=f"forged, {reader}",
        )
        assert response.status_code == 302

    assert sorted(Comment.objects.values_list("ip_address", flat=True)) == [
        "192.0.2.1",
        "192.0.2.2",
    ]


def test_duplicate_comment_is_refused(client, article):
    make_comment(article, email="ada@example.org", body="Same words.")

    response = post(client, article, email="ADA@example.org", body="Same words.")

    assert response.status_code == 400
    assert "already said that" in response.content.decode()
    assert Comment.objects.count() == 1


def test_same_words_on_another_story_are_not_a_duplicate(client, article):
    make_comment(email="ada@example.org", body="Same words.")

    assert post(client, article, email="ada@example.org", body="Same words.").status_code == 302


def test_closed_story_shows_no_form_and_refuses_posts(client):
    article = make_article(comments_open=False)
    make_comment(article, body="An earlier reply")

    page = client.get(article.get_absolute_url()).content.decode()
    response = post(client, article, body="Too late")

    assert "Comments are closed." in page
    assert "An earlier reply" in page
    assert "Leave a Reply" not in page
    assert 'class="comment-reply-link"' not in page
    assert response.status_code == 403
    assert "Comments are closed." in response.content.decode()
    assert not Comment.objects.filter(body="Too late").exists()


@pytest.mark.parametrize(
    ("days_old", "close_after", "is_open"),
    [(20, 14, False), (10, 14, True), (400, 0, True)],
)
def test_comments_close_after_a_number_of_days(client, settings, days_old, close_after, is_open):
    settings.COMMENTS_CLOSE_AFTER_DAYS = close_after
    article = make_article(publish_at=timezone.now() - timedelta(days=days_old))

    page = client.get(article.get_absolute_url()).content.decode()
    response = post(client, article)

    assert ("Leave a Reply" in page) is is_open
    assert ("Comments are closed." in page) is not is_open
    assert response.status_code == (302 if is_open else 403)
