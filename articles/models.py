from datetime import UTC, datetime, timedelta
from functools import reduce
from operator import or_

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, Max, Min, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from django_ckeditor_5.fields import CKEditor5Field

from .caching import cached
from .sanitize import clean_html
from .search_vector import SEARCHED_FIELDS, SearchVectorIndex, refresh_search_vectors

SITE_IDENTITY_CACHE_KEY = "newsroom:site-identity"
NAVIGATION_CACHE_KEY = "newsroom:navigation"
# Saves and deletes clear these at once (articles.signals); the timeout only bounds staleness
# left by a cache outage.
CHROME_CACHE_SECONDS = 60 * 60

# The fields whose change, once a story is live, readers are told about with "Updated".
REVISION_FIELDS = ("headline", "dek", "body", "dateline", "featured_image")


class SiteIdentityManager(models.Manager):
    def current(self):
        """Return the site's identity, cached until it is saved; an unsaved default until then."""
        return cached(SITE_IDENTITY_CACHE_KEY, CHROME_CACHE_SECONDS, self.model.load)


class SiteIdentity(models.Model):
    """The newspaper's name, tagline, footer line and logo; one row, edited in the admin."""

    name = models.CharField(_("site name"), max_length=100, default="Newsroom")
    tagline = models.CharField(_("tagline"), max_length=200, blank=True)
    copyright_line = models.CharField(
        _("copyright line"),
        max_length=200,
        blank=True,
        help_text=_('Shown in the footer. "{year}" is replaced by the current year.'),
    )
    logo = models.ImageField(_("logo"), upload_to="site/", blank=True)
    description = models.CharField(
        _("site description"),
        max_length=300,
        blank=True,
        help_text=_("Used by search engines and feed readers."),
    )

    objects = SiteIdentityManager()

    class Meta:
        verbose_name = _("site identity")
        verbose_name_plural = _("site identity")

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.pk = 1
        super().save(*args, **kwargs)

    @property
    def copyright_text(self):
        return self.copyright_line.replace("{year}", str(timezone.localdate().year))

    @classmethod
    def load(cls):
        """Return the site's identity from the database (to edit it; readers use current())."""
        return cls.objects.filter(pk=1).first() or cls(pk=1)


class Author(models.Model):
    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(_("slug"), max_length=120, unique=True)
    job_title = models.CharField(_("job title"), max_length=120, blank=True)
    bio = models.TextField(_("short bio"), max_length=1000, blank=True)
    photo = models.ImageField(_("photo"), upload_to="authors/", blank=True)
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("staff account"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="author_profile",
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Never shown publicly."))
    website = models.URLField(_("website"), blank=True)
    social_handle = models.CharField(_("social handle"), max_length=100, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("author")
        verbose_name_plural = _("authors")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:author", kwargs={"slug": self.slug})


class SectionManager(models.Manager):
    def navigation(self):
        """Return every section in navigation order, cached until a section changes."""
        return cached(NAVIGATION_CACHE_KEY, CHROME_CACHE_SECONDS, lambda: list(self.all()))


class Section(models.Model):
    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    description = models.TextField(_("description"), max_length=500, blank=True)
    position = models.PositiveSmallIntegerField(
        _("order in navigation"), default=0, help_text=_("Lower numbers come first.")
    )

    objects = SectionManager()

    class Meta:
        ordering = ["position", "name"]
        verbose_name = _("section")
        verbose_name_plural = _("sections")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:section", kwargs={"slug": self.slug})


class Tag(models.Model):
    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tag")
        verbose_name_plural = _("tags")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("articles:tag", kwargs={"slug": self.slug})


# Earlier than any story: stands in for "no limit" in date comparisons.
EARLIEST = datetime(1900, 1, 1, tzinfo=UTC)


def period_starts(kind, since, until):
    """Return the local start of each year, month or day overlapping [since, until)."""
    since = timezone.localtime(since)
    start = since.replace(hour=0, minute=0, second=0, microsecond=0)
    if kind in ("year", "month"):
        start = start.replace(day=1)
    if kind == "year":
        start = start.replace(month=1)
    starts = []
    while start < until:
        starts.append(start)
        if kind == "day":
            naive = start.replace(tzinfo=None) + timedelta(days=1)
        elif kind == "month":
            naive = start.replace(tzinfo=None, day=28) + timedelta(days=4)
            naive = naive.replace(day=1)
        else:
            naive = start.replace(tzinfo=None, year=start.year + 1)
        start = timezone.make_aware(naive)
    return starts


class ArticleQuerySet(models.QuerySet):
    """The one definition of each story state, and of the lists a page filters by.

    ``Article.is_published`` and ``Article.is_scheduled`` say the same of one story in Python.
    """

    def published(self):
        """Return the articles the public may see: published, and due by now (live)."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())

    def unpublished(self):
        """Return drafts, stories in review and scheduled stories."""
        return self.exclude(status=Article.Status.PUBLISHED, publish_at__lte=timezone.now())

    def drafts(self):
        return self.filter(status=Article.Status.DRAFT)

    def in_review(self):
        return self.filter(status=Article.Status.REVIEW)

    def scheduled(self):
        """Return the stories an editor published for a time still to come."""
        return self.filter(status=Article.Status.PUBLISHED, publish_at__gt=timezone.now())

    def live_or_scheduled(self):
        """Return the stories an editor has published, whether or not their time has come."""
        return self.filter(status=Article.Status.PUBLISHED)

    def in_section(self, section):
        return self.filter(section=section)

    def tagged(self, tag):
        return self.filter(tags=tag)

    def by_author(self, author):
        return self.filter(bylines__author=author)

    def with_bylines(self):
        """Fetch section and ordered bylines with the articles, in a fixed number of queries."""
        return self.select_related("section").prefetch_related(
            Prefetch("bylines", queryset=Byline.objects.select_related("author"))
        )

    def newest_first(self):
        return self.order_by("-publish_at", "-pk")

    def newest_in_each_section(self, section_ids, count):
        """Return the ``count`` newest stories of each section, and any that tie with them.

        One index range per section (article_section_publish_idx) rather than a window
        function numbering every story of the archive.
        """
        wanted = [
            Q(
                section_id=section_id,
                publish_at__gte=Coalesce(
                    Subquery(
                        self.filter(section_id=section_id)
                        .newest_first()
                        .values("publish_at")[count - 1 : count]
                    ),
                    Value(EARLIEST, output_field=models.DateTimeField()),
                ),
            )
            for section_id in section_ids
        ]
        return self.filter(reduce(or_, wanted)) if wanted else self.none()

    def related_to(self, article, tag_ids):
        """Return the other stories sharing the section or one of ``tag_ids`` with ``article``."""
        tagged = Article.tags.through.objects.filter(
            article_id=OuterRef("pk"), tag_id__in=list(tag_ids)
        )
        return self.exclude(pk=article.pk).filter(Q(section_id=article.section_id) | Exists(tagged))

    def dates_with_stories(self, kind, since=None, until=None, ordering="ASC"):
        """Return the start of every year, month or day in [since, until) that has a story.

        Like ``datetimes(…)``, but each period is one index probe (EXISTS) instead of
        truncating the date of every story; without bounds, the first and last story's
        dates are looked up first.
        """
        if since is None or until is None:
            bounds = self.aggregate(first=Min("publish_at"), last=Max("publish_at"))
            if bounds["first"] is None:
                return []
            since = since or bounds["first"]
            until = until or bounds["last"] + timedelta(microseconds=1)
        starts = period_starts(kind, since, until)
        if not starts:
            return []
        probes = {
            f"p{n}": Exists(self.filter(publish_at__gte=start, publish_at__lt=end))
            for n, (start, end) in enumerate(zip(starts, starts[1:] + [until], strict=True))
        }
        # Any one row carries the answers; no ORDER BY, so the first row found will do.
        found = next(iter(self.order_by().annotate(**probes).values(*probes)[:1]), {})
        dates = [start for n, start in enumerate(starts) if found.get(f"p{n}")]
        return dates if ordering == "ASC" else dates[::-1]


class Article(models.Model):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        REVIEW = "review", _("In review")
        PUBLISHED = "published", _("Published")

    headline = models.CharField(_("headline"), max_length=200)
    slug = models.SlugField(
        _("slug"),
        max_length=200,
        unique=True,
        help_text=_("The last part of the story's web address."),
    )
    dek = models.TextField(
        _("dek"), max_length=400, blank=True, help_text=_("The standfirst under the headline.")
    )
    body = CKEditor5Field(_("body"), blank=True, config_name="article")
    excerpt = models.TextField(
        _("excerpt"),
        max_length=600,
        blank=True,
        help_text=_("Shown in lists and feeds. Left blank, it is taken from the body."),
    )
    dateline = models.CharField(
        _("dateline"), max_length=100, blank=True, help_text=_("Where the story was reported.")
    )
    authors = models.ManyToManyField(
        Author, through="Byline", related_name="articles", verbose_name=_("authors")
    )
    section = models.ForeignKey(
        Section, on_delete=models.PROTECT, related_name="articles", verbose_name=_("section")
    )
    tags = models.ManyToManyField(Tag, blank=True, related_name="articles", verbose_name=_("tags"))
    featured_image = models.ImageField(
        _("featured image"),
        upload_to="articles/%Y/%m/",
        blank=True,
        width_field="featured_image_width",
        height_field="featured_image_height",
    )
    featured_image_width = models.PositiveIntegerField(null=True, editable=False)
    featured_image_height = models.PositiveIntegerField(null=True, editable=False)
    featured_image_alt = models.CharField(
        _("image alt text"),
        max_length=250,
        blank=True,
        help_text=_("Describes the image for readers who cannot see it. Required with an image."),
    )
    featured_image_caption = models.CharField(_("image caption"), max_length=300, blank=True)
    featured_image_credit = models.CharField(_("image credit"), max_length=150, blank=True)
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.DRAFT
    )
    publish_at = models.DateTimeField(
        _("publish at"),
        null=True,
        blank=True,
        help_text=_("A time in the future schedules the story. Left blank, publishing uses now."),
    )
    first_published_at = models.DateTimeField(_("first published"), null=True, editable=False)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)
    revised_at = models.DateTimeField(
        _("revised"),
        null=True,
        editable=False,
        help_text=_("When the words of the live story last changed; readers see “Updated”."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        editable=False,
        related_name="articles_created",
    )
    is_featured = models.BooleanField(_("featured"), default=False)
    comments_open = models.BooleanField(_("comments open"), default=True)
    review_note = models.TextField(
        _("note from the editor"),
        blank=True,
        help_text=_("Why the story went back to draft; the journalist sees it."),
    )
    seo_title = models.CharField(_("SEO title"), max_length=120, blank=True)
    seo_description = models.CharField(_("SEO description"), max_length=300, blank=True)
    # Filled by the database on PostgreSQL after every save (articles.search_vector).
    search_vector = SearchVectorField(null=True, editable=False)

    objects = ArticleQuerySet.as_manager()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        permissions = [
            ("publish_article", _("Can publish, schedule and withdraw articles")),
            ("feature_article", _("Can feature articles")),
        ]
        indexes = [
            # Both end with the primary key, the lists' tie-break, so a page's keys come
            # from the index alone (articles.pagination.KeysFirstPaginator).
            models.Index(
                fields=["status", "-publish_at", "-id"], name="article_status_publish_idx"
            ),
            models.Index(
                fields=["section", "status", "-publish_at", "-id"],
                name="article_section_publish_idx",
            ),
            models.Index(fields=["status", "-updated_at"], name="article_status_updated_idx"),
            models.Index(
                fields=["is_featured", "status", "-publish_at"], name="article_featured_idx"
            ),
            SearchVectorIndex(fields=["search_vector"], name="article_search_vector_idx"),
        ]

    def __str__(self):
        return self.headline

    def save(self, *args, **kwargs):
        self.body = clean_html(self.body)
        live_words = getattr(self, "_live_words", None)
        if live_words is not None and live_words != self.words() and self.is_published:
            self.revised_at = timezone.now()
            if "update_fields" in kwargs and kwargs["update_fields"] is not None:
                kwargs["update_fields"] = {*kwargs["update_fields"], "revised_at"}
        if self.status == self.Status.PUBLISHED:
            if self.publish_at is None:
                self.publish_at = timezone.now()
            if self.first_published_at is None:
                self.first_published_at = self.publish_at
        super().save(*args, **kwargs)
        self._live_words = self.words() if self.is_published else None
        update_fields = kwargs.get("update_fields")
        if update_fields is None or SEARCHED_FIELDS.intersection(update_fields):
            refresh_search_vectors(Article.objects.using(self._state.db).filter(pk=self.pk))

    def get_absolute_url(self):
        return self.url_for("articles:detail")

    def url_for(self, route):
        """Return the address of one of the story's pages ("articles:detail", "articles:pdf"…)."""
        day = timezone.localdate(self.url_datetime)
        return reverse(
            route,
            kwargs={
                "year": day.year,
                "month": f"{day.month:02d}",
                "day": f"{day.day:02d}",
                "slug": self.slug,
            },
        )

    @classmethod
    def from_db(cls, db, field_names, values):
        article = super().from_db(db, field_names, values)
        # Remember what readers could see, so save() can tell a correction from a first draft.
        if {*REVISION_FIELDS, "status", "publish_at"} <= set(field_names):
            article._live_words = article.words() if article.is_published else None
        return article

    def clean(self):
        super().clean()
        if self.featured_image and not self.featured_image_alt.strip():
            raise ValidationError(
                {"featured_image_alt": _("Describe the image for readers who cannot see it.")}
            )

    def words(self):
        """Return what a reader reads: a change to any of it is a revision."""
        return tuple(getattr(self, name) for name in REVISION_FIELDS)

    @property
    def url_datetime(self):
        """Return the moment whose date goes in the story's web address."""
        return self.publish_at or self.created_at or timezone.now()

    @property
    def is_published(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at <= timezone.now()
        )

    @property
    def is_scheduled(self):
        return (
            self.status == self.Status.PUBLISHED
            and self.publish_at is not None
            and self.publish_at > timezone.now()
        )

    @property
    def was_updated(self):
        """Say whether the words changed after the story went live (worth an "Updated" line)."""
        if not self.revised_at or not self.publish_at:
            return False
        grace = timedelta(minutes=settings.NEWSROOM_UPDATED_GRACE_MINUTES)
        return self.revised_at > self.publish_at + grace

    @property
    def summary(self):
        """Return the excerpt, or the opening of the body when none was written."""
        if self.excerpt.strip():
            return self.excerpt.strip()
        return Truncator(strip_tags(self.body).replace("\xa0", " ").strip()).words(40)

    @property
    def byline_authors(self):
        """Return the authors in byline order (uses prefetched bylines when present)."""
        return [byline.author for byline in self.bylines.all()]

    @property
    def display_title(self):
        return self.seo_title or self.headline

    @property
    def display_description(self):
        return self.seo_description or self.dek or self.summary


class Byline(models.Model):
    article = models.ForeignKey(
        Article, on_delete=models.CASCADE, related_name="bylines", verbose_name=_("article")
    )
    author = models.ForeignKey(
        Author, on_delete=models.PROTECT, related_name="bylines", verbose_name=_("author")
    )
    position = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["position", "pk"]
        verbose_name = _("byline")
        verbose_name_plural = _("bylines")
        constraints = [
            models.UniqueConstraint(fields=["article", "author"], name="unique_byline_per_article")
        ]
        indexes = [models.Index(fields=["author", "article"], name="byline_author_idx")]

    def __str__(self):
        return f"{self.author} – {self.article}"
