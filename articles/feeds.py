"""RSS 2.0 and Atom feeds of published stories: the whole site, a section, an author, a tag."""

import copy
import mimetypes
import re

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import gettext as _

from .models import Article, Author, Section, SiteIdentity, Tag

FEED_LENGTH = 30
MEDIA_RSS_NAMESPACE = "http://search.yahoo.com/mrss/"

# XML 1.0 cannot carry these characters at all; a stray one would break the whole feed.
_XML_ILLEGAL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# Root-relative links in a body are resolved against the site, since feed readers cannot.
_ROOT_RELATIVE = re.compile(r'(\s(?:href|src)=")/(?!/)')


def xml_text(text):
    """Return ``text`` without the characters XML 1.0 forbids."""
    return _XML_ILLEGAL.sub("", str(text or ""))


def join_names(names):
    if len(names) < 2:
        return "".join(names)
    return _("%(names)s and %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]}


class MediaRssFeed(Rss201rev2Feed):
    """RSS 2.0 that also describes the featured image with Media RSS."""

    def rss_attributes(self):
        return {**super().rss_attributes(), "xmlns:media": MEDIA_RSS_NAMESPACE}

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        image = item.get("image")
        if image:
            attributes = {"url": image["url"], "medium": "image", "type": image["type"]}
            if image["width"] and image["height"]:
                attributes.update(width=str(image["width"]), height=str(image["height"]))
            handler.startElement("media:content", attributes)
            if image["alt"]:
                handler.addQuickElement("media:description", image["alt"], {"type": "plain"})
            handler.endElement("media:content")


class LatestStoriesFeed(Feed):
    """The newest published stories of the whole site, as RSS 2.0."""

    feed_type = MediaRssFeed

    def __call__(self, request, *args, **kwargs):
        # One instance serves every request, so each request gets its own copy to hold state.
        feed = copy.copy(self)
        feed.request = request
        feed.site = SiteIdentity.objects.current()
        return Feed.__call__(feed, request, *args, **kwargs)

    # --- The feed ---------------------------------------------------------------------------

    def title(self, obj):
        return xml_text(self.site.name)

    def description(self, obj):
        return xml_text(self.site.description or self.site.tagline or self.site.name)

    def subtitle(self, obj):
        return self.description(obj)

    def link(self, obj):
        return reverse("articles:home")

    def feed_copyright(self, obj):
        return xml_text(self.site.copyright_text) or None

    def articles(self, obj):
        return Article.objects.published()

    def items(self, obj):
        return list(
            self.articles(obj).with_bylines().prefetch_related("tags").newest_first()[:FEED_LENGTH]
        )

    # --- Each story -------------------------------------------------------------------------

    def item_title(self, article):
        return xml_text(article.headline)

    def item_description(self, article):
        if settings.NEWSROOM_FEED_FULL_TEXT and article.body:
            # The body was sanitized with nh3 when it was saved (articles.sanitize).
            base = self.request.build_absolute_uri("/")
            return xml_text(_ROOT_RELATIVE.sub(rf"\1{base}", article.body))
        return xml_text(article.dek or article.summary)

    def item_link(self, article):
        return article.get_absolute_url()

    def item_author_name(self, article):
        return xml_text(join_names([author.name for author in article.byline_authors])) or None

    def item_author_link(self, article):
        authors = article.byline_authors
        if len(authors) == 1:
            return self.request.build_absolute_uri(authors[0].get_absolute_url())
        return None

    def item_categories(self, article):
        return [xml_text(article.section.name)] + [xml_text(tag.name) for tag in article.tags.all()]

    def item_pubdate(self, article):
        return article.publish_at

    def item_updateddate(self, article):
        return max(article.updated_at, article.publish_at)

    def item_enclosures(self, article):
        image = self.featured_image(article)
        if not image:
            return []
        return [Enclosure(url=image["url"], length=str(image["length"]), mime_type=image["type"])]

    def item_extra_kwargs(self, article):
        return {"image": self.featured_image(article)}

    def featured_image(self, article):
        """Describe the story's featured image for enclosures and Media RSS, or return None."""
        if not article.featured_image:
            return None
        try:
            length = article.featured_image.size
        except OSError:
            # A missing file must not take the feed down; readers accept an unknown length.
            length = 0
        return {
            "url": self.request.build_absolute_uri(article.featured_image.url),
            "type": mimetypes.guess_type(article.featured_image.name)[0] or "image/jpeg",
            "length": length,
            "width": article.featured_image_width,
            "height": article.featured_image_height,
            "alt": xml_text(article.featured_image_alt),
        }


class LatestStoriesAtomFeed(LatestStoriesFeed):
    # Atom describes the image through its enclosure link.
    feed_type = Atom1Feed


class ListingFeed(LatestStoriesFeed):
    """The newest published stories of one section, tag or author, found by slug.

    Public on the same terms as the listing's page (articles.views.ListingView).
    """

    model = None
    public_without_stories = False

    def stories_of(self, articles, listing):
        raise NotImplementedError

    def get_object(self, request, slug):
        return get_object_or_404(self.model, slug=slug)

    def link(self, listing):
        return listing.get_absolute_url()

    def articles(self, listing):
        return self.stories_of(Article.objects.published(), listing)

    def items(self, listing):
        items = super().items(listing)
        if not items and not self.public_without_stories:
            raise Http404
        return items


class SectionFeed(ListingFeed):
    """The newest published stories of one section."""

    model = Section
    public_without_stories = True

    def stories_of(self, articles, section):
        return articles.in_section(section)

    def title(self, section):
        return xml_text(f"{section.name} – {self.site.name}")

    def description(self, section):
        return xml_text(section.description) or _("The latest %(section)s stories.") % {
            "section": xml_text(section.name)
        }


class SectionAtomFeed(SectionFeed, LatestStoriesAtomFeed):
    pass


class AuthorFeed(ListingFeed):
    """The newest published stories bylined to one author."""

    model = Author

    def stories_of(self, articles, author):
        return articles.by_author(author)

    def title(self, author):
        return xml_text(
            _("Stories by %(name)s – %(site)s") % {"name": author.name, "site": self.site.name}
        )

    def description(self, author):
        return xml_text(author.bio) or _("The latest stories by %(name)s.") % {
            "name": xml_text(author.name)
        }


class AuthorAtomFeed(AuthorFeed, LatestStoriesAtomFeed):
    pass


class TagFeed(ListingFeed):
    """The newest published stories about one topic."""

    model = Tag

    def stories_of(self, articles, tag):
        return articles.tagged(tag)

    def title(self, tag):
        return xml_text(
            _("Stories about %(name)s – %(site)s") % {"name": tag.name, "site": self.site.name}
        )

    def description(self, tag):
        return _("The latest stories about %(name)s.") % {"name": xml_text(tag.name)}


class TagAtomFeed(TagFeed, LatestStoriesAtomFeed):
    pass
