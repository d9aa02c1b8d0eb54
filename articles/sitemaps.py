"""Sitemaps for search engines, the Google News sitemap and robots.txt.

Sections, authors and tags are listed only when they have a published story, so a topic that
exists only on drafts cannot be discovered through a sitemap.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.db.models import Max, OuterRef, Subquery
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_safe

from .feeds import xml_text
from .models import Article, Author, Section, SiteIdentity, Tag

NEWS_SITEMAP_HOURS = 48
NEWS_SITEMAP_LIMIT = 1000


class ArticleSitemap(Sitemap):
    changefreq = "daily"
    priority = 0.8

    def items(self):
        return (
            Article.objects.published()
            .only("slug", "publish_at", "created_at", "updated_at")
            .newest_first()
        )

    def lastmod(self, article):
        return max(article.updated_at, article.publish_at)

    def get_latest_lastmod(self):
        # The default would load every story just to find the newest date.
        latest = Article.objects.published().aggregate(
            updated=Max("updated_at"), published=Max("publish_at")
        )
        dates = [date for date in latest.values() if date is not None]
        return max(dates, default=None)


def latest_publication(articles):
    """Return a subquery: the newest publication date among ``articles`` (already filtered)."""
    return Subquery(articles.newest_first().values("publish_at")[:1])


class ListingSitemap(Sitemap):
    """A sitemap of list pages (sections, authors, tags) dated by their newest story."""

    changefreq = "daily"
    priority = 0.5
    model = None

    def stories_of(self, outer_ref):
        raise NotImplementedError

    def items(self):
        return (
            self.model.objects.annotate(
                last_published=latest_publication(self.stories_of(OuterRef("pk")))
            )
            .filter(last_published__isnull=False)
            .order_by("pk")
        )

    def lastmod(self, listing):
        return listing.last_published

    def get_latest_lastmod(self):
        return self.items().aggregate(latest=Max("last_published"))["latest"]


class SectionSitemap(ListingSitemap):
    model = Section

    def stories_of(self, section):
        return Article.objects.published().in_section(section)


class AuthorSitemap(ListingSitemap):
    model = Author
    priority = 0.4

    def stories_of(self, author):
        return Article.objects.published().by_author(author)


class TagSitemap(ListingSitemap):
    model = Tag
    priority = 0.4

    def stories_of(self, tag):
        return Article.objects.published().tagged(tag)


SITEMAPS = {
    "articles": ArticleSitemap,
    "sections": SectionSitemap,
    "authors": AuthorSitemap,
    "tags": TagSitemap,
}


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
