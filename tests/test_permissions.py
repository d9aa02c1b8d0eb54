"""The role matrix: who may do what with a story, through the admin, forged POSTs included."""

from datetime import timedelta

import pytest
from django.contrib.auth.models import AnonymousUser, Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from django.utils import timezone

from articles import workflow
from articles.models import Article
from articles.roles import EDITORS, JOURNALISTS
from tests.factories import admin_form_data, make_article, make_author, make_section, make_user

MODERATORS = "Moderators"
ROLES = ["journalist", "editor", "moderator", "anonymous"]


@pytest.fixture
def moderators_group():
    """Give Moderators the comment permission the comments app grants them (created if absent)."""
    group, _created = Group.objects.get_or_create(name=MODERATORS)
    content_type, _created = ContentType.objects.get_or_create(
        app_label="comments", model="comment"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="change_comment",
        defaults={"name": "Can change comment"},
    )
    group.permissions.add(permission)
    return group


@pytest.fixture
def newsroom(moderators_group):
    """Return users of every role, a logged-in client per role, and a form-reading superuser."""
    users = {
        "journalist": make_user("jo", groups=[JOURNALISTS]),
        "editor": make_user("ed", groups=[EDITORS]),
        "moderator": make_user("mo", groups=[MODERATORS]),
        "anonymous": None,
        "colleague": make_user("colleague", groups=[JOURNALISTS]),
        "admin": make_user("root", is_superuser=True),
    }
    return {"users": users, "section": make_section()}


def client_for(user):
    from django.test import Client

    client = Client()
    if user is not None:
        client.force_login(user)
    return client


def story(owner, **fields):
    fields.setdefault("published", False)
    if not fields["published"]:
        fields.setdefault("status", Article.Status.DRAFT)
    return make_article(created_by=owner, **fields)


def form_for(newsroom, article=None, **changes):
    """Read the full admin form as a superuser sees it, so any role can post it back."""
    admin = client_for(newsroom["users"]["admin"])
    if article is None:
        response = admin.get(reverse("admin:articles_article_add"))
    else:
        response = admin.get(reverse("admin:articles_article_change", args=[article.pk]))
    assert response.status_code == 200
    return admin_form_data(response, **changes)


def post_change(user, article, data):
    url = reverse("admin:articles_article_change", args=[article.pk])
    return client_for(user).post(url, data)


def post_action(user, action, articles):
    return client_for(user).post(
        reverse("admin:articles_article_changelist"),
        {"action": action, "_selected_action": [article.pk for article in articles]},
    )


def refreshed(article):
    return Article.objects.get(pk=article.pk)


# Each operation returns whether it took effect, read back from the database.


def op_create(newsroom, user):
    author = make_author()
    data = form_for(
        newsroom,
        headline="A story filed in the admin",
        slug="filed-in-the-admin",
        section=str(newsroom["section"].pk),
        status=Article.Status.DRAFT,
        **{"bylines-0-author": str(author.pk), "bylines-0-position": "0"},
    )
    client_for(user).post(reverse("admin:articles_article_add"), data)
    return Article.objects.filter(slug="filed-in-the-admin").exists()


def op_edit_own_draft(newsroom, user):
    article = story(user)
    post_change(user, article, form_for(newsroom, article, headline="Rewritten headline"))
    return refreshed(article).headline == "Rewritten headline"


def op_edit_others_draft(newsroom, user):
    article = story(newsroom["users"]["colleague"])
    post_change(user, article, form_for(newsroom, article, headline="Rewritten headline"))
    return refreshed(article).headline == "Rewritten headline"


def op_edit_published(newsroom, user):
    article = story(user, published=True)
    post_change(user, article, form_for(newsroom, article, headline="Rewritten headline"))
    return refreshed(article).headline == "Rewritten headline"


def op_submit(newsroom, user):
    article = story(user)
    post_change(user, article, form_for(newsroom, article, status=Article.Status.REVIEW))
    by_form = refreshed(article).status == Article.Status.REVIEW
    other = story(user)
    post_action(user, "submit_for_review", [other])
    by_action = refreshed(other).status == Article.Status.REVIEW
    assert by_form == by_action
    return by_form


def op_publish(newsroom, user):
    # Forged for roles that are never offered the choice.
    article = story(user, status=Article.Status.REVIEW)
    post_change(user, article, form_for(newsroom, article, status=Article.Status.PUBLISHED))
    by_form = refreshed(article).is_published
    other = story(user, status=Article.Status.REVIEW)
    post_action(user, "publish", [other])
    by_action = refreshed(other).is_published
    assert by_form == by_action
    return by_form


def op_schedule(newsroom, user):
    article = story(user, status=Article.Status.REVIEW)
    later = timezone.localtime() + timedelta(days=2)
    data = form_for(
        newsroom,
        article,
        status=Article.Status.PUBLISHED,
        publish_at_0=later.date().isoformat(),
        publish_at_1=later.strftime("%H:%M:%S"),
    )
    post_change(user, article, data)
    return refreshed(article).is_scheduled


def op_unpublish(newsroom, user):
    article = story(newsroom["users"]["colleague"], published=True)
    post_action(user, "unpublish", [article])
    return refreshed(article).status == Article.Status.DRAFT


def op_feature(newsroom, user):
    article = story(user)
    post_change(user, article, form_for(newsroom, article, is_featured="on"))
    by_form = refreshed(article).is_featured
    other = story(user)
    post_action(user, "feature", [other])
    by_action = refreshed(other).is_featured
    assert by_form == by_action
    return by_form


def op_moderate(newsroom, user):
    return (user or AnonymousUser()).has_perm("comments.change_comment")


OPERATIONS = {
    "create": op_create,
    "edit own draft": op_edit_own_draft,
    "edit other's draft": op_edit_others_draft,
    "edit published": op_edit_published,
    "submit": op_submit,
    "publish": op_publish,
    "schedule": op_schedule,
    "unpublish": op_unpublish,
    "feature": op_feature,
    "moderate": op_moderate,
}

ALLOWED = {
    "journalist": {"create", "edit own draft", "submit"},
    "editor": set(OPERATIONS) - {"moderate"},
    "moderator": {"moderate"},
    "anonymous": set(),
}


@pytest.mark.django_db
@pytest.mark.parametrize("operation", list(OPERATIONS))
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(newsroom, role, operation):
    took_effect = OPERATIONS[operation](newsroom, newsroom["users"][role])
    assert took_effect == (operation in ALLOWED[role])


@pytest.mark.django_db
def test_forged_publish_by_journalist_is_refused_with_a_message(newsroom):
    journalist = newsroom["users"]["journalist"]
    article = story(journalist)
    data = form_for(newsroom, article, status=Article.Status.PUBLISHED)
    response = post_change(journalist, article, data)
    assert response.status_code == 200
    assert "status" in response.context["adminform"].form.errors
    assert refreshed(article).status == Article.Status.DRAFT


@pytest.mark.django_db
def test_forged_new_story_cannot_be_published_by_journalist(newsroom):
    journalist = newsroom["users"]["journalist"]
    author = make_author()
    data = form_for(
        newsroom,
        headline="Straight to the front page",
        slug="straight-to-front",
        section=str(newsroom["section"].pk),
        status=Article.Status.PUBLISHED,
        is_featured="on",
        **{"bylines-0-author": str(author.pk), "bylines-0-position": "0"},
    )
    client_for(journalist).post(reverse("admin:articles_article_add"), data)
    assert not Article.objects.filter(slug="straight-to-front").exists()
    data["status"] = Article.Status.REVIEW
    client_for(journalist).post(reverse("admin:articles_article_add"), data)
    created = Article.objects.get(slug="straight-to-front")
    assert (created.status, created.is_featured, created.created_by) == (
        Article.Status.REVIEW,
        False,
        journalist,
    )


@pytest.mark.django_db
def test_journalist_forged_publish_at_and_note_are_ignored(newsroom):
    journalist = newsroom["users"]["journalist"]
    article = story(journalist, review_note="Check the quotes.")
    data = form_for(
        newsroom,
        article,
        publish_at_0="2001-01-01",
        publish_at_1="10:00:00",
        review_note="All fine, says me.",
        headline="New headline",
    )
    post_change(journalist, article, data)
    article = refreshed(article)
    assert (article.headline, article.publish_at, article.review_note) == (
        "New headline",
        None,
        "Check the quotes.",
    )


@pytest.mark.django_db
def test_journalist_is_offered_only_draft_and_review(newsroom):
    journalist = newsroom["users"]["journalist"]
    article = story(journalist)
    response = client_for(journalist).get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    form = response.context["adminform"].form
    assert [value for value, _label in form.fields["status"].choices] == ["draft", "review"]
    assert {"is_featured", "publish_at", "review_note"}.isdisjoint(form.fields)
    changelist = client_for(journalist).get(reverse("admin:articles_article_changelist"))
    actions = [
        value for value, _label in changelist.context["action_form"].fields["action"].choices
    ]
    assert "submit_for_review" in actions
    assert {"publish", "unpublish", "feature", "unfeature"}.isdisjoint(actions)


@pytest.mark.django_db
def test_editor_is_offered_every_status_and_action(newsroom):
    editor = newsroom["users"]["editor"]
    article = story(newsroom["users"]["colleague"])
    response = client_for(editor).get(reverse("admin:articles_article_change", args=[article.pk]))
    form = response.context["adminform"].form
    assert [value for value, _label in form.fields["status"].choices] == [
        "draft",
        "review",
        "published",
    ]
    assert {"is_featured", "publish_at", "review_note"} <= set(form.fields)
    changelist = client_for(editor).get(reverse("admin:articles_article_changelist"))
    actions = [
        value for value, _label in changelist.context["action_form"].fields["action"].choices
    ]
    assert {"publish", "unpublish", "feature", "unfeature"} <= set(actions)


@pytest.mark.django_db
def test_journalist_sees_other_stories_read_only(newsroom):
    journalist = newsroom["users"]["journalist"]
    article = story(newsroom["users"]["colleague"])
    response = client_for(journalist).get(
        reverse("admin:articles_article_change", args=[article.pk])
    )
    assert response.status_code == 200
    assert response.context["has_change_permission"] is False
    assert "only its journalist or an editor can change it" in response.content.decode()


@pytest.mark.django_db
def test_moderator_cannot_open_the_articles_admin(newsroom):
    moderator = newsroom["users"]["moderator"]
    article = story(newsroom["users"]["colleague"])
    client = client_for(moderator)
    for url in [
        reverse("admin:articles_article_changelist"),
        reverse("admin:articles_article_add"),
        reverse("admin:articles_article_change", args=[article.pk]),
        reverse("admin:articles_article_history", args=[article.pk]),
    ]:
        assert client.get(url).status_code == 403, url


@pytest.mark.django_db
def test_role_groups_hold_no_comment_permissions(newsroom):
    for name in (JOURNALISTS, EDITORS):
        group = Group.objects.get(name=name)
        assert not group.permissions.filter(content_type__app_label="comments").exists()


# --- Ownership: created the story, or bylined through a linked Author ------------------


@pytest.mark.django_db
def test_ownership_by_creation_or_linked_byline():
    journalist = make_user(groups=[JOURNALISTS])
    created = make_article(published=False, status=Article.Status.DRAFT, created_by=journalist)
    bylined = make_article(
        published=False, status=Article.Status.DRAFT, authors=[make_author(user=journalist)]
    )
    someone_elses = make_article(published=False, status=Article.Status.DRAFT)
    assert workflow.is_owner(journalist, created)
    assert workflow.is_owner(journalist, bylined)
    assert not workflow.is_owner(journalist, someone_elses)
    assert set(Article.objects.filter(workflow.owned_by(journalist))) == {created, bylined}
    assert workflow.can_edit(journalist, bylined)
    assert not workflow.can_edit(journalist, someone_elses)


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("status", "publish_in", "editable"),
    [
        (Article.Status.DRAFT, None, True),
        (Article.Status.REVIEW, None, True),
        (Article.Status.PUBLISHED, timedelta(days=1), False),
        (Article.Status.PUBLISHED, -timedelta(days=1), False),
    ],
)
def test_journalist_may_edit_own_story_only_before_publication(status, publish_in, editable):
    journalist = make_user(groups=[JOURNALISTS])
    publish_at = timezone.now() + publish_in if publish_in else None
    article = make_article(
        published=False, status=status, publish_at=publish_at, created_by=journalist
    )
    assert workflow.can_edit(journalist, article) is editable
    assert bool(workflow.allowed_statuses(journalist, article)) is editable
