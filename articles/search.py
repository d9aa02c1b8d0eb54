"""Reader search: PostgreSQL full-text search, with a substring fallback on other databases.

Both backends search only ``Article.objects.published()`` and do bounded work whatever the
reader types: the query is cut to ``MAX_QUERY_WORDS`` words and ``MAX_QUERY_LENGTH``
characters before it reaches the database.
"""

import html
import re
import unicodedata
from functools import reduce
from operator import add
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchHeadline, SearchQuery, SearchRank
from django.db.models import Case, F, IntegerField, Q, TextField, Value, When
from django.db.models.functions import Concat
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.views.generic import ListView

from .models import Article
from .search_vector import has_full_text_search, plain_body, search_config

MAX_QUERY_LENGTH = 200
MAX_QUERY_WORDS = 12
# Only this much of a raw query is even looked at; the rest is dropped unread.
MAX_RAW_LENGTH = MAX_QUERY_LENGTH * 4
SNIPPET_WORDS = 36
# Only the newest this many matches are ranked and shown; readers are told when there are more.
MAX_RANKED = 500

# Private-use characters mark highlights inside the database's output; they are removed from
# queries, so only ts_headline (or our own fallback) can produce them.
HIGHLIGHT_START = "\ue000"
HIGHLIGHT_STOP = "\ue001"
_HIGHLIGHT = re.compile(f"{HIGHLIGHT_START}(.*?){HIGHLIGHT_STOP}", re.DOTALL)
# Control, private-use, surrogate and unassigned characters never help a search.
_DROPPED_CATEGORIES = {"Cc", "Co", "Cs", "Cn"}
_WHITESPACE = re.compile(r"\s+")
_TAG = re.compile(r"<[^>]*>")


def normalize_query(raw):
    """Return the reader's query cleaned and cut to a bounded size ("" when nothing is left)."""
    if not isinstance(raw, str):
        return ""
    text = "".join(
        " " if unicodedata.category(char) in _DROPPED_CATEGORIES else char
        for char in raw[:MAX_RAW_LENGTH]
    )
    words = text.split()[:MAX_QUERY_WORDS]
    return " ".join(words)[:MAX_QUERY_LENGTH].strip()


def query_was_cut(raw):
    """Say whether ``normalize_query`` had to drop words or characters of ``raw``."""
    if not isinstance(raw, str):
        return False
    words = raw[: MAX_RAW_LENGTH + 1].split()
    return (
        len(raw) > MAX_RAW_LENGTH
        or len(words) > MAX_QUERY_WORDS
        or len(" ".join(words)) > MAX_QUERY_LENGTH
    )


_TERM = re.compile(r'(-?)"([^"]*)"?|(-?)(\S+)')


def query_terms(query):
    """Split ``query`` into ``(wanted, excluded)`` lists of words and quoted phrases.

    This mirrors what PostgreSQL's websearch syntax understands: "a phrase", -word.
    """
    wanted, excluded = [], []
    for match in _TERM.finditer(query):
        minus = match.group(1) or match.group(3)
        text = match.group(2) if match.group(2) is not None else match.group(4)
        term = " ".join(text.split()).strip("\"'+*()-").lower()
        if not term or term in ("or", "and"):
            continue
        target = excluded if minus else wanted
        if term not in target:
            target.append(term)
    return wanted, excluded


def render_highlights(text):
    """Return ``text`` escaped, with the highlight markers turned into ``<mark>`` elements."""
    text = _WHITESPACE.sub(" ", text or "").strip()
    marked = _HIGHLIGHT.sub(r"<mark>\1</mark>", escape(text))
    return mark_safe(marked.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_STOP, ""))


def story_text(article):
    """Return the dek and body of ``article`` as one line of plain text."""
    body = html.unescape(_TAG.sub(" ", article.body))
    return _WHITESPACE.sub(" ", f"{article.dek} {body}").strip()


class PostgresSearch:
    """Weighted full-text search on the stored vector, ranked, with ts_headline snippets."""

    def __init__(self, query):
        self.query = SearchQuery(query, search_type="websearch", config=search_config())

    def results(self, articles):
        # Ranking every match of a common word reads thousands of stories; the newest
        # MAX_RANKED matches are found along the publication index and ranked alone.
        newest = articles.filter(search_vector=self.query).newest_first().values("pk")[:MAX_RANKED]
        return (
            articles.filter(pk__in=newest)
            .annotate(rank=SearchRank(F("search_vector"), self.query))
            .order_by("-rank", "-publish_at", "-pk")
        )

    def highlight(self, articles):
        """Add the highlighted headline and snippet; applied to one page of results only."""
        options = {
            "config": search_config(),
            "start_sel": HIGHLIGHT_START,
            "stop_sel": HIGHLIGHT_STOP,
        }
        return articles.annotate(
            headline_marked=SearchHeadline("headline", self.query, highlight_all=True, **options),
            snippet_marked=SearchHeadline(
                Concat("dek", Value(" "), plain_body(), output_field=TextField()),
                self.query,
                max_words=SNIPPET_WORDS // 2,
                min_words=8,
                max_fragments=2,
                fragment_delimiter=" … ",
                **options,
            ),
        )

    def decorate(self, article):
        article.headline_html = render_highlights(article.headline_marked)
        snippet = _WHITESPACE.sub(" ", article.snippet_marked or "").strip()
        plain = snippet.replace(HIGHLIGHT_START, "").replace(HIGHLIGHT_STOP, "")
        # ts_headline cuts fragments out of the text without saying so; readers should know.
        if plain and not story_text(article).startswith(plain[:40]):
            snippet = f"… {snippet}"
        if plain and plain[-1] not in '.!?…"”’':
            snippet = f"{snippet} …"
        article.snippet_html = render_highlights(snippet)


class SubstringSearch:
    """Every word must appear in the headline, dek or body; headline matches rank first."""

    def __init__(self, query):
        self.terms, self.excluded = query_terms(query)
        self.pattern = (
            re.compile("|".join(re.escape(term) for term in self.terms), re.IGNORECASE)
            if self.terms
            else None
        )

    def results(self, articles):
        if not self.terms:
            return articles.none()
        matches = articles
        for term in self.terms:
            matches = matches.filter(self.matches(term))
        for term in self.excluded:
            matches = matches.exclude(self.matches(term))
        articles = articles.filter(pk__in=matches.newest_first().values("pk")[:MAX_RANKED])
        rank = reduce(
            add,
            (
                Case(
                    When(headline__icontains=term, then=Value(4)),
                    When(dek__icontains=term, then=Value(2)),
                    default=Value(1),
                    output_field=IntegerField(),
                )
                for term in self.terms
            ),
        )
        return articles.annotate(rank=rank).order_by("-rank", "-publish_at", "-pk")

    @staticmethod
    def matches(term):
        return Q(headline__icontains=term) | Q(dek__icontains=term) | Q(body__icontains=term)

    def highlight(self, articles):
        return articles

    def mark(self, text):
        return self.pattern.sub(lambda m: f"{HIGHLIGHT_START}{m.group(0)}{HIGHLIGHT_STOP}", text)

    def snippet(self, text):
        """Return about ``SNIPPET_WORDS`` words of ``text`` around the first match."""
        match = self.pattern.search(text)
        start = 0 if match is None else max(0, text.rfind(" ", 0, max(0, match.start() - 80)))
        snippet = Truncator(text[start:]).words(SNIPPET_WORDS)
        return f"… {snippet.lstrip()}" if start else snippet

    def decorate(self, article):
        text = story_text(article)
        article.headline_html = render_highlights(self.mark(article.headline))
        article.snippet_html = render_highlights(self.mark(self.snippet(text)))


def search_backend(query, using="default"):
    return PostgresSearch(query) if has_full_text_search(using) else SubstringSearch(query)


class SearchView(ListView):
    """Search published stories; an empty or unusable query shows the form, not an error."""

    template_name = "articles/search.html"
    context_object_name = "results"
    paginate_by = settings.NEWSROOM_PAGINATE_BY

    def get(self, request, *args, **kwargs):
        self.raw_query = request.GET.get("q", "")
        self.query = normalize_query(self.raw_query)
        self.backend = search_backend(self.query) if self.query else None
        return super().get(request, *args, **kwargs)

    def get_queryset(self):
        if self.backend is None:
            return Article.objects.none()
        published = Article.objects.published().with_bylines()
        # Highlight annotations are computed only for the rows of the page being shown.
        return self.backend.highlight(self.backend.results(published))

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        page.object_list = object_list = list(object_list)
        for article in object_list:
            self.backend.decorate(article)
        return paginator, page, object_list, is_paginated

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            query=self.query,
            query_was_cut=query_was_cut(self.raw_query),
            results_were_cut=self.backend is not None and context["paginator"].count >= MAX_RANKED,
            max_ranked=MAX_RANKED,
            query_string=urlencode({"q": self.query}) if self.query else "",
        )
        return context
