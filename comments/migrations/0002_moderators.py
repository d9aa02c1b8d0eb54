from django.db import migrations



# Frozen copy: a migration must not change when live code does.
def sync_role_groups(apps, role_permissions):
    """Create each group and give it exactly the listed permissions (safe to rerun)."""
    from django.contrib.auth.management import create_permissions

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    # Permissions are normally created after migrations; these groups need them now.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    for group_name, by_app in role_permissions.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        permissions = []
        for app_label, codenames in by_app.items():
            found = list(
                Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
            )
            missing = set(codenames) - {permission.codename for permission in found}
            if missing:
                raise RuntimeError(f"Unknown permissions for {group_name}: {sorted(missing)}")
            permissions += found
        group.permissions.set(permissions)

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
