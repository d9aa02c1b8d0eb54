from django.conf import settings
from django.core.files.storage import FileSystemStorage
from django.utils import timezone


class EditorUploadStorage(FileSystemStorage):
    """Store images uploaded through the article editor under media/uploads/<year>/<month>/."""

    def __init__(self, **kwargs):
        kwargs.setdefault("location", settings.MEDIA_ROOT / "uploads")
        kwargs.setdefault("base_url", f"{settings.MEDIA_URL}uploads/")
        super().__init__(**kwargs)

    def get_available_name(self, name, max_length=None):
        if "/" not in name:  # a retry after a name clash arrives already dated
            today = timezone.localdate()
            name = f"{today:%Y}/{today:%m}/{self.get_valid_name(name)}"
        return super().get_available_name(name, max_length=max_length)
