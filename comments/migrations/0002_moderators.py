from django.db import migrations

from articles.roles import sync_role_groups

# Frozen here on purpose: a migration must keep meaning what it meant when it was written.
MODERATORS = {"Moderators": {"comments": ["view_comment", "change_comment", "delete_comment"]}}


def create_moderators(apps, schema_editor):
    sync_role_groups(apps, MODERATORS)


def remove_moderators(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(MODERATORS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("comments", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_moderators, remove_moderators)]
