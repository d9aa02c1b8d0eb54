"""Phones and assistive technology: no sideways scrolling, no serious accessibility faults."""

from io import StringIO
from urllib.parse import urlencode

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from articles.models import Article, Author, Section
from tests.factories import make_article

from .conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def public_pages(live_server, roles):
    call_command("load_demo", stdout=StringIO())
    featured = Article.objects.published().get(is_featured=True)
    with_table = Article.objects.published().filter(body__contains="<table").first() or featured
    # A real query: the longest word of the lead story's headline finds at least that story.
    word = max(featured.headline.split(), key=len).strip(",.:;?!'\"“”‘’")
    return {
        "home": "/",
        "article": featured.get_absolute_url(),
        "article-with-table": with_table.get_absolute_url(),
        "section": Section.objects.first().get_absolute_url(),
        "author": Author.objects.first().get_absolute_url(),
        "archive": "/archive/",
        "search": "/search/?" + urlencode({"q": word}),
    }


def test_no_horizontal_scrolling_at_phone_width(live_server, public_pages, new_page, shots):
    page = new_page(viewport=PHONE)
    too_wide = {}
    for name, path in public_pages.items():
        page.goto(live_server.url + path)
        widths = page.evaluate(
            "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]"
        )
        if widths[0] > widths[1]:
            too_wide[name] = widths
        shots(page, f"phone-{name}")
    assert not too_wide, f"pages wider than the phone (scrollWidth, clientWidth): {too_wide}"


def test_public_pages_have_no_serious_accessibility_violations(
    live_server, public_pages, page, axe
):
    found = {}
    for name, path in public_pages.items():
        page.goto(live_server.url + path)
        if name == "search":
            # An empty results page would leave the result cards unchecked.
            expect(page.locator(".search-result").first).to_be_visible()
        violations = axe(page)
        if violations:
            found[name] = violations
    assert not found, found


def test_the_reply_form_has_no_serious_accessibility_violations(
    live_server, roles, page, axe, shots
):
    story = make_article(headline="Floods close the lakeside road")
    page.goto(live_server.url + story.get_absolute_url())
    form = page.locator("#comment-form")
    # As a keyboard user arrives at it: scrolled into view, the comment box focused.
    form.get_by_role("textbox", name="Comment", exact=True).focus()
    assert axe(page) == []

    form.get_by_role("button", name="Post Comment").click()
    expect(page.get_by_role("alert")).to_contain_text("Please type your comment.")
    expect(form.locator(".comment-form__error")).to_have_count(3)
    shots(page, "a11y-reply-form-with-errors")
    assert axe(page) == []


def test_the_accessibility_checker_catches_a_known_fault(page, axe):
    # Guards against a checker that silently reports nothing.
    page.set_content('<html lang="en"><body><main><img src="x.png"></main></body></html>')
    assert "image-alt" in {violation["id"] for violation in axe(page)}
