from django import forms
from django.core.exceptions import ValidationError
from django.utils.formats import localize
from django.utils.timezone import template_localtime
from django.utils.translation import gettext_lazy as _
from reversion.models import Version

from .. import workflow
from ..models import Article


class ArticleAdminForm(forms.ModelForm):
    """The story form: offers each role only its statuses and refuses to overwrite a newer save."""

    loaded_updated_at = forms.CharField(widget=forms.HiddenInput, required=False)

    # Set per request by ArticleAdmin.get_form; the form has no other way to know who posts.
    # The admin builds Meta (model and fields) from the fieldsets of each request.
    current_user = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        story = self.instance if self.instance.pk else None
        if "status" in self.fields and self.current_user is not None:
            self.fields["status"].choices = [
                (status.value, status.label)
                for status in workflow.allowed_statuses(self.current_user, story)
            ]
        if story is not None and story.updated_at:
            self.fields["loaded_updated_at"].initial = story.updated_at.isoformat()

    def clean(self):
        cleaned_data = super().clean()
        self.check_edit_conflict()
        self.check_send_back_note(cleaned_data)
        return cleaned_data

    def check_edit_conflict(self):
        """Refuse the save when the story changed in the database after this form was opened."""
        if not self.instance.pk or "loaded_updated_at" not in self.fields:
            return
        current = (
            Article.objects.filter(pk=self.instance.pk).values_list("updated_at", flat=True).first()
        )
        if current is None or current.isoformat() == self.cleaned_data.get("loaded_updated_at"):
            return
        # The re-rendered form carries the newer stamp, so saving again is a deliberate choice.
        self.data = self.data.copy()
        self.data[self.add_prefix("loaded_updated_at")] = current.isoformat()
        latest = (
            Version.objects.get_for_object(self.instance)
            .select_related("revision__user")
            .order_by("-pk")
            .first()
        )
        saved_by = latest.revision.user if latest and latest.revision.user else None
        raise ValidationError(
            _(
                "Someone else (%(who)s) saved this story at %(when)s, while you were editing. "
                "Nothing was overwritten and your text is kept below. Open the story in a new "
                "tab to see their version; save again only if yours should replace it."
            ),
            code="edit_conflict",
            params={
                "who": saved_by.get_username() if saved_by else _("unknown"),
                "when": localize(template_localtime(current)),
            },
        )

    def check_send_back_note(self, cleaned_data):
        sending_back = (
            self.instance.pk
            and self.instance.status == Article.Status.REVIEW
            and cleaned_data.get("status") == Article.Status.DRAFT
            and "review_note" in self.fields
            and self.current_user is not None
            and workflow.can_publish(self.current_user)
        )
        if sending_back:
            try:
                workflow.check_send_back_note(cleaned_data.get("review_note"))
            except ValidationError as error:
                self.add_error("review_note", error)
