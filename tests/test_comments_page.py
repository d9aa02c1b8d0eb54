"""The replies under a story: threading, the form, the consent cookie, queries, hostile input."""

import re
from html.parser import HTMLParser

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from comments.models import Comment
from comments.templatetags.comments import build_thread
from tests.factories import comment_form_data, make_article, make_comment

pytestmark = pytest.mark.django_db


def comment_ids_in_order(page):
    return [int(pk) for pk in re.findall(r'<li id="comment-(\d+)"', page)]


def test_approved_comments_are_threaded_oldest_first(client):
    article = make_article()
    first = make_comment(article, name="First")
    second = make_comment(article, name="Second")
    reply = make_comment(article, parent=first, name="Reply")
    make_comment(article, status=Comment.Status.PENDING, body="Hidden pending")
    make_comment(article, status=Comment.Status.SPAM, body="Hidden spam")
    make_comment(article, status=Comment.Status.REMOVED, body="Hidden removed")

    page = client.get(article.get_absolute_url()).content.decode()

    assert "3 Responses" in page
    assert comment_ids_in_order(page) == [first.pk, reply.pk, second.pk]
    first_item = page[
        page.index(f'id="comment-{first.pk}"') : page.index(f'id="comment-{second.pk}"')
    ]
    assert 'class="comment-list comment-list--replies"' in first_item
    assert "Hidden" not in page


def test_each_comment_shows_its_permalink_date_and_reply_link(client):
    article = make_article()
    comment = make_comment(article, name="Ada", website="https://ada.example")

    page = client.get(article.get_absolute_url()).content.decode()

    url = article.get_absolute_url()
    assert f'href="{url}#comment-{comment.pk}"' in page
    assert f'<time datetime="{timezone.localtime(comment.created_at).isoformat()}">' in page
    assert '<a href="https://ada.example" rel="nofollow ugc noopener">Ada</a>' in page
    assert f'href="{url}?replytocom={comment.pk}#respond"' in page
    assert "ada.example" in page and comment.email not in page


def test_the_form_has_the_wordpress_fields_and_notes(client):
    page = client.get(make_article().get_absolute_url()).content.decode()

    assert "Leave a Reply" in page
    for label in ("Comment", "Name", "Email", "Website"):
        assert f">{label}" in page
    assert "Your email address will not be published." in page
    assert 'Required fields are marked <span class="required">*</span>' in page
    assert "Save my name, email, and website in this browser for the next time I comment." in page
    assert 'name="remember"' in page and "checked" not in page
    assert page.count('<span class="required" aria-hidden="true">*</span>') == 3


@pytest.mark.parametrize("max_depth", [2, 3])
def test_replies_nest_to_the_configured_depth(client, settings, max_depth):
    settings.COMMENTS_MAX_DEPTH = max_depth
    article = make_article()
    chain = [make_comment(article)]
    for _level in range(max_depth - 1):
        chain.append(make_comment(article, parent=chain[-1]))
    deepest = chain[-1]

    page = client.get(article.get_absolute_url()).content.decode()
    response = client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, parent=str(deepest.pk)),
    )

    assert f"?replytocom={chain[-2].pk}#" in page
    assert f"?replytocom={deepest.pk}#" not in page
    assert response.status_code == 302
    flattened = Comment.objects.latest("pk")
    assert flattened.parent_id == deepest.parent_id
    assert flattened.depth == max_depth


def test_a_reply_nests_under_its_parent(client):
    article = make_article()
    parent = make_comment(article)

    client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, parent=str(parent.pk)),
    )

    reply = Comment.objects.latest("pk")
    assert (reply.parent, reply.depth) == (parent, 2)


def test_build_thread_keeps_orphans_and_caps_depth():
    article = make_article()
    removed = make_comment(article, status=Comment.Status.REMOVED)
    orphan = make_comment(article, parent=removed)
    top = make_comment(article)
    level2 = make_comment(article, parent=top)
    level3 = make_comment(article, parent=level2)

    shown = list(Comment.objects.shown_to_reader(article))
    roots = build_thread(shown, max_depth=2)

    assert roots == [orphan, top]
    shown_top = roots[1]
    assert shown_top.thread_replies == [level2, level3]
    assert [reply.thread_level for reply in shown_top.thread_replies] == [2, 2]
    assert roots[0].thread_level == 1


def test_reply_link_without_javascript_prepares_the_form(client):
    article = make_article()
    comment = make_comment(article, name="Grace")

    page = client.get(article.get_absolute_url(), {"replytocom": comment.pk}).content.decode()
    ignored = client.get(article.get_absolute_url(), {"replytocom": "99999"}).content.decode()

    assert "Reply to Grace" in page
    assert f'name="parent" value="{comment.pk}"' in page
    assert re.search(r'id="cancel-comment-reply"[^>]*href="[^"]+#respond">', page)
    assert "Leave a Reply</span>" in ignored
    assert 'name="parent" value="99999"' not in ignored


def test_remember_me_cookie_only_with_consent(client):
    article = make_article()
    data = comment_form_data(
        article, name="Ada", email="ada@example.org", website="https://ada.example"
    )

    without = Client().post(reverse("comments:post", args=[article.pk]), data)
    client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(
            article,
            name="Ada",
            email="ada@example.org",
            website="https://ada.example",
            remember="on",
        ),
        REMOTE_ADDR="192.0.2.9",
    )
    page = client.get(article.get_absolute_url()).content.decode()

    assert without.cookies["comment_author"]["max-age"] == 0
    cookie = client.cookies["comment_author"]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert 'value="Ada"' in page
    assert 'value="ada@example.org"' in page
    assert 'value="https://ada.example"' in page
    assert re.search(r'<input type="checkbox" name="remember"[^>]*checked', page)


def test_withdrawing_consent_forgets_the_reader(client):
    article = make_article()
    client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, name="Ada", remember="on"),
        REMOTE_ADDR="192.0.2.9",
    )
    response = client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(article, name="Ada"),
        REMOTE_ADDR="192.0.2.10",
    )

    assert response.cookies["comment_author"]["max-age"] == 0
    assert 'value="Ada"' not in client.get(article.get_absolute_url()).content.decode()


def test_a_tampered_cookie_is_ignored(client):
    client.cookies["comment_author"] = '{"name": "Mallory"}'

    page = client.get(make_article().get_absolute_url()).content.decode()

    assert "Mallory" not in page


def page_queries(client, url):
    """Count the queries of a page, once the site chrome is in the cache."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def add_thread(article, count):
    """Add ``count`` approved comments, every third one a reply, the way threads grow."""
    previous = None
    for n in range(count):
        parent = previous if n % 3 == 2 and previous and previous.depth < 3 else None
        previous = make_comment(article, parent=parent)


def test_story_page_queries_do_not_grow_with_comments(client, django_assert_num_queries):
    empty, some, many = make_article(), make_article(), make_article()
    add_thread(some, 3)
    add_thread(many, 200)
    baseline = page_queries(client, empty.get_absolute_url())

    with django_assert_num_queries(baseline):
        some_page = client.get(some.get_absolute_url())
    with django_assert_num_queries(baseline):
        many_page = client.get(many.get_absolute_url())

    assert "3 Responses" in some_page.content.decode()
    assert "200 Responses" in many_page.content.decode()


def test_own_pending_comments_cost_no_extra_query_per_comment(client, django_assert_num_queries):
    article = make_article()
    for _n in range(3):
        client.post(
            reverse("comments:post", args=[article.pk]),
            comment_form_data(article),
            REMOTE_ADDR=f"192.0.2.{_n + 1}",
        )
    one_pending = page_queries(client, article.get_absolute_url())
    for _n in range(20):
        make_comment(article)

    with django_assert_num_queries(one_pending):
        page = client.get(article.get_absolute_url()).content.decode()

    assert page.count("Your comment is awaiting moderation.") == 3


class TagCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def assert_inert(page):
    """Fail if the page holds markup a reader could have injected."""
    collector = TagCollector()
    collector.feed(page)
    for tag, attrs in collector.tags:
        assert tag not in {"iframe", "object", "embed", "img", "svg", "style", "form"} or (
            tag == "form" and attrs.get("id") in {"comment-form", None}
        ), (tag, attrs)
        if tag == "script":
            # The page's own files, or the JSON-LD block (whose escaping test_metadata checks).
            own_file = attrs.get("src", "").startswith("/static/")
            assert own_file or attrs.get("type") == "application/ld+json", attrs
        for name, value in attrs.items():
            assert not name.startswith("on"), (tag, name)
            if name in {"href", "src", "action"}:
                assert not (value or "").strip().lower().startswith(("javascript:", "data:"))


HOSTILE = [
    "<script>alert('x')</script>",
    '"><img src=x onerror=alert(1)>',
    "<a href='javascript:alert(1)'>click</a>",
    "<b>bold</b> &amp; <i>italic</i>",
]


def test_hostile_comments_render_inert(client):
    article = make_article()
    for text in HOSTILE:
        make_comment(article, name=text, body=text, website="javascript:alert(1)")
    make_comment(article, body='Look at https://example.org/?q="><script>x</script> now')

    page = client.get(article.get_absolute_url()).content.decode()

    assert_inert(page)
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in page
    assert "&lt;b&gt;bold&lt;/b&gt; &amp;amp;" in page
    assert 'rel="nofollow ugc noopener"' in page


def test_hostile_form_input_is_refused_or_escaped(client):
    article = make_article()

    response = client.post(
        reverse("comments:post", args=[article.pk]),
        comment_form_data(
            article,
            name="<script>alert(1)</script>",
            body="</textarea><script>alert(2)</script>",
            website="javascript:alert(3)",
        ),
    )

    page = response.content.decode()
    assert response.status_code == 400
    assert_inert(page)
    assert "&lt;/textarea&gt;&lt;script&gt;alert(2)&lt;/script&gt;</textarea>" in page


def test_naughty_strings_never_break_the_page(client, blns, settings):
    settings.COMMENTS_FLOOD_SECONDS = 0
    settings.COMMENTS_HOLD_FIRST_TIMERS = False
    article = make_article()
    url = reverse("comments:post", args=[article.pk])

    for n, text in enumerate(blns):
        response = client.post(
            url,
            comment_form_data(
                article, name=text, body=f"{text} #{n}", website=text, email=f"r{n}@example.org"
            ),
        )
        assert response.status_code in {302, 400}, text
        if response.status_code == 400:
            assert 'class="comment-form__errors"' in response.content.decode(), text

    page = client.get(article.get_absolute_url())
    assert page.status_code == 200
    assert Comment.objects.filter(status=Comment.Status.APPROVED).exists()
    assert_inert(page.content.decode())
