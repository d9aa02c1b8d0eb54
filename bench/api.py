"""Measure story-list endpoints: queries per request, then req/s under gunicorn and wrk.

    .venv/bin/python bench/api.py candidates   # DRF vs django-ninja, the same list (the choice)
    .venv/bin/python bench/api.py api          # /api/v1/stories/ (and the WordPress peer if up)

Uses the dev database with the demo content (`make demo`). Starts gunicorn on PORT (8901 by
default) and stops it when done; wrk runs DURATION per target, ROUNDS times, interleaved.
Env: PORT, WORKERS (2), DURATION (5s), ROUNDS (2), CONNS (8). Not a test: nothing is asserted.
"""

import os
import re
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PORT = int(os.environ.get("PORT", "8901"))
WORKERS = os.environ.get("WORKERS", "2")
DURATION = os.environ.get("DURATION", "5s")
ROUNDS = int(os.environ.get("ROUNDS", "2"))
CONNS = os.environ.get("CONNS", "8")
# The anonymous rate limit still runs (its cost is measured) but never refuses the benchmark.
os.environ.setdefault("NEWSROOM_API_ANON_RATE", "1000000000/min")
WORDPRESS = "http://127.0.0.1:8081/wp-json/wp/v2/posts?per_page=20"

MODES = {
    "candidates": (
        "bench.api_settings",
        {"drf": "/drf/stories/", "ninja": "/ninja/stories/"},
    ),
    "api": (
        "bench.api_settings",
        {
            "api-v1": "/api/v1/stories/?limit=20",
            "drf": "/drf/stories/",
            "ninja": "/ninja/stories/",
        },
    ),
}


def count_queries(settings_module, paths):
    """Return ``{name: (status, queries, bytes)}`` for one request to each path, in-process."""
    os.environ["DJANGO_SETTINGS_MODULE"] = settings_module
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    for name, url in paths.items():
        client.get(url)  # warm caches, as a running server would be
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        results[name] = (response.status_code, len(queries), len(response.content))
    return results


def wrk(url):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNS}", f"-d{DURATION}", "--latency", url],
        capture_output=True,
        text=True,
        check=False,
    ).stdout
    rps = re.search(r"Requests/sec:\s+([\d.]+)", out)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return float(rps.group(1)) if rps else 0.0, int(bad.group(1)) if bad else 0


def up(url):
    try:
        with urllib.request.urlopen(url, timeout=2) as response:
            return response.status == 200
    except OSError:
        return False


def answering(port):
    """Say whether anything answers HTTP on ``port`` yet (any status will do)."""
    try:
        urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/", timeout=1).close()
    except urllib.error.HTTPError:
        return True
    except OSError:
        return False
    return True


def start_gunicorn(settings_module):
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": settings_module, "DEBUG": "0"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "newsroom.wsgi", f"--bind=127.0.0.1:{PORT}"]
        + [f"--workers={WORKERS}", "--log-level=warning"],
        cwd=ROOT,
        env=env,
    )
    for _ in range(100):
        if answering(PORT):
            return server
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped before answering on port {PORT}")
        time.sleep(0.2)
    server.terminate()
    sys.exit(f"gunicorn did not answer on port {PORT}")


def main():
    mode = sys.argv[1] if len(sys.argv) > 1 else "candidates"
    if mode not in MODES:
        sys.exit(f"usage: bench/api.py [{'|'.join(MODES)}]")
    settings_module, paths = MODES[mode]
    queries = count_queries(settings_module, paths)
    targets = {name: f"http://127.0.0.1:{PORT}{path}" for name, path in paths.items()}
    if mode == "api" and up(WORDPRESS):
        targets["wordpress"] = WORDPRESS
    server = start_gunicorn(settings_module)
    try:
        rates = {name: [] for name in targets}
        for _ in range(ROUNDS):
            for name, url in targets.items():
                rates[name].append(wrk(url))
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)
    print(f"wrk -t2 -c{CONNS} -d{DURATION}, {ROUNDS} rounds, gunicorn {WORKERS} sync workers")
    print(f"{'target':<10} {'req/s (best)':>12} {'non-2xx':>8} {'queries':>8} {'bytes':>7}")
    first = None
    for name, runs in rates.items():
        best = max(rps for rps, _ in runs)
        first = first or best
        status, count, size = queries.get(name, ("-", "-", "-"))
        bad = sum(b for _, b in runs)
        print(f"{name:<10} {best:>12.1f} {bad:>8} {count!s:>8} {size!s:>7}  x{best / first:.2f}")


if __name__ == "__main__":
    main()
