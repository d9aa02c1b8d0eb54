import json
import os
import shutil
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache

SHARED_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "data"


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Start every test with an empty cache, so cached site chrome cannot leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def editor():
    from articles.roles import EDITORS
    from tests.factories import make_user

    return make_user("editor", groups=[EDITORS])


@pytest.fixture
def journalist():
    from articles.roles import JOURNALISTS
    from tests.factories import make_user

    return make_user("journalist", groups=[JOURNALISTS])


@pytest.fixture(scope="session", autouse=True)
def _clean_media():
    yield
    shutil.rmtree(settings.MEDIA_ROOT, ignore_errors=True)


def naughty_strings():
    """Return the Big List of Naughty Strings from shared/data (skip when it is absent)."""
    path = SHARED_DATA / "blns.json"
    if not path.exists():
        pytest.skip("shared/data/blns.json is not beside this checkout")
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def blns():
    return naughty_strings()


def pytest_terminal_summary(terminalreporter):
    """Say how long the browser journeys took, or say loudly that they did not run."""
    browser_reports = [
        report
        for reports in terminalreporter.stats.values()
        for report in reports
        if "tests/browser/" in getattr(report, "nodeid", "")
        and getattr(report, "when", None) in {"setup", "call", "teardown"}
    ]
    passed = sum(r.when == "call" and r.passed for r in browser_reports)
    if passed:
        seconds = sum(report.duration for report in browser_reports)
        terminalreporter.write_sep("-", f"browser tests: {passed} passed in {seconds:.1f}s")
    skipped = [
        report
        for report in terminalreporter.stats.get("skipped", [])
        if "tests/browser/" in report.nodeid
    ]
    if skipped:
        reason = skipped[0].longrepr[2] if isinstance(skipped[0].longrepr, tuple) else ""
        terminalreporter.write_sep("!", f"{len(skipped)} BROWSER TESTS SKIPPED: {reason}")


def pytest_sessionfinish(session, exitstatus):
    if os.environ.get("NEWSROOM_REQUIRE_BROWSER") != "1":
        return
    reporter = session.config.pluginmanager.get_plugin("terminalreporter")
    skipped = [
        report
        for report in (reporter.stats.get("skipped", []) if reporter else [])
        if "tests/browser/" in report.nodeid
    ]
    if skipped:
        # CI installs Chromium; a skipped journey there means the set-up is broken.
        session.exitstatus = pytest.ExitCode.TESTS_FAILED
