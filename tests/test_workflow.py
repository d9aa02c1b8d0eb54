"""Draft → review → published through the admin: scheduling, sending back, updates, conflicts."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from newsroom import admin_dashboard
from tests.factories import (
    admin_form_data,
    article_change_url,
    logged_in,
    make_article,
    make_author,
    make_user,
)


def open_form(client, article, **changes):
    response = client.get(article_change_url(article))
    assert response.status_code == 200
    return admin_form_data(response, **changes)


def travel_to(monkeypatch, moment):
    """Make every ``timezone.now()`` return ``moment``: time passes, no job runs."""
    monkeypatch.setattr(timezone, "now", lambda: moment)


# --- Scheduling --------------------------------------------------------------------


@pytest.mark.django_db
def test_scheduled_story_appears_by_itself_when_its_time_comes(editor, client, monkeypatch):
    article = make_article(published=False, status=Article.Status.REVIEW)
    start = timezone.now()
    go_live = timezone.localtime(start + timedelta(hours=2)).replace(microsecond=0)
    data = open_form(
        logged_in(editor),
        article,
        status=Article.Status.PUBLISHED,
        publish_at_0=go_live.date().isoformat(),
        publish_at_1=go_live.strftime("%H:%M:%S"),
    )
    response = logged_in(editor).post(article_change_url(article), data)
    assert response.status_code == 302
    article.refresh_from_db()
    assert article.is_scheduled
    assert article.publish_at == go_live

    assert client.get(article.get_absolute_url()).status_code == 404
    assert article.headline not in client.get(reverse("articles:home")).content.decode()
    assert article not in Article.objects.published()

    travel_to(monkeypatch, go_live + timedelta(minutes=1))
    assert client.get(article.get_absolute_url()).status_code == 200
    assert article.headline in client.get(reverse("articles:home")).content.decode()
    assert article in Article.objects.published()


@pytest.mark.django_db
def test_admin_list_shows_scheduled_stories(editor):
    scheduled = make_article(publish_at=timezone.now() + timedelta(days=1))
    live = make_article()
    response = logged_in(editor).get(
        reverse("admin:articles_article_changelist"), {"state": "scheduled"}
    )
    shown = list(response.context["cl"].result_list)
    assert shown == [scheduled]
    assert live not in shown
    assert "Scheduled" in response.content.decode()


@pytest.mark.django_db
def test_publish_now_brings_a_scheduled_story_forward(editor):
    article = make_article(publish_at=timezone.now() + timedelta(days=3))
    logged_in(editor).post(
        reverse("admin:articles_article_changelist"),
        {"action": "publish", "_selected_action": [article.pk]},
    )
    article.refresh_from_db()
    assert article.is_published


# --- Review and sending back -------------------------------------------------------


@pytest.mark.django_db
def test_editor_sends_a_story_back_with_a_note_the_journalist_sees(editor, journalist):
    article = make_article(published=False, status=Article.Status.REVIEW, created_by=journalist)

    data = open_form(logged_in(editor), article, status=Article.Status.DRAFT, review_note="")
    response = logged_in(editor).post(article_change_url(article), data)
    assert response.status_code == 200
    assert "review_note" in response.context["adminform"].form.errors
    assert Article.objects.get(pk=article.pk).status == Article.Status.REVIEW

    note = "The second quote needs a source <b>named</b>."
    data = open_form(logged_in(editor), article, status=Article.Status.DRAFT, review_note=note)
    assert logged_in(editor).post(article_change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert (article.status, article.review_note) == (Article.Status.DRAFT, note)

    page = logged_in(journalist).get(article_change_url(article)).content.decode()
    assert "Note from the editor" in page
    assert "The second quote needs a source &lt;b&gt;named&lt;/b&gt;." in page


@pytest.mark.django_db
def test_journalist_submits_own_draft_for_review(journalist):
    article = make_article(
        published=False, status=Article.Status.DRAFT, authors=[make_author(user=journalist)]
    )
    data = open_form(logged_in(journalist), article, status=Article.Status.REVIEW)
    assert logged_in(journalist).post(article_change_url(article), data).status_code == 302
    article.refresh_from_db()
    assert article.status == Article.Status.REVIEW
    # Once in review, still the journalist's to polish, but no further.
    form = logged_in(journalist).get(article_change_url(article)).context["adminform"].form
    assert [value for value, _label in form.fields["status"].choices] == ["draft", "review"]


@pytest.mark.django_db
def test_bulk_submit_sends_only_the_journalists_own_drafts(journalist):
    byline = make_author(user=journalist)
    own = [make_article(published=False, authors=[byline]) for _ in range(3)]
    someone_elses = make_article(published=False)
    response = logged_in(journalist).post(
        reverse("admin:articles_article_changelist"),
        {"action": "submit_for_review", "_selected_action": [a.pk for a in [*own, someone_elses]]},
        follow=True,
    )
    assert response.status_code == 200
    assert {a.status for a in Article.objects.filter(pk__in=[a.pk for a in own])} == {"review"}
    someone_elses.refresh_from_db()
    assert someone_elses.status == Article.Status.DRAFT
    assert "1 story was skipped" in response.content.decode()


# --- Withdrawing, updating, first publication --------------------------------------


@pytest.mark.django_db
def test_withdraw_and_republish_keep_first_published_at(editor, client):
    article = make_article(is_featured=True)
    first = article.first_published_at
    changelist = reverse("admin:articles_article_changelist")
    logged_in(editor).post(changelist, {"action": "unpublish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert (article.status, article.is_featured) == (Article.Status.DRAFT, False)
    assert client.get(article.get_absolute_url()).status_code == 404

    logged_in(editor).post(changelist, {"action": "publish", "_selected_action": [article.pk]})
    article.refresh_from_db()
    assert article.is_published
    assert article.first_published_at == first


@pytest.mark.django_db
def test_editing_a_live_story_shows_updated_time(editor, client, monkeypatch):
    article = make_article(publish_at=timezone.now())
    first = article.first_published_at
    assert "Updated" not in client.get(article.get_absolute_url()).content.decode()

    travel_to(monkeypatch, timezone.now() + timedelta(hours=1))
    data = open_form(logged_in(editor), article, dek="A corrected standfirst.")
    assert logged_in(editor).post(article_change_url(article), data).status_code == 302
    article.refresh_from_db()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" in page
    assert 'class="story__updated"' in page
    assert article.first_published_at == first


# --- Edit conflicts ----------------------------------------------------------------


@pytest.mark.django_db
def test_a_later_save_by_someone_else_is_not_overwritten(editor, journalist):
    article = make_article(published=False, status=Article.Status.DRAFT, created_by=journalist)
    mine = open_form(logged_in(journalist), article, body="<p>My careful rewrite.</p>")

    theirs = open_form(logged_in(editor), article, headline="The editor's headline")
    assert logged_in(editor).post(article_change_url(article), theirs).status_code == 302

    response = logged_in(journalist).post(article_change_url(article), mine)
    assert response.status_code == 200
    page = response.content.decode()
    assert "Someone else (editor) saved this story" in page
    assert "My careful rewrite." in page
    article.refresh_from_db()
    assert article.headline == "The editor's headline"
    assert "My careful rewrite." not in article.body

    # Saving again from the re-shown form is a deliberate choice, and it goes through.
    again = admin_form_data(response)
    assert logged_in(journalist).post(article_change_url(article), again).status_code == 302
    article.refresh_from_db()
    assert "My careful rewrite." in article.body


@pytest.mark.django_db
def test_a_form_without_the_loaded_stamp_is_treated_as_stale(editor):
    article = make_article(published=False, status=Article.Status.DRAFT)
    data = open_form(logged_in(editor), article, headline="Blind overwrite")
    del data["loaded_updated_at"]
    response = logged_in(editor).post(article_change_url(article), data)
    assert response.status_code == 200
    assert Article.objects.get(pk=article.pk).headline != "Blind overwrite"


# --- Admin home panels -------------------------------------------------------------


def panels_by_key(response):
    return {panel["key"]: panel for panel in response.context["newsroom_panels"]}


@pytest.mark.django_db
def test_admin_home_counts_review_scheduled_and_own_drafts(journalist, editor):
    in_review = make_article(published=False, status=Article.Status.REVIEW)
    scheduled = make_article(publish_at=timezone.now() + timedelta(hours=5))
    make_article()  # live: in no panel
    own_draft = make_article(published=False, status=Article.Status.DRAFT, created_by=journalist)
    make_article(published=False, status=Article.Status.DRAFT, created_by=editor)

    response = logged_in(journalist).get(reverse("admin:index"))
    panels = panels_by_key(response)
    assert list(panels) == ["review", "scheduled", "drafts"]
    assert (panels["review"]["count"], panels["review"]["items"]) == (1, [in_review])
    assert (panels["scheduled"]["count"], panels["scheduled"]["items"]) == (1, [scheduled])
    assert (panels["drafts"]["count"], panels["drafts"]["items"]) == (1, [own_draft])
    page = response.content.decode()
    for title in ("Awaiting review", "Scheduled", "My drafts"):
        assert title in page

    # Each panel's link opens the list it counts.
    listed = logged_in(journalist).get(panels["drafts"]["url"])
    assert list(listed.context["cl"].result_list) == [own_draft]
    listed = logged_in(journalist).get(panels["review"]["url"])
    assert list(listed.context["cl"].result_list) == [in_review]


@pytest.mark.django_db
def test_comments_panel_is_absent_until_the_comment_model_exists(editor):
    panels = panels_by_key(logged_in(editor).get(reverse("admin:index")))
    has_model = admin_dashboard.comment_model() is not None
    assert ("comments" in panels) is (has_model and editor.has_perm("comments.view_comment"))


@pytest.mark.django_db
def test_comments_panel_counts_pending_replies_for_those_who_may_see_them(monkeypatch):
    class FakeComment:
        class Status:
            PENDING = "pending"

        class _meta:  # noqa: N801 - mimics a model's options
            app_label = "comments"
            model_name = "comment"

        class objects:  # noqa: N801 - mimics a manager
            @staticmethod
            def filter(status):
                return Article.objects.none() if status != "pending" else pending

    # Three stand-in rows: any queryset with a count will do for the panel.
    pending = Article.objects.filter(pk__in=[make_article().pk for _ in range(3)])
    monkeypatch.setattr(admin_dashboard, "comment_model", lambda: FakeComment)
    monkeypatch.setattr(admin_dashboard, "reverse", lambda name: "/admin/comments/comment/")
    moderator = make_user(is_staff=True)
    assert admin_dashboard.comments_panel(moderator) is None

    superuser = make_user(is_superuser=True)
    panel = admin_dashboard.comments_panel(superuser)
    assert panel["title"] == "Comments awaiting moderation"
    assert panel["url"] == "/admin/comments/comment/?status__exact=pending"
    assert panel["count"] == 3
