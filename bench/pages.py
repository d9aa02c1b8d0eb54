"""Time the public pages in-process (not a test): median and 95th percentile per page.

Run after `make run` has loaded the demo content (or against any database):

    .venv/bin/python bench/pages.py [--requests 50]

Uses the dev settings and database unless DJANGO_SETTINGS_MODULE / DATABASE_URL say otherwise.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
os.environ.setdefault("STATIC_ROOT", str(Path(__file__).resolve().parent.parent / "static"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Author, Section, Tag  # noqa: E402


def public_pages():
    article = Article.objects.published().newest_first().first()
    if article is None:
        sys.exit("No published stories: run `make run` (or manage.py load_demo) first.")
    day = timezone.localdate(article.publish_at)
    return {
        "home": "/",
        "article": article.get_absolute_url(),
        "section": Section.objects.first().get_absolute_url(),
        "tag": Tag.objects.first().get_absolute_url(),
        "author": Author.objects.first().get_absolute_url(),
        "archive": "/archive/",
        "month": f"/{day:%Y}/{day:%m}/",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=50, help="requests per page")
    options = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    client = Client()
    print(f"database: {connection.vendor}, {options.requests} requests per page")
    print(f"{'page':<10} {'status':>6} {'queries':>7} {'median ms':>10} {'p95 ms':>8}")
    for name, path in public_pages().items():
        executed = []

        def count(run, sql, *args, executed=executed):
            executed.append(sql)
            return run(sql, *args)

        with connection.execute_wrapper(count):
            status = client.get(path).status_code
        timings = []
        for _ in range(options.requests):
            start = time.perf_counter()
            client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        timings.sort()
        p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
        print(
            f"{name:<10} {status:>6} {len(executed):>7} "
            f"{statistics.median(timings):>10.1f} {p95:>8.1f}"
        )


if __name__ == "__main__":
    main()
