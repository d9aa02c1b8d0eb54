"""The moderators' role: comments only, nothing on articles."""

MODERATORS = "Moderators"

MODERATOR_PERMISSIONS = {
    MODERATORS: {"comments": ["view_comment", "change_comment", "delete_comment"]},
}
