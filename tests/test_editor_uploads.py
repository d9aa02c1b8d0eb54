"""Images uploaded through CKEditor: staff only, real images only, size-limited."""

import io
import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image

from .factories import make_user

pytestmark = pytest.mark.django_db

UPLOAD_URL = "/ckeditor5/image_upload/"


def png(name="chart.png", size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


def test_upload_route_is_the_editors():
    assert reverse("ck_editor_5_upload_file") == UPLOAD_URL


def test_anonymous_and_non_staff_cannot_upload(client):
    assert client.post(UPLOAD_URL, {"upload": png()}).status_code == 403
    client.force_login(make_user(is_staff=False))
    assert client.post(UPLOAD_URL, {"upload": png()}).status_code == 403


def test_staff_upload_is_stored_by_month(client, settings):
    client.force_login(make_user(is_staff=True))
    response = client.post(UPLOAD_URL, {"upload": png()})
    assert response.status_code == 200
    url = response.json()["url"]
    assert url.startswith("/media/uploads/") and url.endswith(".png")
    stored = settings.MEDIA_ROOT / url.removeprefix("/media/")
    assert stored.exists()
    assert client.get(url).status_code == 200


@pytest.mark.parametrize(
    "upload",
    [
        SimpleUploadedFile("evil.png", b"<script>alert(1)</script>", content_type="image/png"),
        SimpleUploadedFile("page.html", b"<html></html>", content_type="text/html"),
        SimpleUploadedFile(
            "vector.svg", b'<svg xmlns="http://www.w3.org/2000/svg"/>', content_type="image/svg+xml"
        ),
    ],
    ids=["fake-png", "html", "svg"],
)
def test_only_real_raster_images_are_accepted(client, upload):
    client.force_login(make_user(is_staff=True))
    response = client.post(UPLOAD_URL, {"upload": upload})
    assert response.status_code == 400
    assert response.json()["error"]["message"]


def test_oversized_images_are_refused(client, settings):
    # Noise does not compress: this PNG is well over the limit in settings.
    side = 1500
    buffer = io.BytesIO()
    Image.frombytes("RGB", (side, side), os.urandom(side * side * 3)).save(buffer, "PNG")
    assert len(buffer.getvalue()) > settings.CKEDITOR_5_MAX_FILE_SIZE * 1024 * 1024
    big = SimpleUploadedFile("big.png", buffer.getvalue(), content_type="image/png")
    client.force_login(make_user(is_staff=True))
    response = client.post(UPLOAD_URL, {"upload": big})
    assert response.status_code == 400
    assert "MB" in response.json()["error"]["message"]
