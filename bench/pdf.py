"""Time article PDFs: a cold render, a warm (stored) serve, and peak memory. Not a test.

Run from the checkout after `make demo`:  python bench/pdf.py [--limit N]
"""

import argparse
import os
import resource
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newsroom.settings.dev")

import django  # noqa: E402

django.setup()

from articles.models import Article, SiteIdentity  # noqa: E402
from articles.pdf import PdfJob, PdfOptions, get_or_render_pdf, pdf_storage  # noqa: E402

ORIGIN = "http://127.0.0.1:8000"


def forget(job):
    """Delete the stored PDF of ``job`` so the next request must render it."""
    storage = pdf_storage()
    if storage.exists(job.cache_name):
        storage.delete(job.cache_name)


def milliseconds(seconds):
    return f"{seconds * 1000:8.1f} ms"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=10, help="How many demo articles to render.")
    parser.add_argument("--no-images", action="store_true")
    arguments = parser.parse_args()

    articles = list(Article.objects.published().with_bylines().newest_first()[: arguments.limit])
    if not articles:
        sys.exit("No published articles: run `make demo` first.")
    identity = SiteIdentity.load()
    options = PdfOptions(images=not arguments.no_images)

    cold, warm, sizes = [], [], []
    for index, article in enumerate(articles):
        job = PdfJob(article, options, origin=ORIGIN, identity=identity)
        forget(job)
        started = time.perf_counter()
        pdf, rendered = get_or_render_pdf(job)
        middle = time.perf_counter()
        _pdf, rendered_again = get_or_render_pdf(job)
        ended = time.perf_counter()
        assert rendered and not rendered_again
        if index == 0:
            first = middle - started
        else:
            cold.append(middle - started)
        warm.append(ended - middle)
        sizes.append(len(pdf))
        print(
            f"{article.slug[:48]:<48} cold {milliseconds(middle - started)}"
            f"  warm {milliseconds(ended - middle)}  {len(pdf) / 1024:7.1f} KiB"
        )
    # Measured apart: tracing every allocation slows rendering down by half.
    job = PdfJob(articles[0], options, origin=ORIGIN, identity=identity)
    forget(job)
    tracemalloc.start()
    get_or_render_pdf(job)
    _current, python_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    # ru_maxrss counts Pango, HarfBuzz and image buffers too, which tracemalloc cannot see.
    process_peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024

    print()
    print(f"articles: {len(articles)}  images: {'no' if arguments.no_images else 'yes'}")
    print(f"first render in the process (loads fonts): {milliseconds(first)}")
    if cold:
        print(
            f"cold render: median {milliseconds(statistics.median(cold))}"
            f"  max {milliseconds(max(cold))}"
        )
    print(
        f"warm (stored PDF): median {milliseconds(statistics.median(warm))}"
        f"  max {milliseconds(max(warm))}"
    )
    print(f"PDF size: median {statistics.median(sizes) / 1024:.1f} KiB")
    print(f"peak Python memory of one render (tracemalloc): {python_peak / 2**20:.1f} MiB")
    print(f"peak process memory (ru_maxrss): {process_peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
