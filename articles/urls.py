from django.urls import path, register_converter

from . import converters, pdf, preview, views

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
]
