"""A story's body for other sites and apps: sanitized HTML with absolute addresses, and text."""

import html
import re

import nh3

from articles.sanitize import ALLOWED_ATTRIBUTES, ALLOWED_CLASSES, ALLOWED_TAGS, URL_SCHEMES
from newsroom.urls_absolute import absolute_url

URL_ATTRIBUTES = {("a", "href"), ("img", "src")}
SRCSET_ATTRIBUTES = {("img", "srcset"), ("source", "srcset")}
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|blockquote|figcaption|pre|tr|caption|table)>|<hr\s*/?>")
LINE_BREAK = re.compile(r"<br\s*/?>")
BLANK_LINES = re.compile(r"\n\s*\n\s*")


def body_html(body, request):
    """Return the body sanitized again (rows may come from imports) with absolute addresses."""

    def absolutize(tag, attribute, value):
        if (tag, attribute) in URL_ATTRIBUTES and not value.startswith("#"):
            return absolute_url(value, request)
        if (tag, attribute) in SRCSET_ATTRIBUTES:
            candidates = (part.strip().split(maxsplit=1) for part in value.split(","))
            return ", ".join(
                " ".join([absolute_url(words[0], request), *words[1:]])
                for words in candidates
                if words
            )
        return value

    if not body:
        return ""
    return nh3.clean(
        body,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
        attribute_filter=absolutize,
    )


def body_text(body):
    """Return the body as plain text: one blank line between paragraphs, no markup."""
    if not body:
        return ""
    marked = LINE_BREAK.sub("\n", BLOCK_END.sub(lambda m: m.group(0) + "\n\n", body))
    text = html.unescape(nh3.clean(marked, tags=set(), strip_comments=True))
    lines = "\n".join(" ".join(line.split()) for line in text.replace("\xa0", " ").split("\n"))
    return BLANK_LINES.sub("\n\n", lines).strip()
