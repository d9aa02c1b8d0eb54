"""Receivers that keep derived state right, whichever way a row is written.

Signals rather than overridden ``save()``/``delete()``: a queryset delete, the admin's bulk
delete action and django-reversion's raw restore never call those methods.
"""

from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from .caching import cache_delete
from .models import NAVIGATION_CACHE_KEY, SITE_IDENTITY_CACHE_KEY, Article, Section, SiteIdentity


@receiver(post_save, sender=Section, dispatch_uid="articles.section_saved")
@receiver(post_delete, sender=Section, dispatch_uid="articles.section_deleted")
def forget_navigation(sender, **kwargs):
    cache_delete(NAVIGATION_CACHE_KEY)


@receiver(post_save, sender=SiteIdentity, dispatch_uid="articles.identity_saved")
@receiver(post_delete, sender=SiteIdentity, dispatch_uid="articles.identity_deleted")
def forget_site_identity(sender, **kwargs):
    cache_delete(SITE_IDENTITY_CACHE_KEY)


@receiver(pre_save, sender=Article, dispatch_uid="articles.keep_first_publication")
def keep_first_publication(sender, instance, raw, using, **kwargs):
    """Never let a restored row rewrite when the story first went live.

    Reverting to an earlier version writes that version straight to the table (a raw save):
    one saved before publication has no ``first_published_at``, and the serialized ones keep
    only milliseconds. The moment is history, not content, and is set once: the stored one
    is kept.
    """
    if not raw or instance.pk is None:
        return
    stored = (
        Article.objects.using(using)
        .filter(pk=instance.pk)
        .values_list("first_published_at", flat=True)
        .first()
    )
    if stored is not None:
        instance.first_published_at = stored
