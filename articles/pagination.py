"""Pagination that stays fast on page 400 of a ten-year archive."""

from django.core.paginator import Paginator
from django.db.models import QuerySet
from django.utils.functional import cached_property


class KeysFirstPaginator(Paginator):
    """Fetch a page by finding its primary keys first, then only those rows.

    ``OFFSET 4800`` over whole rows reads 4,800 stories to throw them away; over the keys
    alone it walks an index (see the ``*_publish_idx`` indexes, which end with the primary
    key for this reason) and the page's rows are fetched by key.
    """

    def page(self, number):
        page = super().page(number)
        rows = page.object_list
        if isinstance(rows, QuerySet):
            page.object_list = self.object_list.filter(pk__in=rows.values("pk"))
        return page


class BoundedPaginator(KeysFirstPaginator):
    """Offer only the newest ``MAX_PAGES`` pages of a list; older stories are in the archives.

    Counting and skipping grow with the archive; the cut keeps both bounded however many
    stories a tag or an author has. ``is_cut`` says when there were more.
    """

    MAX_PAGES = 100
    is_cut = False

    @cached_property
    def count(self):
        limit = self.MAX_PAGES * self.per_page
        if not isinstance(self.object_list, QuerySet):
            found = len(self.object_list)
        else:
            found = self.object_list[: limit + 1].count()
        self.is_cut = found > limit
        return min(found, limit)
