from django.urls import path, register_converter

from . import converters, feeds, pdf, preview, search, views

register_converter(converters.FourDigitYearConverter, "yyyy")
register_converter(converters.TwoDigitConverter, "mm")

app_name = "articles"

urlpatterns = [
    path("", views.HomeView.as_view(), name="home"),
    path("archive/", views.ArchiveView.as_view(), name="archive"),
    path("<yyyy:year>/", views.YearView.as_view(), name="archive_year"),
    path("<yyyy:year>/<mm:month>/", views.MonthView.as_view(), name="archive_month"),
    path(
        "<yyyy:year>/<mm:month>/<mm:day>/<slug:slug>/",
        views.ArticleDetailView.as_view(),
        name="detail",
    ),
    path(
        "<yyyy:year>/<mm:month>/<mm:day>/<slug:slug>/print/",
        views.ArticlePrintView.as_view(),
        name="print",
    ),
    path(
        "<yyyy:year>/<mm:month>/<mm:day>/<slug:slug>/pdf/",
        pdf.ArticlePdfView.as_view(),
        name="pdf",
    ),
    path("section/<slug:slug>/", views.SectionView.as_view(), name="section"),
    path("tag/<slug:slug>/", views.TagView.as_view(), name="tag"),
    path("author/<slug:slug>/", views.AuthorView.as_view(), name="author"),
    path("preview/<str:token>/", preview.shared_preview, name="shared_preview"),
    path("search/", search.SearchView.as_view(), name="search"),
    path("feed/", feeds.LatestStoriesFeed(), name="feed"),
    path("feed/atom/", feeds.LatestStoriesAtomFeed(), name="feed_atom"),
    path("section/<slug:slug>/feed/", feeds.SectionFeed(), name="section_feed"),
    path("section/<slug:slug>/feed/atom/", feeds.SectionAtomFeed(), name="section_feed_atom"),
    path("author/<slug:slug>/feed/", feeds.AuthorFeed(), name="author_feed"),
    path("author/<slug:slug>/feed/atom/", feeds.AuthorAtomFeed(), name="author_feed_atom"),
    path("tag/<slug:slug>/feed/", feeds.TagFeed(), name="tag_feed"),
    path("tag/<slug:slug>/feed/atom/", feeds.TagAtomFeed(), name="tag_feed_atom"),
]
