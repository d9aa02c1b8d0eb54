import io
import shutil
import socket
import threading
import urllib.request
from datetime import timedelta
from pathlib import Path
from unittest import mock

import pypdf
import pytest
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from articles import pdf as article_pdf
from articles.models import Article, SiteIdentity
from articles.pdf import LocalFileFetcher, PdfJob, PdfOptions, get_or_render_pdf
from articles.roles import EDITORS
from tests.factories import make_article, make_author, make_image_file, make_user

pytestmark = pytest.mark.django_db

ORIGIN = "http://testserver"


@pytest.fixture(autouse=True)
def _empty_pdf_cache():
    """Start without stored PDFs: article ids repeat between tests on a rolled-back database."""
    shutil.rmtree(Path(settings.MEDIA_ROOT) / "pdf-cache", ignore_errors=True)


@pytest.fixture
def body_image():
    """Store an image the way the editor's uploads are stored, and return its URL."""
    name = default_storage.save("uploads/2024/05/chart.png", make_image_file(colour=(200, 30, 30)))
    return settings.MEDIA_URL + name


@pytest.fixture
def story(body_image):
    identity = SiteIdentity.load()
    identity.name = "The Harbour Courier"
    identity.tagline = "Independent news from Port Alder"
    identity.copyright_line = "© {year} The Harbour Courier"
    identity.save()
    article = make_article(
        headline="Harbour wall repairs approved",
        dek="Councillors back the north wall first.",
        dateline="PORT ALDER",
        authors=[make_author(name="Maren Holloway"), make_author(name="Kwame Asante")],
        body=(
            "<p>The council approved the repairs last night.</p>"
            f'<figure class="image"><img src="{body_image}" alt="A bar chart">'
            "<figcaption>Spending by service</figcaption></figure>"
            "<blockquote><p>We had no choice, said the leader.</p></blockquote>"
            "<table><tr><th>Service</th><th>Budget</th></tr>"
            "<tr><td>Harbour works</td><td>1,150,000</td></tr></table>"
            "<p>Work begins in the autumn.</p>"
        ),
        featured_image_alt="The harbour at dusk",
        featured_image_caption="The north wall at high tide.",
        featured_image_credit="Photo: Hollis Grange",
    )
    article.featured_image.save("harbour.png", make_image_file(size=(300, 200)), save=True)
    return Article.objects.with_bylines().get(pk=article.pk)


def pdf_url(article, **query):
    url = article.url_for("articles:pdf")
    if query:
        url += "?" + "&".join(f"{key}={value}" for key, value in query.items())
    return url


def read_pdf(response):
    assert response["Content-Type"] == "application/pdf"
    return pypdf.PdfReader(
        io.BytesIO(b"".join(response.streaming_content) if response.streaming else response.content)
    )


def pdf_text(reader):
    return "\n".join(page.extract_text() for page in reader.pages)


def image_count(reader):
    """Count the distinct images in the PDF (pages may share one resource dictionary)."""
    return len({image.data for page in reader.pages for image in page.images})


@pytest.fixture
def count_renders():
    """Patch the one function that runs WeasyPrint, keeping its behaviour, to count calls."""
    with mock.patch.object(article_pdf, "render_pdf", wraps=article_pdf.render_pdf) as render:
        yield render


@pytest.fixture
def no_network(monkeypatch):
    """Record every attempt to open a connection; a PDF render must make none."""
    attempts = []

    def refuse(*args, **kwargs):
        attempts.append(args)
        raise OSError("network access during a test")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(urllib.request, "urlopen", refuse)
    monkeypatch.setattr(urllib.request.OpenerDirector, "open", refuse)
    return attempts


# --- Content -------------------------------------------------------------------------------


def test_pdf_is_valid_and_carries_the_whole_story(client, story):
    response = client.get(pdf_url(story))

    assert response.status_code == 200
    assert response["Content-Disposition"] == f'inline; filename="{story.slug}.pdf"'
    reader = read_pdf(response)
    text = pdf_text(reader)
    for expected in (
        "The Harbour Courier",
        "Independent news from Port Alder",
        "Harbour wall repairs approved",
        "Councillors back the north wall first.",
        "Maren Holloway",
        "Kwame Asante",
        date_format(timezone.localtime(story.publish_at), "DATE_FORMAT"),
        "PORT ALDER",
        "The council approved the repairs last night.",
        "Work begins in the autumn.",
        "We had no choice, said the leader.",
        "Harbour works",
        "The north wall at high tide.",
        "Photo: Hollis Grange",
        "Page 1 of",
        "http://testserver" + story.get_absolute_url(),
        f"© {timezone.localdate().year} The Harbour Courier",
    ):
        # Captions' credits and datelines are set in capitals by the stylesheet.
        assert expected.casefold() in text.casefold(), expected


def test_every_page_has_the_running_footer(client, story):
    story.body += "<p>A long paragraph of council business.</p>" * 80
    story.save()

    reader = read_pdf(client.get(pdf_url(story)))

    pages = len(reader.pages)
    assert pages > 1
    for number, page in enumerate(reader.pages, start=1):
        assert f"Page {number} of {pages}" in page.extract_text()


def test_pdf_metadata_names_the_story_authors_and_dates(client, story):
    reader = read_pdf(client.get(pdf_url(story)))

    metadata = reader.metadata
    assert metadata.title == "Harbour wall repairs approved"
    assert metadata.author == "Maren Holloway, Kwame Asante"
    assert metadata.creation_date == story.first_published_at.replace(microsecond=0)
    assert metadata.modification_date == story.updated_at.replace(microsecond=0)


def test_images_are_in_the_pdf_by_default_and_left_out_on_request(client, story):
    with_images = read_pdf(client.get(pdf_url(story)))
    without_images = read_pdf(client.get(pdf_url(story, images=0)))

    assert image_count(with_images) == 2  # the featured image and the one in the body
    assert image_count(without_images) == 0
    text = pdf_text(without_images)
    assert "The north wall at high tide." not in text
    assert "Spending by service" not in text
    assert "The council approved the repairs last night." in text


@pytest.mark.parametrize(
    ("query", "setting", "width", "height"),
    [
        ({}, "a4", 595, 842),
        ({"size": "letter"}, "a4", 612, 792),
        ({}, "letter", 612, 792),
        ({"size": "a4"}, "letter", 595, 842),
    ],
)
def test_page_size_follows_the_setting_and_the_query(
    client, settings, story, query, setting, width, height
):
    settings.NEWSROOM_PDF_PAGE_SIZE = setting

    reader = read_pdf(client.get(pdf_url(story, **query)))

    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (width, height)


# --- No network ----------------------------------------------------------------------------


def test_an_external_image_is_left_out_without_touching_the_network(client, story, no_network):
    story.body = (
        '<p>Before the picture.</p><p><img src="https://tracker.example.com/pixel.png" '
        'alt="Tracking pixel"></p><figure class="image">'
        '<img src="http://192.0.2.1/photo.jpg" alt="Remote photo">'
        "<figcaption>Remote caption</figcaption></figure><p>After the picture.</p>"
    )
    story.save()

    response = client.get(pdf_url(story))

    assert response.status_code == 200
    assert no_network == []
    reader = read_pdf(response)
    text = pdf_text(reader)
    assert "Before the picture." in text
    assert "After the picture." in text
    assert "Tracking pixel" not in text
    assert "Remote photo" not in text
    assert image_count(reader) == 1  # only the featured image, read from disk


def test_the_fetcher_refuses_to_fetch_an_external_url_itself(no_network):
    fetcher = LocalFileFetcher(ORIGIN)

    with pytest.raises(ValueError, match="Refused"):
        fetcher("https://tracker.example.com/pixel.png")
    assert no_network == []


def test_the_fetcher_reads_static_and_media_files_of_the_site(body_image):
    fetcher = LocalFileFetcher(ORIGIN)

    stylesheet = fetcher(ORIGIN + "/static/css/pdf.css")
    image = fetcher(ORIGIN + body_image)

    assert stylesheet.content_type == "text/css"
    assert b"running-footer" in stylesheet.read()
    assert image.content_type == "image/png"
    assert image.read().startswith(b"\x89PNG")


@pytest.mark.parametrize(
    "url",
    [
        "https://tracker.example.com/media/uploads/2024/05/chart.png",
        "http://testserver.example.com/media/uploads/2024/05/chart.png",
        "https://testserver/media/uploads/2024/05/chart.png",
        "file:///etc/passwd",
        "file://" + str(Path(settings.BASE_DIR) / "manage.py"),
        "data:image/png;base64,iVBORw0KGgo=",
        "ftp://testserver/media/uploads/2024/05/chart.png",
        "http://testserver/manage.py",
        "http://testserver/media/../manage.py",
        "http://testserver/media/../../newsroom/settings/base.py",
        "http://testserver/media/%2e%2e/%2e%2e/manage.py",
        "http://testserver/media/..%2f..%2fmanage.py",
        "http://testserver/static/../manage.py",
        "http://testserver/static/%2e%2e/%2e%2e/manage.py",
        "http://testserver/media/uploads\\..\\..\\manage.py",
        "http://testserver/media/",
        "http://testserver/media//etc/passwd",
        "http://testserver/static//etc/passwd",
        "http://testserver/media/missing.png",
    ],
)
def test_the_fetcher_refuses_everything_else(body_image, url):
    fetcher = LocalFileFetcher(ORIGIN)

    assert fetcher.local_path(url) is None
    with pytest.raises(ValueError, match="Refused"):
        fetcher(url)


# --- Cache ---------------------------------------------------------------------------------


def test_a_second_request_serves_the_stored_pdf(client, story, count_renders):
    first = client.get(pdf_url(story))
    second = client.get(pdf_url(story))

    assert count_renders.call_count == 1
    assert first.content == second.content
    assert first["ETag"] == second["ETag"]


def test_a_stored_pdf_is_served_in_three_queries(client, story, django_assert_num_queries):
    client.get(pdf_url(story))
    client.get(reverse("articles:home"))  # fills the cached masthead

    # The article, its bylines and its tags; the site identity comes from the cached masthead.
    with django_assert_num_queries(3):
        response = client.get(pdf_url(story))
    assert response.status_code == 200


def test_editing_the_article_renders_a_new_pdf(client, story, count_renders):
    first = client.get(pdf_url(story))
    story.headline = "Harbour wall repairs delayed"
    story.save()

    second = client.get(pdf_url(story))

    assert count_renders.call_count == 2
    assert first["ETag"] != second["ETag"]
    assert "Harbour wall repairs delayed" in pdf_text(read_pdf(second))
    stored = list((Path(settings.MEDIA_ROOT) / "pdf-cache" / str(story.pk)).glob("*.pdf"))
    assert len(stored) == 1, "the PDF of the old version is removed"


def test_a_new_pdf_layout_renders_stored_pdfs_anew(client, story, count_renders, monkeypatch):
    from articles import pdf

    client.get(pdf_url(story))
    assert pdf.layout_version() == pdf.layout_version()  # stable while the files stay put
    # A deploy that changes the PDF's templates or stylesheet changes this hash.
    monkeypatch.setattr(pdf, "layout_version", lambda: "a-new-layout")
    client.get(pdf_url(story))

    assert count_renders.call_count == 2


def test_each_option_is_stored_apart(client, story, count_renders):
    client.get(pdf_url(story))
    client.get(pdf_url(story, images=0))
    client.get(pdf_url(story, size="letter"))
    client.get(pdf_url(story, images=0))

    assert count_renders.call_count == 3


def test_revalidation_answers_304_without_rendering(client, story, count_renders):
    first = client.get(pdf_url(story))

    by_etag = client.get(pdf_url(story), HTTP_IF_NONE_MATCH=first["ETag"])
    by_date = client.get(pdf_url(story), HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
    stale = client.get(pdf_url(story), HTTP_IF_NONE_MATCH='"something-else"')

    assert by_etag.status_code == 304
    assert by_etag["ETag"] == first["ETag"]
    assert by_date.status_code == 304
    assert stale.status_code == 200
    assert count_renders.call_count == 1
    assert "no-cache" in first["Cache-Control"]


def test_renaming_the_section_renders_a_new_pdf_and_answers_no_304(client, story, count_renders):
    first = client.get(pdf_url(story))
    section = story.section
    section.name = "Harbour and Coast"
    section.save()

    again = client.get(pdf_url(story), HTTP_IF_NONE_MATCH=first["ETag"])

    assert again.status_code == 200
    assert again["ETag"] != first["ETag"]
    assert count_renders.call_count == 2
    assert "harbour and coast" in pdf_text(read_pdf(again)).casefold()


def test_two_simultaneous_requests_render_once(story):
    calls = []
    started = threading.Barrier(2)

    def slow_render(job):
        calls.append(job.cache_name)
        threading.Event().wait(0.3)  # long enough for the other thread to find the lock
        return b"%PDF-1.7 rendered once"

    jobs = [PdfJob(story, PdfOptions(), origin=ORIGIN) for _ in range(2)]
    results = [None, None]

    def request(index):
        started.wait()
        results[index] = get_or_render_pdf(jobs[index])

    with mock.patch.object(article_pdf, "render_pdf", side_effect=slow_render):
        threads = [threading.Thread(target=request, args=(index,)) for index in range(2)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=10)

    assert len(calls) == 1
    assert [pdf for pdf, _rendered in results] == [b"%PDF-1.7 rendered once"] * 2
    assert sorted(rendered for _pdf, rendered in results) == [False, True]


def test_changing_the_site_identity_renders_a_new_pdf(story):
    before = PdfJob(story, PdfOptions(), origin=ORIGIN).cache_name
    identity = SiteIdentity.load()
    identity.tagline = "A new tagline"
    identity.save()

    assert PdfJob(story, PdfOptions(), origin=ORIGIN).cache_name != before


# --- Who may see it ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fields",
    [
        {"published": False, "status": Article.Status.DRAFT},
        {"published": False, "status": Article.Status.REVIEW},
        {"status": Article.Status.PUBLISHED, "publish_at": timezone.now() + timedelta(days=1)},
    ],
    ids=["draft", "in-review", "scheduled"],
)
def test_an_unpublished_pdf_is_404_for_the_public_and_fresh_for_editors(
    client, fields, count_renders
):
    article = make_article(headline="Ferry timetable draft", **fields)
    url = pdf_url(article)

    assert client.get(url).status_code == 404
    client.force_login(make_user(is_staff=True))  # staff, but without the change permission
    assert client.get(url).status_code == 404
    assert count_renders.call_count == 0

    client.force_login(make_user(groups=[EDITORS]))
    first = client.get(url)
    second = client.get(url)

    assert first.status_code == 200
    assert "Ferry timetable draft" in pdf_text(read_pdf(first))
    assert "no-cache" in first["Cache-Control"]
    assert "private" in first["Cache-Control"]
    assert not first.has_header("ETag")
    assert count_renders.call_count == 2, "a preview is never stored"
    assert not (Path(settings.MEDIA_ROOT) / "pdf-cache" / str(article.pk)).exists()
    assert second.status_code == 200


def test_a_wrong_date_redirects_to_the_canonical_pdf(client, story):
    wrong = reverse("articles:pdf", kwargs={"year": 2001, "month": 1, "day": 2, "slug": story.slug})

    response = client.get(wrong + "?size=letter&images=0")

    assert response.status_code == 301
    assert response["Location"] == pdf_url(story) + "?size=letter&images=0"


def test_an_unknown_slug_is_404(client):
    url = reverse("articles:pdf", kwargs={"year": 2024, "month": 5, "day": 1, "slug": "nope"})
    assert client.get(url).status_code == 404


def test_every_option_value_gets_a_pdf_or_a_clear_message(client, story, blns):
    url = pdf_url(story)
    for value in blns:
        for name in ("size", "images"):
            response = client.get(url, {name: value})
            assert response.status_code in (200, 400), (name, value)
            if response.status_code == 400:
                assert response["Content-Type"].startswith("text/plain")
                message = response.content.decode()
                assert "must be" in message
                if len(value) > 3:
                    assert value not in message
            else:
                assert response["Content-Type"] == "application/pdf"


# --- Pre-rendering -------------------------------------------------------------------------


def test_render_pdfs_stores_published_articles_and_skips_them_next_time(story, count_renders):
    make_article(published=False, headline="A draft")
    out = io.StringIO()

    call_command("render_pdfs", "--site-url", "http://testserver", stdout=out, verbosity=0)
    call_command("render_pdfs", "--site-url", "http://testserver", stdout=out, verbosity=0)

    assert count_renders.call_count == 1
    assert "1 PDFs rendered, 0 already stored." in out.getvalue()
    assert "0 PDFs rendered, 1 already stored." in out.getvalue()


def test_a_pre_rendered_pdf_is_served_without_rendering(client, story, count_renders):
    call_command("render_pdfs", "--site-url", "http://testserver", verbosity=0)

    response = client.get(pdf_url(story))

    assert response.status_code == 200
    assert count_renders.call_count == 1


def test_render_pdfs_refuses_a_site_url_that_is_not_one(story):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError):
        call_command("render_pdfs", "--site-url", "testserver/news", verbosity=0)


def test_a_local_image_inside_a_picture_is_kept(client, story, body_image, no_network):
    story.body = (
        '<p>Intro.</p><picture><source srcset="https://cdn.example.com/big.webp">'
        f'<img src="{body_image}" alt="Chart"></picture><p>Outro.</p>'
    )
    story.save()

    reader = read_pdf(client.get(pdf_url(story)))

    assert image_count(reader) == 2  # the featured image and the chart
    assert no_network == []
