from itertools import groupby

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext as _
from django.views.generic import (
    ArchiveIndexView,
    DetailView,
    ListView,
    MonthArchiveView,
    TemplateView,
    YearArchiveView,
)

from .access import get_article_or_404
from .models import Article, Author, Section, Tag
from .pagination import BoundedPaginator, KeysFirstPaginator

HOME_LATEST_COUNT = 8
HOME_STORIES_PER_SECTION = 4
RELATED_COUNT = 4


class HomeView(TemplateView):
    template_name = "articles/home.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        published = Article.objects.published().with_bylines()
        top_story = (
            published.filter(is_featured=True).newest_first().first()
            or published.newest_first().first()
        )
        shown = [top_story.pk] if top_story else []
        latest = list(published.exclude(pk__in=shown).newest_first()[:HOME_LATEST_COUNT])
        shown += [article.pk for article in latest]
        context.update(
            top_story=top_story,
            latest=latest,
            section_blocks=self.section_blocks(published.exclude(pk__in=shown)),
        )
        return context

    def section_blocks(self, articles):
        """Return ``[(section, [articles…]), …]`` with the newest stories of each section."""
        sections = [section.pk for section in Section.objects.navigation()]
        newest = articles.newest_in_each_section(sections, HOME_STORIES_PER_SECTION).order_by(
            "section__position", "section__name", "section_id", "-publish_at", "-pk"
        )
        return [
            (section, list(stories)[:HOME_STORIES_PER_SECTION])
            for section, stories in groupby(newest, key=lambda article: article.section)
        ]


class ArticleDetailView(DetailView):
    template_name = "articles/article_detail.html"
    context_object_name = "article"
    # The route of this page, for the redirect from an address with the wrong date.
    route = "articles:detail"

    def get(self, request, *args, **kwargs):
        self.object, date_matches = get_article_or_404(request, **kwargs)
        if not date_matches:
            return redirect(self.object.url_for(self.route), permanent=self.object.is_published)
        response = self.render_to_response(self.get_context_data(object=self.object))
        if not self.object.is_published:
            # A preview must never be stored by a browser or a shared cache.
            add_never_cache_headers(response)
        return response

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        article = self.object
        context["is_preview"] = not article.is_published
        context["related"] = self.related_stories(article)
        return context

    def related_stories(self, article):
        tag_ids = [tag.pk for tag in article.tags.all()]
        return list(
            Article.objects.published().related_to(article, tag_ids).newest_first()[:RELATED_COUNT]
        )


class PublishedListMixin:
    """Lists of published stories, newest first, paginated, with bylines fetched up front."""

    paginate_by = settings.NEWSROOM_PAGINATE_BY
    paginator_class = BoundedPaginator

    def published_articles(self):
        return Article.objects.published().with_bylines().newest_first()


class ListingView(PublishedListMixin, ListView):
    """The published stories filed under one section, tag or author, found by slug.

    A section is public by the editors' choice (the navigation links to it), so it shows even
    before its first story. A tag or an author is public only through its stories: with none
    published, the page is 404, so drafts cannot reveal a topic or a byline before it runs.
    """

    model = None
    public_without_stories = False

    def stories_of(self, articles, listing):
        raise NotImplementedError

    def get_queryset(self):
        self.listing = get_object_or_404(self.model, slug=self.kwargs["slug"])
        return self.stories_of(self.published_articles(), self.listing)

    def get_paginator(self, queryset, per_page, **kwargs):
        # The paginator's own count decides "nothing published": no extra query.
        kwargs["allow_empty_first_page"] = self.public_without_stories
        return super().get_paginator(queryset, per_page, **kwargs)

    def get_context_data(self, **kwargs):
        kwargs[self.model._meta.model_name] = self.listing
        return super().get_context_data(**kwargs)


class SectionView(ListingView):
    model = Section
    template_name = "articles/section.html"
    public_without_stories = True

    def stories_of(self, articles, section):
        return articles.in_section(section)


class TagView(ListingView):
    model = Tag
    template_name = "articles/tag.html"

    def stories_of(self, articles, tag):
        return articles.tagged(tag)


class AuthorView(ListingView):
    model = Author
    template_name = "articles/author.html"

    def stories_of(self, articles, author):
        return articles.by_author(author)


class ArchiveMixin(PublishedListMixin):
    date_field = "publish_at"
    make_object_list = True
    allow_empty = False
    # Date archives are how readers reach old stories, so their lists are not cut short.
    paginator_class = KeysFirstPaginator

    def get_queryset(self):
        return self.published_articles()

    def get_dated_queryset(self, **lookup):
        field = self.get_date_field()
        self.period = (lookup.get(f"{field}__gte"), lookup.get(f"{field}__lt"))
        return super().get_dated_queryset(**lookup)

    def get_date_list(self, queryset, date_type=None, ordering="ASC"):
        since, until = getattr(self, "period", (None, None))
        kind = date_type or self.get_date_list_period()
        date_list = queryset.dates_with_stories(kind, since, until, ordering)
        if not date_list and not self.get_allow_empty():
            raise Http404(_("No stories available"))
        return date_list


class ArchiveView(ArchiveMixin, ArchiveIndexView):
    template_name = "articles/archive.html"
    allow_empty = True
    paginator_class = BoundedPaginator


class YearView(ArchiveMixin, YearArchiveView):
    template_name = "articles/archive_year.html"


class MonthView(ArchiveMixin, MonthArchiveView):
    template_name = "articles/archive_month.html"
    month_format = "%m"


class ArticlePrintView(ArticleDetailView):
    """Show a story laid out for paper; the "Print" action's page when JavaScript is off."""

    template_name = "print/article.html"
    route = "articles:print"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["canonical_url"] = self.request.build_absolute_uri(self.object.get_absolute_url())
        return context

    def related_stories(self, article):
        return []
