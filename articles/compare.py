"""Word-by-word comparison of two saved versions of a story, for the admin history."""

import difflib
import html
import re

from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _

from .models import Article, Author, Byline, Section, Tag

# Block-level closing tags become line breaks so paragraphs stay apart in the comparison.
BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|figcaption|tr|div)>|<br\s*/?>", re.IGNORECASE)
TAG = re.compile(r"<[^>]*>")
TOKEN = re.compile(r"\n|[^\S\n]+|[^\s]+")

TEXT_FIELDS = [("headline", _("Headline")), ("dek", _("Dek")), ("body", _("Body"))]
OTHER_FIELDS = [
    "slug",
    "status",
    "publish_at",
    "section_id",
    "tags",
    "dateline",
    "excerpt",
    "is_featured",
    "comments_open",
    "review_note",
    "featured_image",
    "featured_image_alt",
    "featured_image_caption",
    "featured_image_credit",
    "seo_title",
    "seo_description",
]


def plain_text(markup):
    """Return the readable text of stored HTML, one paragraph a line."""
    text = html.unescape(TAG.sub("", BLOCK_END.sub("\n", markup or "")))
    lines = (" ".join(line.split()) for line in text.replace("\xa0", " ").splitlines())
    return "\n".join(line for line in lines if line)


def word_diff(old, new):
    """Return ``[(operation, text), …]`` turning ``old`` into ``new`` word by word.

    ``operation`` is "equal", "delete" or "insert"; a replacement is a deletion followed by
    an insertion, which reads naturally as struck-out then new text.
    """
    old_tokens, new_tokens = TOKEN.findall(old), TOKEN.findall(new)
    matcher = difflib.SequenceMatcher(a=old_tokens, b=new_tokens, autojunk=False)
    segments = []
    for operation, a_start, a_end, b_start, b_end in matcher.get_opcodes():
        if operation == "equal":
            segments.append(("equal", "".join(old_tokens[a_start:a_end])))
            continue
        if a_end > a_start:
            segments.append(("delete", "".join(old_tokens[a_start:a_end])))
        if b_end > b_start:
            segments.append(("insert", "".join(new_tokens[b_start:b_end])))
    return segments


def _display(field_name, value):
    if value in (None, "", []):
        return "—"
    if field_name == "status":
        return str(Article.Status(value).label)
    if field_name == "publish_at":
        return localize(template_localtime(value))
    if field_name == "section_id":
        section = Section.objects.filter(pk=value).first()
        return section.name if section else f"#{value}"
    if field_name == "tags":
        return ", ".join(Tag.objects.filter(pk__in=value).values_list("name", flat=True))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    return str(value)


def _byline_names(version):
    bylines = sorted(
        (
            other.field_dict
            for other in version.revision.version_set.all()
            if other._model is Byline
            and other.field_dict.get("article_id") == int(version.object_id)
        ),
        key=lambda fields: fields["position"],
    )
    names = dict(
        Author.objects.filter(pk__in=[fields["author_id"] for fields in bylines]).values_list(
            "pk", "name"
        )
    )
    return ", ".join(names.get(fields["author_id"], "?") for fields in bylines) or "—"


def compare_versions(old_version, new_version):
    """Return the text changes and the changed settings between two versions of a story."""
    old, new = old_version.field_dict, new_version.field_dict
    texts = []
    for name, label in TEXT_FIELDS:
        convert = plain_text if name == "body" else str
        before, after = convert(old.get(name) or ""), convert(new.get(name) or "")
        texts.append(
            {"label": label, "changed": before != after, "segments": word_diff(before, after)}
        )
    settings = []
    for name in OTHER_FIELDS:
        before, after = old.get(name), new.get(name)
        if name == "tags":
            before, after = sorted(before or []), sorted(after or [])
        if before != after:
            field = Article._meta.get_field(name.removesuffix("_id"))
            settings.append(
                {
                    "label": field.verbose_name,
                    "before": _display(name, before),
                    "after": _display(name, after),
                }
            )
    before_bylines, after_bylines = _byline_names(old_version), _byline_names(new_version)
    if before_bylines != after_bylines:
        settings.append({"label": _("bylines"), "before": before_bylines, "after": after_bylines})
    return {"texts": texts, "settings": settings}
