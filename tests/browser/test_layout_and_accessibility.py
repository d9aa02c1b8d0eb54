"""Phones and assistive technology: no sideways scrolling, no serious accessibility faults."""

from io import StringIO

import pytest
from django.core.management import call_command

from articles.models import Article, Author, Section

from .conftest import PHONE

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def public_pages(live_server, roles):
    call_command("load_demo", stdout=StringIO())
    featured = Article.objects.published().get(is_featured=True)
    with_table = Article.objects.published().filter(body__contains="<table").first() or featured
    return {
        "home": "/",
        "article": featured.get_absolute_url(),
        "article-with-table": with_table.get_absolute_url(),
        "section": Section.objects.first().get_absolute_url(),
        "author": Author.objects.first().get_absolute_url(),
        "archive": "/archive/",
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
        violations = axe(page)
        if violations:
            found[name] = violations
    assert not found, found


def test_the_accessibility_checker_catches_a_known_fault(page, axe):
    # Guards against a checker that silently reports nothing.
    page.set_content('<html lang="en"><body><main><img src="x.png"></main></body></html>')
    assert "image-alt" in {violation["id"] for violation in axe(page)}
