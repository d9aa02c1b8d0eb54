from django.db import migrations

# Frozen copies: a migration must not change when live code does.
ROLE_PERMISSIONS = {
    "Journalists": {
        "articles": [
            "add_article",
            "change_article",
            "view_article",
            "add_byline",
            "change_byline",
            "delete_byline",
            "view_byline",
            "view_author",
            "view_section",
            "add_tag",
            "view_tag",
        ],
    },
    "Editors": {
        "articles": [
            "add_article",
            "change_article",
            "delete_article",
            "view_article",
            "publish_article",
            "feature_article",
            "add_byline",
            "change_byline",
            "delete_byline",
            "view_byline",
            "add_author",
            "change_author",
            "delete_author",
            "view_author",
            "add_section",
            "change_section",
            "delete_section",
            "view_section",
            "add_tag",
            "change_tag",
            "delete_tag",
            "view_tag",
            "change_siteidentity",
            "view_siteidentity",
        ],
    },
}



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


def create_roles(apps, schema_editor):
    sync_role_groups(apps, ROLE_PERMISSIONS)


def remove_roles(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=list(ROLE_PERMISSIONS)).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("articles", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(create_roles, remove_roles)]
