import sys
from urllib.parse import urlsplit

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from tqdm import tqdm

from articles.models import Article
from articles.pdf import PAGE_SIZES, PdfOptions, render_pdfs_for


class Command(BaseCommand):
    help = "Render and store the PDFs of published articles; those already stored are skipped."

    def add_arguments(self, parser):
        parser.add_argument(
            "--site-url",
            required=True,
            help="The public address readers use, e.g. https://news.example.org. PDFs print "
            "it, and stored PDFs are only served to requests for that address.",
        )
        parser.add_argument("--size", choices=sorted(PAGE_SIZES), default="")
        parser.add_argument("--no-images", action="store_true", help="Store PDFs without images.")

    def handle(self, *args, site_url, size, no_images, verbosity, **options):
        parts = urlsplit(site_url)
        if parts.scheme not in {"http", "https"} or not parts.netloc or parts.path not in {"", "/"}:
            raise CommandError(_("--site-url must look like https://news.example.org"))
        origin = f"{parts.scheme}://{parts.netloc}"
        articles = Article.objects.published().with_bylines().newest_first()
        progress = tqdm(
            render_pdfs_for(
                articles.iterator(chunk_size=100),
                origin=origin,
                options=PdfOptions(size=size, images=not no_images),
            ),
            total=articles.count(),
            unit=_("article"),
            file=sys.stderr,
            disable=verbosity == 0,
        )
        rendered = skipped = 0
        for _article, was_rendered in progress:
            if was_rendered:
                rendered += 1
            else:
                skipped += 1
        self.stdout.write(
            _("%(rendered)d PDFs rendered, %(skipped)d already stored.")
            % {"rendered": rendered, "skipped": skipped}
        )
