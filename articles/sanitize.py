"""Sanitize rich text on save: keep what the editor produces, drop anything executable."""

import nh3

ALLOWED_TAGS = {
    "p", "br", "h2", "h3", "h4", "strong", "b", "em", "i", "u", "s", "sub", "sup",
    "a", "blockquote", "ul", "ol", "li", "hr", "code", "pre",
    "figure", "figcaption", "img", "picture", "source",
    "table", "caption", "thead", "tbody", "tfoot", "tr", "th", "td",
}  # fmt: skip

ALLOWED_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "width", "height", "srcset", "sizes"},
    "source": {"srcset", "sizes", "type", "media"},
    "th": {"colspan", "rowspan", "scope"},
    "td": {"colspan", "rowspan"},
    "ol": {"start", "reversed"},
}

# The classes CKEditor 5 puts on figures for image styles and tables; nothing else survives.
ALLOWED_CLASSES = {
    "figure": {
        "image",
        "image-style-side",
        "image-style-block-align-left",
        "image-style-block-align-right",
        "image-style-align-left",
        "image-style-align-right",
        "image_resized",
        "table",
    },
}

URL_SCHEMES = {"http", "https", "mailto", "tel"}


def clean_html(html):
    """Return ``html`` with only the allowed tags, attributes, classes and URL schemes."""
    if not html:
        return ""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        allowed_classes=ALLOWED_CLASSES,
        url_schemes=URL_SCHEMES,
        link_rel="noopener noreferrer",
        strip_comments=True,
    )
