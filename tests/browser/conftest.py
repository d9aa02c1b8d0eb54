"""Real-browser fixtures: Debian's Chromium driven by Playwright against Django's live server."""

import os
import re
from pathlib import Path

import pytest

CHROMIUM = Path(os.environ.get("NEWSROOM_CHROMIUM", "/usr/bin/chromium"))
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
ROOT = Path(__file__).resolve().parent.parent.parent
ARTIFACTS = ROOT / "test-artifacts" / "browser"
AXE_SCRIPT = ROOT / "node_modules" / "axe-core" / "axe.min.js"
PHONE = {"width": 375, "height": 812}
DESKTOP = {"width": 1280, "height": 900}


def browser_missing_reason():
    if not CHROMIUM.exists():
        return f"Chromium not found at {CHROMIUM}"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "Playwright for Python is not installed"
    return None


def pytest_collection_modifyitems(config, items):
    reason = browser_missing_reason()
    for item in items:
        if "tests/browser/" in item.nodeid:
            item.add_marker(pytest.mark.browser)
            if reason:
                item.add_marker(pytest.mark.skip(reason=f"browser tests skipped: {reason}"))


@pytest.hookimpl(wrapper=True, tryfirst=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread; the ORM calls the tests make
    # between browser steps are still plain synchronous code.
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
    del os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"]


@pytest.fixture
def new_page(browser, request):
    """Open pages in fresh browser contexts; save a screenshot and the HTML of each on failure."""
    contexts = []

    def open_page(viewport=DESKTOP, **context_options):
        context = browser.new_context(viewport=viewport, **context_options)
        context.set_default_timeout(15_000)
        contexts.append(context)
        return context.new_page()

    yield open_page

    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", request.node.nodeid)
        for index, context in enumerate(contexts):
            for number, page in enumerate(context.pages):
                stem = ARTIFACTS / f"{name}-{index}-{number}"
                try:
                    page.screenshot(path=f"{stem}.png", full_page=True)
                    Path(f"{stem}.html").write_text(page.content(), encoding="utf-8")
                except Exception as error:  # the page may already be gone; keep the report
                    Path(f"{stem}.txt").write_text(repr(error), encoding="utf-8")
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_page):
    return new_page()


@pytest.fixture
def shots():
    """Return a function that saves a named screenshot of a page for people to look at."""
    folder = ARTIFACTS / "screens"
    folder.mkdir(parents=True, exist_ok=True)

    def save(page, name, full_page=True):
        path = folder / f"{name}.png"
        page.screenshot(path=str(path), full_page=full_page)
        return path

    save.folder = folder
    return save


@pytest.fixture
def axe():
    """Return a function that runs axe-core on a page and returns its serious violations."""
    if not AXE_SCRIPT.exists():
        pytest.fail(f"axe-core is missing at {AXE_SCRIPT}: run `make test` (it runs npm ci)")
    source = AXE_SCRIPT.read_text(encoding="utf-8")

    def serious_violations(page):
        page.add_script_tag(content=source)
        result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
        return [
            {
                "id": violation["id"],
                "impact": violation["impact"],
                "help": violation["help"],
                "targets": [node["target"] for node in violation["nodes"]][:5],
            }
            for violation in result["violations"]
            if violation["impact"] in {"serious", "critical"}
        ]

    return serious_violations


@pytest.fixture
def roles(transactional_db):
    """Recreate the role groups: live-server tests flush the tables the data migrations filled."""
    from django.apps import apps

    from articles.roles import ROLE_PERMISSIONS, sync_role_groups

    sync_role_groups(apps, ROLE_PERMISSIONS)
    try:
        from comments.roles import MODERATOR_PERMISSIONS
    except ImportError:
        return
    sync_role_groups(apps, MODERATOR_PERMISSIONS)
