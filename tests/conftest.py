import json
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
