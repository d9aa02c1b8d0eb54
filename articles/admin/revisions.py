from django.contrib import messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from .. import workflow
from ..compare import compare_versions


class StoryRevisionsMixin:
    """A story's saved versions in the admin: history, word-by-word comparison, and revert,
    which only those who may publish are offered (a revert can change the status)."""

    def history_view(self, request, object_id, extra_context=None):
        article = self.get_object(request, unquote(object_id))
        if article is None or not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = (
            Version.objects.get_for_object(article).select_related("revision__user").order_by("-pk")
        )
        context = {
            "versions": versions,
            "can_revert": workflow.can_revert(request.user),
            "compare_url": reverse(
                f"admin:{self.model._meta.app_label}_{self.model._meta.model_name}_compare",
                args=[article.pk],
            ),
            **(extra_context or {}),
        }
        return super().history_view(request, object_id, context)

    def compare_view(self, request, object_id):
        article = self.get_object(request, unquote(object_id))
        if article is None:
            raise Http404
        if not self.has_view_or_change_permission(request, article):
            raise PermissionDenied
        versions = Version.objects.get_for_object(article).select_related("revision__user")
        try:
            old = versions.get(pk=int(request.GET.get("from", "")))
            new = versions.get(pk=int(request.GET.get("to", "")))
        except (ValueError, Version.DoesNotExist):
            messages.error(request, _("Choose two saved versions of this story to compare."))
            return self.redirect_to_history(article)
        if old.revision.date_created > new.revision.date_created:
            old, new = new, old
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "original": article,
            "title": _("Compare versions of “%(headline)s”") % {"headline": article.headline},
            "old": old,
            "new": new,
            "comparison": compare_versions(old, new),
            "can_revert": workflow.can_revert(request.user),
        }
        return TemplateResponse(request, "admin/articles/article/compare.html", context)

    def redirect_to_history(self, article):
        opts = self.model._meta
        return redirect(f"admin:{opts.app_label}_{opts.model_name}_history", article.pk)

    def revision_view(self, request, object_id, version_id, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
        return super().revision_view(request, object_id, version_id, extra_context)

    def recoverlist_view(self, request, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
        return super().recoverlist_view(request, extra_context)

    def recover_view(self, request, version_id, extra_context=None):
        if not workflow.can_revert(request.user):
            raise PermissionDenied
