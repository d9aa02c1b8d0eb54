from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from articles.models import Article
from articles.search_vector import has_full_text_search, refresh_search_vectors


class Command(BaseCommand):
    help = (
        "Recompute the full-text search vector of every article (PostgreSQL). Run it after "
        "changing NEWSROOM_SEARCH_CONFIG or after editing articles with queryset.update()."
    )

    def add_arguments(self, parser):
        parser.add_argument("--database", default="default", help="Database alias to update.")

    def handle(self, *args, database, **options):
        if not has_full_text_search(database):
            self.stdout.write(_("This database has no full-text search; nothing to update."))
            return
        count = refresh_search_vectors(Article.objects.using(database))
        self.stdout.write(
            self.style.SUCCESS(
                _("Updated the search vector of %(count)d articles.") % {"count": count}
            )
        )
