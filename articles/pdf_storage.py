"""Where rendered PDFs are kept: files under ``MEDIA_ROOT/pdf-cache``, written atomically.

Files rather than Django's cache: a PDF is tens to hundreds of kilobytes, every gunicorn
worker and ``manage.py render_pdfs`` must see the same files (a local-memory cache is per
process, so pre-rendering into it would be lost), and files survive restarts without taking
Redis memory.
"""

import os
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage

CACHE_DIRECTORY = "pdf-cache"


def pdf_storage():
    """Return the storage of rendered PDFs (read at call time, so tests can move MEDIA_ROOT)."""
    return FileSystemStorage(location=Path(settings.MEDIA_ROOT) / CACHE_DIRECTORY)


def cached_pdf(job):
    """Return the stored PDF of ``job``, or None."""
    storage = pdf_storage()
    try:
        with storage.open(job.cache_name, "rb") as stored:
            return stored.read()
    except FileNotFoundError:
        return None


def store_pdf(job, pdf):
    """Store ``pdf`` atomically and drop the PDFs of the article's older versions."""
    storage = pdf_storage()
    target = Path(storage.path(job.cache_name))
    target.parent.mkdir(parents=True, exist_ok=True)
    # Readers in other processes must never see half a file, so write aside, then rename.
    handle, temporary = tempfile.mkstemp(dir=target.parent, suffix=".part")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(pdf)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    current = f"{job.version}-"
    for old in target.parent.glob("*.pdf"):
        if not old.name.startswith(current):
            old.unlink(missing_ok=True)
