from django.contrib.admin.apps import AdminConfig


class NewsroomAdminConfig(AdminConfig):
    """Django's admin, with a home page that shows the newsroom's work in progress."""

    default_site = "newsroom.admin_dashboard.NewsroomAdminSite"
