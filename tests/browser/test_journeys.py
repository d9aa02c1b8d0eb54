"""The newsroom's journeys in Chromium: from a journalist's draft to a reader's threaded reply.

Each step saves a numbered screenshot in test-artifacts/browser/screens/; they are the
evidence that the pages looked right, not only that the assertions held.
"""

import shutil
import subprocess
from io import BytesIO
from urllib.parse import urljoin

import pytest
from PIL import Image
from playwright.sync_api import expect

from articles.models import Article, Author, Section, Tag
from articles.roles import EDITORS, JOURNALISTS
from comments.models import Comment
from comments.roles import MODERATORS
from tests.factories import make_article, make_section, make_tag, make_user

pytestmark = pytest.mark.django_db(transaction=True)

PASSWORD = "a-long-test-password"
HEADLINE = "Reservoir levels fall to a twenty-year low"
SECTION = "Environment"
TAG = "Drought"
REPORT_URL = "https://water.example.org/report"
# Replaces the print dialog, which would otherwise block a headless browser for ever.
NO_PRINT_DIALOG = "window.__printed = false; window.print = () => { window.__printed = true; };"


@pytest.fixture(autouse=True)
def quick_replies(settings):
    """Let the tests reply at machine speed; the live server shares these settings."""
    settings.COMMENTS_MIN_SECONDS = 0
    settings.COMMENTS_FLOOD_SECONDS = 0


@pytest.fixture
def newsroom(roles):
    """Create the staff, and a few stories already on the site for the new one to join."""
    journalist = make_user("journalist", groups=[JOURNALISTS], password=PASSWORD)
    author = Author.objects.create(name="Amina Uwase", slug="amina-uwase", user=journalist)
    section = make_section(name=SECTION, slug="environment")
    make_tag(name=TAG, slug="drought")
    make_tag(name="Farming", slug="farming")
    for number in range(3):
        make_article(headline=f"Earlier story number {number + 1}", section=section)
    return {
        "journalist": journalist,
        "author": author,
        "editor": make_user("editor", groups=[EDITORS], password=PASSWORD),
        "moderator": make_user("moderator", groups=[MODERATORS], password=PASSWORD),
    }


def log_in(page, live_server, username):
    page.goto(f"{live_server.url}/admin/login/")
    page.get_by_label("Username").fill(username)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("button", name="Log out")).to_be_visible()


def choose(page, container, typed, option):
    """Pick ``option`` in an admin autocomplete (select2) widget by typing, as a person does."""
    container.locator(".select2-selection").click()
    search = page.locator(".select2-container--open .select2-search__field")
    search.press_sequentially(typed)
    page.locator(".select2-results__option", has_text=option).click()
    expect(container.locator(".select2-selection")).to_contain_text(option)


def photo(tmp_path):
    path = tmp_path / "reservoir.png"
    buffer = BytesIO()
    Image.new("RGB", (640, 360), (52, 110, 160)).save(buffer, "PNG")
    path.write_bytes(buffer.getvalue())
    return path


def write_story(page, live_server, shots, tmp_path):
    """Write and submit the story as the journalist, in the real admin form and editor."""
    page.goto(f"{live_server.url}/admin/")
    page.locator(".model-article").get_by_role("link", name="Add").click()
    expect(page.get_by_role("heading", name="Add article")).to_be_visible()
    page.get_by_label("Headline").press_sequentially(HEADLINE)
    # Django's prepopulate script fills the slug while the journalist types the headline.
    expect(page.get_by_label("Slug")).to_have_value("reservoir-levels-fall-to-a-twenty-year-low")
    page.get_by_label("Dek").fill("Farmers are asked to cut their water use by a third.")

    editor = page.locator(".field-body .ck-editor__editable")
    editor.click()
    keyboard = page.keyboard
    keyboard.type("The main reservoir is at its lowest level in twenty years. ")
    keyboard.press("Control+B")
    keyboard.type("Rationing starts on Monday.")
    keyboard.press("Control+B")
    keyboard.press("Enter")
    page.locator(".field-body .ck-heading-dropdown .ck-dropdown__button").click()
    page.locator(".field-body .ck-heading-dropdown").get_by_text("Heading 2").click()
    keyboard.type("What the authority says")
    keyboard.press("Enter")
    keyboard.type("Read the ")
    keyboard.press("Control+K")
    link_form = page.locator(".ck-link-form")
    link_url = link_form.get_by_label("Link URL")
    expect(link_url).to_be_focused()
    link_form.get_by_label("Displayed text").fill("full report")
    link_url.fill(REPORT_URL)
    keyboard.press("Enter")
    expect(editor.locator(f'a[href="{REPORT_URL}"]')).to_have_text("full report")
    keyboard.press("End")
    keyboard.press("Enter")

    page.locator(".field-body .ck-toolbar input[type=file]").set_input_files(photo(tmp_path))
    uploaded = editor.locator('img[src*="/media/uploads/"]')
    expect(uploaded).to_be_visible()
    # Readers who cannot see the photo need words for it.
    page.get_by_role("button", name="Change image text alternative").click()
    page.locator(".ck-text-alternative-form input").fill("The reservoir's dry banks")
    keyboard.press("Enter")
    expect(uploaded).to_have_attribute("alt", "The reservoir's dry banks")
    shots(page, "01-journalist-writes-in-ckeditor")

    choose(page, page.locator(".field-section"), "Envi", SECTION)
    choose(page, page.locator(".field-tags"), "Drou", TAG)
    choose(page, page.locator("#bylines-0"), "Amina", "Amina Uwase")
    status = page.get_by_label("Status")
    # A journalist may file for review but never publish.
    expect(status.locator("option")).to_have_text(["Draft", "In review"])
    status.select_option(label="In review")
    shots(page, "02-journalist-places-and-submits")
    page.get_by_role("button", name="Save", exact=True).click()
    expect(page.locator(".messagelist .success")).to_contain_text("was added successfully")
    shots(page, "03-journalist-story-saved")

    story = Article.objects.get(headline=HEADLINE)
    assert story.status == Article.Status.REVIEW
    assert story.created_by.username == "journalist"
    assert story.section.name == SECTION
    assert list(story.tags.values_list("name", flat=True)) == [TAG]
    assert story.byline_authors == [Author.objects.get(slug="amina-uwase")]
    assert "<strong>Rationing starts on Monday.</strong>" in story.body
    assert "<h2>What the authority says</h2>" in story.body
    assert f'<a href="{REPORT_URL}"' in story.body
    assert 'src="/media/uploads/' in story.body
    assert not Article.objects.published().filter(pk=story.pk).exists()
    return story


def publish_story(page, live_server, shots, story):
    """Publish the story from the editors' review queue."""
    page.goto(f"{live_server.url}/admin/")
    panel = page.locator(".newsroom-panel--review")
    expect(panel).to_contain_text(HEADLINE)
    shots(page, "04-editor-sees-awaiting-review")
    panel.locator(".newsroom-panel__count a").click()
    row = page.locator("#result_list tbody tr", has_text=HEADLINE)
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label="Publish the selected stories now")
    page.get_by_role("button", name="Go", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_text("1 story published.")
    shots(page, "05-editor-publishes")
    story.refresh_from_db()
    assert story.is_published


def read_story(page, live_server, shots, axe):
    """Find the story from the home page and check it reads as the journalist wrote it."""
    page.goto(f"{live_server.url}/")
    lead = page.get_by_role("link", name=HEADLINE).first
    expect(lead).to_be_visible()
    shots(page, "06-reader-home-page")
    lead.click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    body = page.locator(".story__body")
    expect(body.locator("strong")).to_have_text("Rationing starts on Monday.")
    expect(body.get_by_role("heading", level=2)).to_have_text("What the authority says")
    expect(body.get_by_role("link", name="full report")).to_have_attribute("href", REPORT_URL)
    image = body.get_by_role("img", name="The reservoir's dry banks")
    expect(image).to_be_visible()
    assert image.evaluate("img => img.complete && img.naturalWidth") == 640
    expect(page.locator(".story").get_by_role("link", name=SECTION).first).to_be_visible()
    shots(page, "07-reader-opens-story")
    assert axe(page) == []


def save_first_page(pdf, stem):
    """Save page one of the PDF as a PNG: headless Chromium's viewer shows only a grey box."""
    if shutil.which("pdftoppm") is None:  # CI installs poppler-utils; the evidence is a bonus
        return
    subprocess.run(
        ["pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1", "-singlefile", "-", str(stem)],
        input=pdf,
        check=True,
        timeout=60,
    )


def save_pdf_and_print(page, shots):
    actions = page.get_by_role("navigation", name="Print, save or email this story")
    story_url = page.url
    pdf_link = actions.get_by_role("link", name="PDF")
    pdf_path = pdf_link.get_attribute("href")
    with page.expect_response(lambda response: response.url.endswith(pdf_path)) as pdf_info:
        pdf_link.click()
    pdf = pdf_info.value
    assert pdf.status == 200
    assert pdf.headers["content-type"] == "application/pdf"
    # Chromium wraps the PDF in its viewer, so fetch the bytes with the reader's cookies.
    data = page.request.get(pdf.url).body()
    assert data.startswith(b"%PDF-")
    save_first_page(data, shots.folder / "08-reader-pdf-first-page")
    page.goto(story_url)

    actions.get_by_role("link", name="Print").click()
    # With JavaScript the reader stays on the story and gets the print dialog straight away.
    assert page.evaluate("window.__printed") is True
    assert page.url == story_url

    # Opened directly (a bookmark, a new tab), the print view offers the dialog once loaded.
    page.goto(urljoin(story_url, actions.get_by_role("link", name="Print").get_attribute("href")))
    assert page.url.endswith("/print/")
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    expect(page.locator("body.print-view")).to_be_visible()
    page.wait_for_function("window.__printed === true")
    shots(page, "09-reader-print-view")
    page.get_by_role("link", name="Back to the story").click()
    expect(page.get_by_role("heading", level=1)).to_have_text(HEADLINE)
    assert page.url == story_url


def reply_form(page):
    return page.locator("#comment-form")


def field(form, label):
    return form.get_by_role("textbox", name=label, exact=True)


def leave_reply(page, shots, story):
    """Post a first reply, asking the site to remember the reader's details."""
    form = reply_form(page)
    field(form, "Comment").fill("Our well ran dry last week. Thank you for reporting this.")
    field(form, "Name").fill("Jean Bosco")
    field(form, "Email").fill("jean.bosco@example.org")
    form.get_by_label("Save my name, email, and website").check()
    shots(page, "10-reader-writes-reply")
    form.get_by_role("button", name="Post Comment").click()

    awaiting = page.locator(".comment--awaiting")
    expect(awaiting).to_contain_text("Your comment is awaiting moderation.")
    expect(awaiting).to_contain_text("Our well ran dry last week.")
    reply = Comment.objects.get(article=story)
    assert reply.status == Comment.Status.PENDING
    expect(awaiting).to_have_id(f"comment-{reply.pk}")
    shots(page, "11-reply-awaiting-moderation")

    # Back on the story later, the form remembers who they are.
    page.get_by_role("link", name="Home", exact=True).first.click()
    page.get_by_role("link", name=HEADLINE).first.click()
    form = reply_form(page)
    expect(field(form, "Name")).to_have_value("Jean Bosco")
    expect(field(form, "Email")).to_have_value("jean.bosco@example.org")
    expect(form.get_by_label("Save my name, email, and website")).to_be_checked()
    expect(field(form, "Comment")).to_have_value("")
    form.scroll_into_view_if_needed()
    shots(page, "12-reader-returns-form-filled-in", full_page=False)
    return reply


def approve_reply(page, live_server, shots, reply):
    """Approve the held reply from the moderation queue."""
    page.goto(f"{live_server.url}/admin/")
    panel = page.locator(".newsroom-panel--comments")
    expect(panel.locator(".newsroom-panel__count")).to_contain_text("1 reply")
    panel.locator(".newsroom-panel__count a").click()
    expect(page.locator("#changelist-filter .selected")).to_contain_text("Pending")
    row = page.locator("#result_list tbody tr", has_text="Our well ran dry")
    expect(page.locator("#result_list tbody tr")).to_have_count(1)
    shots(page, "13-moderator-queue")
    row.locator("input.action-select").check()
    page.locator("select[name=action]").select_option(label="Approve the selected comments")
    page.get_by_role("button", name="Go", exact=True).click()
    expect(page.locator(".messagelist .success")).to_have_text("1 comment approved.")
    shots(page, "14-moderator-approves")
    reply.refresh_from_db()
    assert reply.status == Comment.Status.APPROVED


def see_thread(page, shots, story, reply):
    """Reload as the reader, see the approved reply, and answer it in a nested reply."""
    page.reload()
    first = page.locator(f"#comment-{reply.pk}")
    expect(first).to_contain_text("Our well ran dry last week.")
    expect(first.locator(".comment__awaiting")).to_have_count(0)
    expect(page.locator("#comments-title")).to_have_text("1 Response")
    shots(page, "15-reader-sees-approved-reply")

    first.get_by_role("link", name="Reply to Jean Bosco").click()
    form = reply_form(page)
    # The script moves the form under the comment being answered.
    expect(first.locator("#comment-form")).to_be_visible()
    expect(page.locator("#reply-title")).to_have_text("Reply to Jean Bosco")
    expect(field(form, "Comment")).to_be_focused()
    page.keyboard.type("Update: the council is sending a water tanker on Friday.")
    shots(page, "16-reader-answers-reply")
    form.get_by_role("button", name="Post Comment").click()

    expect(page.locator("#comments-title")).to_have_text("2 Responses")
    answer = Comment.objects.exclude(pk=reply.pk).get(article=story)
    # Jean already has an approved reply, so this one needs no moderator.
    assert answer.status == Comment.Status.APPROVED
    assert answer.parent_id == reply.pk
    nested = page.locator(f"#comment-{reply.pk} > ol.comment-list--replies > #comment-{answer.pk}")
    expect(nested).to_contain_text("water tanker on Friday")
    first.scroll_into_view_if_needed()
    shots(page, "17-nested-reply", full_page=False)


def test_a_story_goes_from_the_journalist_to_a_readers_thread(
    live_server, newsroom, new_page, shots, axe, tmp_path
):
    journalist = new_page()
    log_in(journalist, live_server, "journalist")
    story = write_story(journalist, live_server, shots, tmp_path)

    editor = new_page()
    log_in(editor, live_server, "editor")
    publish_story(editor, live_server, shots, story)

    reader = new_page(accept_downloads=True)
    reader.add_init_script(NO_PRINT_DIALOG)
    read_story(reader, live_server, shots, axe)
    save_pdf_and_print(reader, shots)
    reply = leave_reply(reader, shots, story)

    moderator = new_page()
    log_in(moderator, live_server, "moderator")
    approve_reply(moderator, live_server, shots, reply)

    see_thread(reader, shots, story, reply)
    # Another reader, with no session or cookie, sees the same approved thread.
    stranger = new_page()
    stranger.goto(live_server.url + story.get_absolute_url())
    expect(stranger.locator(f"#comment-{reply.pk}")).to_contain_text("Our well ran dry")
    expect(stranger.locator(".comment")).to_have_count(2)
    assert Section.objects.get(name=SECTION).articles.count() == 4
    assert Tag.objects.get(name=TAG).articles.get() == story


def test_a_reply_without_email_is_refused_and_the_text_is_kept(
    live_server, roles, new_page, shots, axe
):
    story = make_article(headline="Market prices rise before the holiday")
    page = new_page()
    page.goto(live_server.url + story.get_absolute_url())
    form = reply_form(page)
    text = "Prices at the Kimironko market doubled this week.\n\nA second paragraph."
    field(form, "Comment").fill(text)
    field(form, "Name").fill("Claudine")
    form.get_by_role("button", name="Post Comment").click()

    errors = page.get_by_role("alert")
    expect(errors).to_contain_text("Your comment was not posted:")
    expect(errors).to_contain_text("Please enter your email address.")
    form = reply_form(page)
    expect(field(form, "Comment")).to_have_value(text)
    expect(field(form, "Name")).to_have_value("Claudine")
    email = field(form, "Email")
    expect(email).to_have_attribute("aria-describedby", "comment-form-email-error")
    expect(page.locator("#comment-form-email-error")).to_have_text(
        "Please enter your email address."
    )
    shots(page, "18-invalid-reply-refused")
    assert not Comment.objects.exists()
    assert axe(page) == []

    # The error summary links to the field; fixing it sends the reply.
    errors.get_by_role("link", name="Email").click()
    expect(email).to_be_focused()
    page.keyboard.type("claudine@example.org")
    form.get_by_role("button", name="Post Comment").click()
    expect(page.locator(".comment--awaiting")).to_contain_text("Prices at the Kimironko market")
    shots(page, "19-corrected-reply-awaits-moderation", full_page=False)
    assert Comment.objects.get().email == "claudine@example.org"
