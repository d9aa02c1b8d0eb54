from django import forms
from django.core.validators import MaxLengthValidator, URLValidator
from django.utils.translation import gettext_lazy as _

from .conf import setting
from .models import Comment


class CommentForm(forms.ModelForm):
    """The "Leave a Reply" form under a story."""

    parent = forms.IntegerField(required=False, widget=forms.HiddenInput)
    # Signed time of rendering; a bad or hurried one marks a bot (checked in the view).
    rendered = forms.CharField(required=False, widget=forms.HiddenInput)
    # A honeypot: hidden from people, tempting to bots that fill in every field.
    homepage = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )
    website = forms.URLField(
        label=_("Website"),
        required=False,
        max_length=200,
        assume_scheme="https",
        validators=[URLValidator(schemes=["http", "https"])],
        widget=forms.URLInput(attrs={"autocomplete": "url"}),
    )
    remember = forms.BooleanField(
        label=_("Save my name, email, and website in this browser for the next time I comment."),
        required=False,
    )

    class Meta:
        model = Comment
        fields = ["body", "name", "email", "website"]
        help_texts = {"email": ""}
        labels = {"body": _("Comment"), "name": _("Name"), "email": _("Email")}
        widgets = {
            "body": forms.Textarea(attrs={"rows": 8, "cols": 45}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
        }
        error_messages = {
            "body": {"required": _("Please type your comment.")},
            "name": {"required": _("Please enter your name.")},
            "email": {
                "required": _("Please enter your email address."),
                "invalid": _("Please enter a valid email address."),
            },
        }

    def __init__(self, *args, article, **kwargs):
        # Prefixed ids cannot collide with other forms on the story page.
        kwargs.setdefault("auto_id", "comment-form-%s")
        super().__init__(*args, **kwargs)
        self.article = article
        limit = setting("MAX_LENGTH")
        body = self.fields["body"]
        body.max_length = limit
        body.validators.append(MaxLengthValidator(limit))
        body.widget.attrs["maxlength"] = str(limit)
        self.fields["website"].error_messages["invalid"] = _(
            "Please enter a web address starting with http:// or https://."
        )
        self.fields["email"].widget.attrs["aria-describedby"] = "email-notes"
        self.parent_comment = None

    def point_to_errors(self):
        """Tie each field with an error to its message, for screen readers."""
        for name in self.errors:
            if name in self.fields and not self.fields[name].widget.is_hidden:
                bound = self[name]
                bound.field.widget.attrs["aria-describedby"] = f"{bound.auto_id}-error"

    def clean_email(self):
        # Stored in lower case so "previously approved" and duplicates ignore capitals.
        return self.cleaned_data["email"].lower()

    def clean_parent(self):
        parent_id = self.cleaned_data.get("parent")
        if parent_id is None:
            return None
        parent = Comment.objects.approved().filter(article=self.article, pk=parent_id).first()
        if parent is None:
            raise forms.ValidationError(
                _("The comment you are replying to is not available any more.")
            )
        self.parent_comment = parent
        return parent_id

    def clean(self):
        cleaned = super().clean()
        body, email = cleaned.get("body"), cleaned.get("email")
        if body and email:
            duplicate = (
                Comment.objects.filter(article=self.article, email=email, body=body)
                .exclude(status=Comment.Status.REMOVED)
                .exists()
            )
            if duplicate:
                raise forms.ValidationError(
                    _("Duplicate comment: it looks as though you have already said that."),
                    code="duplicate",
                )
        return cleaned

    def is_bot(self):
        return bool(self.cleaned_data.get("homepage"))

    def build_comment(self):
        """Return the unsaved comment, placed in its thread within the depth limit."""
        comment = self.save(commit=False)
        comment.article = self.article
        parent = self.parent_comment
        if parent is not None and parent.depth >= setting("MAX_DEPTH"):
            # The deepest level takes no children: the reply joins it as a sibling.
            comment.parent_id = parent.parent_id
            comment.depth = parent.depth if parent.parent_id else 1
        elif parent is not None:
            comment.parent = parent
            comment.depth = parent.depth + 1
        return comment
