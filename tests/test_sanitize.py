"""Stored rich text keeps what the editor makes and loses anything that could run."""

from html.parser import HTMLParser
from urllib.parse import urlsplit

import pytest

from articles.sanitize import ALLOWED_TAGS, clean_html

from .factories import make_article


@pytest.mark.parametrize(
    ("dirty", "forbidden"),
    [
        ("<p>Hi<script>alert(1)</script></p>", "<script"),
        ('<p onclick="steal()">Hi</p>', "onclick"),
        ('<a href="javascript:alert(1)">x</a>', "javascript:"),
        ('<a href="JaVaScRiPt:alert(1)">x</a>', "alert"),
        ('<a href="&#106;avascript:alert(1)">x</a>', "alert"),
        ('<iframe src="https://evil.example/"></iframe>', "<iframe"),
        ('<p style="position:fixed;top:0">x</p>', "style="),
        ("<style>body{display:none}</style><p>x</p>", "display:none"),
        ('<img src="x" onerror="alert(1)">', "onerror"),
        ('<svg onload="alert(1)"><circle/></svg>', "<svg"),
        ('<object data="x.swf"></object>', "<object"),
        ('<form action="/steal"><input name="p"></form>', "<form"),
        ('<a href="data:text/html,<script>alert(1)</script>">x</a>', "data:"),
        ('<p class="evil">x</p>', "evil"),
        ("<!-- <script>x</script> -->", "<!--"),
    ],
)
def test_dangerous_markup_is_removed(dirty, forbidden):
    assert forbidden.lower() not in clean_html(dirty).lower()


@pytest.mark.parametrize(
    "kept",
    [
        "<h2>Heading</h2>",
        "<p><strong>bold</strong> and <em>italic</em></p>",
        '<p><a href="https://example.org/report" rel="noopener noreferrer">report</a></p>',
        "<blockquote><p>Quote</p></blockquote>",
        "<ul><li>one</li></ul>",
        '<figure class="image"><img src="/media/uploads/a.jpg" alt="Boats">'
        "<figcaption>Boats</figcaption></figure>",
        '<figure class="table"><table><thead><tr><th>Line</th></tr></thead>'
        "<tbody><tr><td>£1</td></tr></tbody></table></figure>",
    ],
)
def test_editor_markup_survives_unchanged(kept):
    assert clean_html(kept) == kept


@pytest.mark.django_db
def test_article_body_is_sanitized_on_save():
    article = make_article(body='<p onclick="x()">Text<script>alert(1)</script></p>')
    article.refresh_from_db()
    assert article.body == "<p>Text</p>"


@pytest.mark.django_db
def test_sanitized_body_is_what_the_page_shows(client):
    article = make_article(body='<p>Safe</p><img src="x" onerror="alert(1)">')
    page = client.get(article.get_absolute_url()).content.decode()
    assert "<p>Safe</p>" in page
    assert "onerror" not in page


class _Inspector(HTMLParser):
    """Collect what a browser would act on: tags, event-handler attributes and URL schemes."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tags, self.handlers, self.schemes = set(), [], []

    def handle_starttag(self, tag, attrs):
        self.tags.add(tag)
        for name, value in attrs:
            if name.startswith("on"):
                self.handlers.append(name)
            if name in {"href", "src"} and value:
                # Browsers drop leading/trailing C0 controls and spaces before parsing a URL.
                url = value.strip("".join(map(chr, range(0x21)))).replace("\t", "")
                self.schemes.append(urlsplit(url).scheme.lower())


def test_naughty_strings_come_out_inert(blns):
    for text in blns:
        inspector = _Inspector()
        inspector.feed(clean_html(f"<p>{text}</p>"))
        assert not inspector.tags - ALLOWED_TAGS, text
        assert not inspector.handlers, text
        assert set(inspector.schemes) <= {"", "http", "https", "mailto", "tel"}, text
