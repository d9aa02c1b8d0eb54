"""Measure every public page on a big archive (not a test): status, queries, bytes, p50, p95, req/s.

Fill a database first, e.g. on PostgreSQL (about three minutes for the full size):

    export DATABASE_URL=postgres://postgres@127.0.0.1:5432/newsroom_archive_bench
    .venv/bin/python manage.py migrate && .venv/bin/python manage.py generate_archive
    .venv/bin/python bench/archive.py [--requests 30] [--wrk] [--explain]

Timings are in-process, one request at a time, after one warm-up request. ``--wrk`` also
serves the site with gunicorn and the production settings on ``--port`` and reports
requests per second under wrk. ``--explain`` prints EXPLAIN ANALYZE of each page's slowest
query (PostgreSQL), the evidence behind the indexes in the migrations.
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")
os.environ.setdefault("STATIC_ROOT", str(ROOT / "static"))

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

from articles.models import Article, Author, Byline, Section, Tag  # noqa: E402
from articles.pagination import BoundedPaginator  # noqa: E402
from comments.models import Comment  # noqa: E402

DEEP_SECTION_PAGE = 400
DEEP_AUTHOR_PAGE = 200


def last_page(count, wanted):
    """Return page ``wanted`` of a list, or the deepest page the list offers."""
    pages = -(-count // settings.NEWSROOM_PAGINATE_BY)
    return max(1, min(wanted, pages, BoundedPaginator.MAX_PAGES))


def public_pages():
    """Return ``{name: path}`` for every public page worth measuring on this database."""
    published = Article.objects.published()
    newest = published.newest_first().first()
    if newest is None:
        sys.exit("No published stories: run `manage.py generate_archive` first.")
    busy_id = (
        Comment.objects.approved()
        .values("article")
        .annotate(total=Count("pk"))
        .order_by("-total")
        .values_list("article", flat=True)
        .first()
    )
    busy = published.filter(pk=busy_id).first() or newest
    section = Section.objects.annotate(total=Count("articles")).order_by("-total").first()
    section_stories = published.filter(section=section).count()
    author_id = (
        Byline.objects.values("author")
        .annotate(total=Count("pk"))
        .order_by("-total")
        .values_list("author", flat=True)
        .first()
    )
    author = Author.objects.get(pk=author_id)
    author_stories = published.filter(bylines__author=author).count()
    tag = Tag.objects.annotate(total=Count("articles")).order_by("-total").first()
    old = timezone.localdate(published.order_by("publish_at").first().publish_at)
    year = old.year + (timezone.localdate().year - old.year) // 2
    deep_section = last_page(section_stories, DEEP_SECTION_PAGE)
    deep_author = last_page(author_stories, DEEP_AUTHOR_PAGE)
    article_sitemap_pages = -(-published.count() // sitemap_limit())
    return {
        "home": "/",
        "story": newest.get_absolute_url(),
        f"story, {busy.comments.count()} replies": busy.get_absolute_url(),
        "section, page 1": section.get_absolute_url(),
        f"section, page {deep_section}": f"{section.get_absolute_url()}?page={deep_section}",
        "author, page 1": author.get_absolute_url(),
        f"author, page {deep_author}": f"{author.get_absolute_url()}?page={deep_author}",
        "tag, page 1": tag.get_absolute_url(),
        "feed": "/feed/",
        "section feed": f"{section.get_absolute_url()}feed/",
        "archive index": "/archive/",
        "year archive": f"/{year}/",
        "month archive": f"/{year}/06/",
        "search, one word": "/search/?q=harbour",
        'search, "phrase"': "/search/?q=%22flood+defences%22",
        "search, word -word": "/search/?q=council+-parking",
        "search, no hits": "/search/?q=xylophone",
        "sitemap index": "/sitemap.xml",
        "sitemap, stories p1": "/sitemap-articles.xml",
        f"sitemap, stories p{article_sitemap_pages}": (
            f"/sitemap-articles.xml?p={article_sitemap_pages}"
        ),
        "sitemap, tags": "/sitemap-tags.xml",
        "news sitemap": "/sitemap-news.xml",
    }


def sitemap_limit():
    from articles.sitemaps import ArticleSitemap

    return ArticleSitemap.limit


def percentile(timings, share):
    ordered = sorted(timings)
    return ordered[max(0, round(len(ordered) * share) - 1)]


def measure(client, path, requests):
    """Return status, queries, bytes, p50, p95 and the slowest query of one page."""
    executed = []

    def record(run, sql, params, many, context):
        start = time.perf_counter()
        try:
            return run(sql, params, many, context)
        finally:
            executed.append((time.perf_counter() - start, sql, params))

    with connection.execute_wrapper(record):
        response = client.get(path)
    body = b"".join(response) if response.streaming else response.content
    timings = []
    for _ in range(requests):
        start = time.perf_counter()
        client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
    slowest = max(executed, default=None, key=lambda entry: entry[0])
    return {
        "status": response.status_code,
        "queries": len(executed),
        "bytes": len(body),
        "p50": statistics.median(timings),
        "p95": percentile(timings, 0.95),
        "slowest": slowest,
    }


def explain(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS OFF) {sql}", params)
        return "\n".join(f"    {row[0]}" for row in cursor.fetchall())


class Gunicorn:
    """The site under gunicorn with the production settings, for wrk to hit."""

    def __init__(self, port, workers):
        self.port = port
        self.workers = workers
        self.static_root = tempfile.mkdtemp(prefix="newsroom-bench-static-")

    def __enter__(self):
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "newsroom.settings.production",
            "SECRET_KEY": "bench-only-secret-key-" + "x" * 40,
            "ALLOWED_HOSTS": "127.0.0.1",
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": self.static_root,
            "LOG_LEVEL": "WARNING",
        }
        python = sys.executable
        subprocess.run(
            [python, "manage.py", "collectstatic", "--noinput", "-v0"],
            cwd=ROOT,
            env=env,
            check=True,
        )
        self.process = subprocess.Popen(
            [
                python, "-m", "gunicorn", "newsroom.wsgi",
                "--bind", f"127.0.0.1:{self.port}", "--workers", str(self.workers),
                "--log-level", "warning",
            ],
            cwd=ROOT,
            env=env,
        )  # fmt: skip
        self.wait_until_up()
        return self

    def wait_until_up(self):
        import urllib.request

        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{self.port}/robots.txt", timeout=2)
                return
            except OSError:
                time.sleep(0.2)
        self.__exit__()
        sys.exit(f"gunicorn did not answer on port {self.port}.")

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait(timeout=10)
        shutil.rmtree(self.static_root, ignore_errors=True)

    def requests_per_second(self, path, seconds, connections):
        url = f"http://127.0.0.1:{self.port}{path}"
        result = subprocess.run(
            ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", url],
            capture_output=True,
            text=True,
        )
        match = re.search(r"Requests/sec:\s+([\d.]+)", result.stdout)
        errors = re.search(r"Non-2xx or 3xx responses: (\d+)", result.stdout)
        if not match:
            return "?"
        return f"{float(match.group(1)):.0f}" + (f" ({errors.group(1)} errors)" if errors else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=30, help="timed requests per page")
    parser.add_argument("--only", help="measure only pages whose name contains this")
    parser.add_argument("--wrk", action="store_true", help="also measure req/s under wrk")
    parser.add_argument("--wrk-seconds", type=int, default=5)
    parser.add_argument("--wrk-connections", type=int, default=4)
    parser.add_argument("--workers", type=int, default=2, help="gunicorn workers for wrk")
    parser.add_argument("--port", type=int, default=8300, help="gunicorn port for wrk")
    parser.add_argument("--explain", action="store_true", help="EXPLAIN the slowest queries")
    options = parser.parse_args()
    settings.ALLOWED_HOSTS = ["*"]
    settings.DEBUG = False
    client = Client()
    pages = public_pages()
    if options.only:
        pages = {name: path for name, path in pages.items() if options.only in name}
    stories = Article.objects.published().count()
    replies = Comment.objects.count()
    print(
        f"{connection.vendor}: {stories:,} published stories, {replies:,} replies; "
        f"{options.requests} requests per page after one warm-up"
    )
    results = {name: measure(client, path, options.requests) for name, path in pages.items()}
    rates = {}
    if options.wrk:
        with Gunicorn(options.port, options.workers) as server:
            for name, path in pages.items():
                rates[name] = server.requests_per_second(
                    path, options.wrk_seconds, options.wrk_connections
                )
    print()
    header = "| page | status | queries | bytes | p50 ms | p95 ms |"
    print(header + (" req/s |" if rates else ""))
    print("|---|---|---|---|---|---|" + ("---|" if rates else ""))
    for name, result in results.items():
        print(
            f"| {name} | {result['status']} | {result['queries']} | {result['bytes']:,} "
            f"| {result['p50']:.1f} | {result['p95']:.1f} |"
            + (f" {rates[name]} |" if rates else "")
        )
    if options.explain and connection.vendor == "postgresql":
        for name, result in results.items():
            if result["slowest"] is None:
                continue
            seconds, sql, params = result["slowest"]
            print(f"\n{name}: slowest query ({seconds * 1000:.1f} ms)\n    {sql[:300]}")
            print(explain(sql, params))


if __name__ == "__main__":
    main()
