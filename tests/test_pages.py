"""What readers see on the public pages."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone
from PIL import Image

from articles.models import Article, SiteIdentity

from .factories import make_article, make_author, make_section, make_tag

pytestmark = pytest.mark.django_db


@pytest.fixture
def identity():
    return SiteIdentity.objects.create(
        name="The Test Courier", tagline="News you can test", copyright_line="© {year} Test Co."
    )


def jpeg_upload(name="photo.jpg"):
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile

    buffer = io.BytesIO()
    Image.new("RGB", (300, 200), (10, 80, 160)).save(buffer, "JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def test_masthead_and_footer(client, identity):
    page = client.get("/").content.decode()
    today = timezone.localdate()
    assert "The Test Courier" in page and "News you can test" in page
    assert f'datetime="{today:%Y-%m-%d}"' in page
    assert f"© {today.year} Test Co." in page


def test_home_leads_with_the_featured_story_then_latest_and_sections(client, identity):
    politics = make_section(name="Politics", slug="politics")
    older_featured = make_article(
        headline="Featured budget story",
        is_featured=True,
        section=politics,
        publish_at=timezone.now() - timedelta(days=2),
    )
    newer = make_article(headline="Newer ordinary story", section=politics)
    response = client.get("/")
    assert response.context["top_story"] == older_featured
    assert newer in response.context["latest"]
    page = response.content.decode()
    assert page.index("Featured budget story") < page.index("Newer ordinary story")


def test_section_blocks_hold_the_newest_stories_of_each_section(client):
    business = make_section(name="Business", slug="business")
    now = timezone.now()
    stories = [
        make_article(section=business, publish_at=now - timedelta(hours=n + 1)) for n in range(14)
    ]
    blocks = dict(client.get("/").context["section_blocks"])
    # The first 9 fill the top story and the latest list; the block takes the next 4.
    assert blocks[business] == stories[9:13]


def test_article_page_shows_the_whole_story(client, identity):
    first, second = make_author(name="Ada Quill"), make_author(name="Bo Press")
    tag = make_tag(name="Harbour", slug="harbour")
    article = make_article(
        headline="Harbour wall to be rebuilt",
        dek="Work starts in spring.",
        dateline="PORT ALDER",
        authors=[second, first],
        tags=[tag],
        body="<p>Council confirmed the plan.</p><blockquote><p>It is overdue.</p></blockquote>",
        featured_image=jpeg_upload(),
        featured_image_alt="The harbour wall at low tide",
        featured_image_caption="Cracks along the north wall.",
        featured_image_credit="Photo: Test Photographer",
    )
    page = client.get(article.get_absolute_url()).content.decode()
    for text in [
        "<h1",
        "Harbour wall to be rebuilt",
        "Work starts in spring.",
        "PORT ALDER",
        "<blockquote><p>It is overdue.</p></blockquote>",
        'alt="The harbour wall at low tide"',
        "Cracks along the north wall.",
        "Photo: Test Photographer",
        f'href="{tag.get_absolute_url()}"',
        f'datetime="{article.publish_at.isoformat()}"' if False else "<time datetime=",
    ]:
        assert text in page, text
    # Bylines keep their order and link to author pages.
    assert page.index("Bo Press") < page.index("Ada Quill")
    assert f'href="{first.get_absolute_url()}" rel="author"' in page
    assert "Updated" not in page


def test_updated_line_appears_only_after_the_live_words_change(client):
    article = make_article(publish_at=timezone.now() - timedelta(hours=3))
    assert "Updated" not in client.get(article.get_absolute_url()).content.decode()
    # Featuring, or saving without changing the words, is not a correction.
    article = Article.objects.get(pk=article.pk)
    article.is_featured = True
    article.save()
    assert "Updated" not in client.get(article.get_absolute_url()).content.decode()
    article = Article.objects.get(pk=article.pk)
    article.headline = "Corrected headline"
    article.save()
    page = client.get(article.get_absolute_url()).content.decode()
    assert "Updated" in page and "Corrected headline" in page


def test_editing_a_draft_is_not_an_update():
    article = Article.objects.get(pk=make_article(published=False).pk)
    article.body = "<p>Rewritten</p>"
    article.save()
    article.status = Article.Status.PUBLISHED
    article.save()
    assert article.revised_at is None and not article.was_updated


def test_related_stories_share_a_section_or_tag_and_exclude_drafts(client):
    tag = make_tag()
    article = make_article(tags=[tag])
    same_tag = make_article(tags=[tag], headline="Shares a tag")
    same_section = make_article(section=article.section, headline="Same desk")
    make_article(headline="Unrelated story")
    draft = make_article(section=article.section, published=False, headline="Secret draft")
    related = client.get(article.get_absolute_url()).context["related"]
    assert set(related) == {same_tag, same_section}
    assert draft not in related


def test_author_page_shows_bio_and_stories_but_never_email(client):
    author = make_author(name="Cai Writer", bio="Covers the harbour.", email="cai@private.example")
    make_article(authors=[author], headline="Cai's story")
    page = client.get(author.get_absolute_url()).content.decode()
    assert "Covers the harbour." in page and "Cai&#x27;s story" in page
    assert "cai@private.example" not in page


def test_headlines_and_names_are_escaped(client):
    author = make_author(name='<script>alert("x")</script>')
    article = make_article(headline="<img src=x onerror=alert(1)>", authors=[author])
    for url in ("/", article.get_absolute_url(), author.get_absolute_url()):
        page = client.get(url).content.decode()
        assert "<img src=x onerror" not in page
        assert '<script>alert("x")' not in page


def test_error_pages_are_styled(client):
    response = client.get("/definitely/not/here/")
    assert response.status_code == 404
    assert "site.css" in response.content.decode()


UNPUBLISHED = [
    {"published": False, "status": Article.Status.DRAFT},
    {"published": False, "status": Article.Status.REVIEW},
    {"publish_at": timezone.now() + timedelta(days=1)},
]


@pytest.mark.parametrize("state", UNPUBLISHED)
def test_tags_and_authors_of_unpublished_stories_only_are_not_found(client, state):
    tag, author = make_tag(), make_author()
    make_article(tags=[tag], authors=[author], **state)
    for listing in (tag, author):
        name = listing._meta.model_name
        for route in (f"articles:{name}", f"articles:{name}_feed", f"articles:{name}_feed_atom"):
            assert client.get(reverse(route, args=[listing.slug])).status_code == 404, route
    make_article(tags=[tag], authors=[author])
    for listing in (tag, author):
        assert client.get(listing.get_absolute_url()).status_code == 200


@pytest.mark.parametrize("state", UNPUBLISHED)
def test_a_section_shows_from_the_start_but_not_its_unpublished_stories(client, state):
    article = make_article(headline="Not yet for readers", **state)
    for route in ("articles:section", "articles:section_feed"):
        response = client.get(reverse(route, args=[article.section.slug]))
        assert response.status_code == 200
        assert "Not yet for readers" not in response.content.decode()
