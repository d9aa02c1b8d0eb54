"""The stored full-text vector of articles: how it is built, indexed and kept up to date.

Only PostgreSQL has ``tsvector`` and GIN indexes. On other databases the column stays empty
and search falls back to plain substring matching (see ``articles.search``).
"""

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVector
from django.db import connections, models
from django.db.models import F, Func, Value

# Tags and character entities become spaces, so markup never turns into searchable words.
MARKUP_PATTERN = r"<[^>]*>|&[#a-zA-Z0-9]+;"

# Saving any of these fields changes what the vector must hold.
SEARCHED_FIELDS = frozenset({"headline", "dek", "body"})


def search_config():
    """Return the PostgreSQL text search configuration used for vectors and queries alike."""
    return settings.NEWSROOM_SEARCH_CONFIG


def plain_body():
    """Return the body as plain text, computed inside PostgreSQL."""
    return Func(
        F("body"),
        Value(MARKUP_PATTERN),
        Value(" "),
        Value("g"),
        function="regexp_replace",
        output_field=models.TextField(),
    )


def article_search_vector():
    """Return the weighted vector: headline (A) above dek (B) above body (C)."""
    config = search_config()
    return (
        SearchVector("headline", weight="A", config=config)
        + SearchVector("dek", weight="B", config=config)
        + SearchVector(plain_body(), weight="C", config=config)
    )


def has_full_text_search(using="default"):
    return connections[using].vendor == "postgresql"


def refresh_search_vectors(queryset):
    """Recompute the stored vector of every article in ``queryset``; return how many changed."""
    if not has_full_text_search(queryset.db):
        return 0
    return queryset.update(search_vector=article_search_vector())


class SearchVectorIndex(GinIndex):
    """A GIN index on PostgreSQL; elsewhere a plain index, because only PostgreSQL has GIN.

    Declaring it in ``Meta.indexes`` keeps models and migrations in agreement on every
    database, and SQLite can still rebuild the table when a later migration alters it.
    """

    def create_sql(self, model, schema_editor, using="", **kwargs):
        if schema_editor.connection.vendor != "postgresql":
            return models.Index.create_sql(self, model, schema_editor, using=using, **kwargs)
        return super().create_sql(model, schema_editor, using=using, **kwargs)
