"""Helpers that build valid objects with defaults; override what a test cares about."""

import itertools
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from articles.models import Article, Author, Byline, Section, Tag

_counter = itertools.count(1)


def _next():
    return next(_counter)


def make_section(**fields):
    n = _next()
    fields.setdefault("name", f"Section {n}")
    fields.setdefault("slug", f"section-{n}")
    return Section.objects.create(**fields)


def make_author(**fields):
    n = _next()
    fields.setdefault("name", f"Author {n}")
    fields.setdefault("slug", f"author-{n}")
    return Author.objects.create(**fields)


def make_tag(**fields):
    n = _next()
    fields.setdefault("name", f"Tag {n}")
    fields.setdefault("slug", f"tag-{n}")
    return Tag.objects.create(**fields)


def make_article(*, authors=None, tags=(), published=True, **fields):
    """Create an article; published an hour ago unless told otherwise."""
    n = _next()
    fields.setdefault("headline", f"Headline number {n}")
    fields.setdefault("slug", f"headline-number-{n}")
    fields.setdefault("dek", f"The standfirst of story {n}.")
    fields.setdefault("body", f"<p>First paragraph of story {n}.</p><p>Second paragraph.</p>")
    if "section" not in fields:
        fields["section"] = make_section()
    if published:
        fields.setdefault("status", Article.Status.PUBLISHED)
        fields.setdefault("publish_at", timezone.now() - timedelta(hours=1))
    article = Article.objects.create(**fields)
    for position, author in enumerate(authors if authors is not None else [make_author()]):
        Byline.objects.create(article=article, author=author, position=position)
    if tags:
        article.tags.set(tags)
    return article


def make_user(username=None, *, groups=(), is_staff=True, is_superuser=False, password="pw"):
    username = username or f"user{_next()}"
    user = get_user_model().objects.create_user(
        username=username,
        email=f"{username}@example.org",
        password=password,
        is_staff=is_staff,
        is_superuser=is_superuser,
    )
    for name in groups:
        user.groups.add(Group.objects.get(name=name))
    return user


def make_image_file(name="picture.png", size=(120, 80), colour=(40, 90, 140)):
    """Return an in-memory PNG, ready for an ImageField or a storage's save()."""
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", size, colour).save(buffer, "PNG")
    return ContentFile(buffer.getvalue(), name=name)


def make_comment(article=None, **fields):
    """Create a reader's comment; approved, on a new published article unless told otherwise."""
    from comments.models import Comment

    n = _next()
    fields.setdefault("name", f"Reader {n}")
    fields.setdefault("email", f"reader{n}@example.org")
    fields.setdefault("body", f"Comment number {n}.")
    fields.setdefault("status", Comment.Status.APPROVED)
    parent = fields.get("parent")
    if parent is not None:
        fields.setdefault("depth", parent.depth + 1)
    return Comment.objects.create(article=article or make_article(), **fields)


def comment_form_data(article, *, seconds_ago=60, **fields):
    """Return POST data for the reply form, as if it was rendered ``seconds_ago``."""
    import time
    from unittest import mock

    from comments.moderation import sign_form

    with mock.patch("django.core.signing.time.time", return_value=time.time() - seconds_ago):
        rendered = sign_form(article)
    n = _next()
    data = {
        "body": f"A considered reply, number {n}.",
        "name": f"Reader {n}",
        "email": f"reader{n}@example.org",
        "website": "",
        "parent": "",
        "homepage": "",
        "rendered": rendered,
    }
    data.update(fields)
    return data


def admin_form_data(response, **changes):
    """Return the POST data of the admin form in ``response`` as a browser would send it.

    ``changes`` override single keys (``publish_at_0``/``publish_at_1`` for the date and time
    of a split date-time field). Inline formsets and their management forms are included.
    """
    from django.db.models.fields.files import FieldFile

    data = {}

    def add_form(form):
        for name, field in form.fields.items():
            key = form.add_prefix(name)
            value = form[name].value()
            widget = field.widget
            if hasattr(widget, "decompress"):
                date, time = widget.decompress(value) if value else (None, None)
                data[f"{key}_0"] = date.isoformat() if date else ""
                data[f"{key}_1"] = time.strftime("%H:%M:%S") if time else ""
            elif isinstance(value, bool):
                if value:
                    data[key] = "on"
            elif isinstance(value, (list, tuple)):
                data[key] = [str(item) for item in value]
            elif value is not None and not isinstance(value, FieldFile):
                data[key] = str(value)

    add_form(response.context["adminform"].form)
    for inline in response.context["inline_admin_formsets"]:
        formset = inline.formset
        add_form(formset.management_form)
        for form in formset.forms:
            add_form(form)
    data.update(changes)
    return data


def logged_in(user):
    """Return a test client signed in as ``user``."""
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client


def article_change_url(article):
    from django.urls import reverse

    return reverse("admin:articles_article_change", args=[article.pk])
