"""Turning an article into PDF bytes with WeasyPrint: the options a reader may choose, the
page label, and the images a PDF must not show."""

from dataclasses import dataclass
from urllib.parse import urljoin

from django.conf import settings
from django.utils.translation import gettext as _

from .pdf_fetcher import LocalFileFetcher

PAGE_SIZES = {"a4": "A4", "letter": "letter"}
IMAGE_CHOICES = {"1": True, "0": False}


@dataclass(frozen=True)
class PdfOptions:
    size: str = ""
    images: bool = True

    def __post_init__(self):
        if not self.size:
            object.__setattr__(self, "size", settings.NEWSROOM_PDF_PAGE_SIZE)
        if self.size not in PAGE_SIZES:
            raise ValueError(f"Unknown page size {self.size!r}.")

    @classmethod
    def from_query(cls, query):
        """Return options from a query string, or raise ValueError with a reader's message."""
        size = query.get("size", "")
        images = query.get("images", "1")
        if size and size not in PAGE_SIZES:
            raise ValueError(_("The page size must be “a4” or “letter”."))
        if images not in IMAGE_CHOICES:
            raise ValueError(_("The images option must be “1” (with images) or “0” (without)."))
        return cls(size=size, images=IMAGE_CHOICES[images])


def page_label_parts():
    """Split the translated "Page X of Y" around its numbers, which CSS counters fill in."""
    label = _("Page {page} of {pages}")
    before, _page, rest = label.partition("{page}")
    between, _pages, after = rest.partition("{pages}")
    return {"before": before, "between": between, "after": after}


def render_pdf(job):
    """Return the PDF bytes for ``job``; the only function that runs WeasyPrint."""
    from weasyprint import HTML

    fetcher = LocalFileFetcher(job.origin)
    document = HTML(string=job.html(), base_url=job.origin + "/", url_fetcher=fetcher)
    _drop_images(document.etree_element, fetcher, keep_local=job.options.images)
    return document.write_pdf()


def _drop_images(root, fetcher, *, keep_local):
    """Remove images the PDF must not show: all of them, or those not stored on this site.

    An external image would otherwise be replaced by its alt text; the fetcher already
    refuses it, and leaving it out keeps the page as the editor laid it out.
    """
    parents = {child: parent for parent in root.iter() for child in parent}
    base = fetcher.origin[0] + "://" + fetcher.origin[1] + "/"
    # A <source> only offers alternatives by srcset, which WeasyPrint ignores: always dropped.
    for element in [element for element in root.iter() if element.tag in ("img", "source")]:
        src = element.get("src", "")
        keep = (
            keep_local
            and element.tag == "img"
            and fetcher.local_path(urljoin(base, src.strip())) is not None
        )
        if keep:
            continue
        parent = parents.get(element)
        if parent is None:
            continue
        if parent.tag == "figure" and "image" in parent.get("class", "").split():
            grandparent = parents.get(parent)
            if grandparent is not None:
                grandparent.remove(parent)
                continue
        _remove_keeping_tail(parent, element)


def _remove_keeping_tail(parent, element):
    if element.tail:
        previous = None
        for child in parent:
            if child is element:
                break
            previous = child
        if previous is not None:
            previous.tail = (previous.tail or "") + element.tail
        else:
            parent.text = (parent.text or "") + element.tail
    parent.remove(element)
