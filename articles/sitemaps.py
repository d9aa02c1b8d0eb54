"""Sitemaps for search engines, the Google News sitemap and robots.txt.

Sections, authors and tags are listed only when they have a published story, so a topic that
exists only on drafts cannot be discovered through a sitemap.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.core.paginator import Paginator
from django.db.models import Exists, Max, OuterRef
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.cache import cache_page
from django.views.decorators.http import require_safe

from .feeds import xml_text
from .models import Article, Author, Section, SiteIdentity, Tag
from .pagination import KeysFirstPaginator

NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_LIMIT = 1000


# Crawlers fetch sitemaps often and a story's address never changes; counting the listings
# that have a published story reads every tag's stories, so answers are kept this long.
SITEMAP_CACHE_SECONDS = 10 * 60
# Small pages keep each one quick to build and to fetch; the protocol allows up to 50,000.
SITEMAP_PAGE_SIZE = 1000


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8
    limit = SITEMAP_PAGE_SIZE

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "publish_at", "created_at", "updated_at")
            .newest_first()
        )

    @property
    def paginator(self):
        return KeysFirstPaginator(self.items(), self.limit)

    def lastmod(self, article):
        return max(article.updated_at, article.publish_at)

    def get_latest_lastmod(self):
        # Two index lookups (article_status_updated_idx, article_status_publish_idx), rather
        # than loading every story just to find the newest date.
        published = Article.objects.published()
        dates = [
            published.order_by(f"-{field}").values_list(field, flat=True).first()
            for field in ("updated_at", "publish_at")
        ]
        return max((date for date in dates if date is not None), default=None)


class ListingPaginator(Paginator):
    """Pages of sections, authors or tags, each dated by its newest story in one query."""

    def __init__(self, object_list, per_page, sitemap):
        super().__init__(object_list, per_page)
        self.sitemap = sitemap

    def _get_page(self, object_list, number, paginator):
        listings = list(object_list)
        newest = self.sitemap.newest_stories([listing.pk for listing in listings])
        for listing in listings:
            listing.last_published = newest.get(listing.pk)
        return super()._get_page(listings, number, paginator)


class ListingSitemap(Sitemap):
    """A sitemap of list pages (sections, authors, tags) dated by their newest story."""

    changefreq = "daily"
    priority = 0.5
    limit = SITEMAP_PAGE_SIZE
    model = None
    # The lookup from a story to the listing: "section", "bylines__author", "tags".
    relation = None

    def items(self):
        stories = Article.objects.published().filter(**{self.relation: OuterRef("pk")})
        return self.model.objects.filter(Exists(stories)).order_by("pk")

    @property
    def paginator(self):
        return ListingPaginator(self.items(), self.limit, self)

    def newest_stories(self, ids):
        """Return ``{listing id: publication date of its newest story}`` for ``ids``."""
        rows = (
            Article.objects.published()
            .filter(**{f"{self.relation}__in": ids})
            .order_by()
            .values_list(self.relation)
            .annotate(latest=Max("publish_at"))
        )
        return dict(rows)

    def lastmod(self, listing):
        return listing.last_published

    def get_latest_lastmod(self):
        stories = Article.objects.published().filter(**{f"{self.relation}__isnull": False})
        return stories.newest_first().values_list("publish_at", flat=True).first()


class SectionSitemap(ListingSitemap):
    model = Section
    relation = "section"


class AuthorSitemap(ListingSitemap):
    model = Author
    relation = "bylines__author"
    priority = 0.4


class TagSitemap(ListingSitemap):
    model = Tag
    relation = "tags"
    priority = 0.4


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "tags": TagSitemap,
}


@cache_page(SITEMAP_CACHE_SECONDS)
def sitemap_index(request):
    """Serve the sitemap index, which also names the Google News sitemap."""
    response = sitemap_views.index(
        request,
        SITEMAPS,
        template_name="sitemaps/index.xml",
        sitemap_url_name="sitemap_section",
    )
    response.context_data["news_sitemap_url"] = request.build_absolute_uri(reverse("sitemap_news"))
    return response


@cache_page(SITEMAP_CACHE_SECONDS)
def sitemap_section(request, section):
    # Full timestamps in lastmod: a news story can change several times a day.
    return sitemap_views.sitemap(
        request, SITEMAPS, section=section, template_name="sitemaps/sitemap.xml"
    )


@require_safe
def news_sitemap(request):
    """List the stories of the last 48 hours in the Google News sitemap format."""
    since = timezone.now() - timedelta(hours=NEWS_SITEMAP_HOURS)
    articles = (
        Article.objects.published()
        .filter(publish_at__gte=since)
        .only("headline", "slug", "publish_at", "created_at")
        .newest_first()[:NEWS_SITEMAP_LIMIT]
    )
    stories = [
        {
            "location": request.build_absolute_uri(article.get_absolute_url()),
            "title": xml_text(article.headline),
            "publication_date": article.publish_at,
        }
        for article in articles
    ]
    context = {
        "stories": stories,
        "publication_name": xml_text(SiteIdentity.objects.current().name),
        "language": news_language(settings.LANGUAGE_CODE),
    }
    return render(request, "sitemaps/news.xml", context, content_type="application/xml")


def news_language(language_code):
    """Return the language code the way Google News expects it (``en``, ``zh-cn``, ``zh-tw``)."""
    code = language_code.lower().replace("_", "-")
    return code if code in ("zh-cn", "zh-tw") else code.split("-")[0]


@require_safe
def robots_txt(request):
    context = {
        "sitemap_urls": [
            request.build_absolute_uri(reverse("sitemap_index")),
            request.build_absolute_uri(reverse("sitemap_news")),
        ],
    }
    return render(request, "robots.txt", context, content_type="text/plain; charset=utf-8")
