"""The story list written the idiomatic way in each candidate library, for bench/api.py.

Both serve the same 20 newest published stories with the same fields and the same queries,
so the difference measured is the library's: routing, serialization and rendering.
"""

from django.urls import include, path
from ninja import NinjaAPI, Schema
from rest_framework import generics, serializers
from rest_framework.pagination import CursorPagination
from rest_framework.renderers import JSONRenderer

from articles.models import Article

PAGE_SIZE = 20


def stories():
    return Article.objects.published().with_bylines().prefetch_related("tags")


# --- Django REST Framework ----------------------------------------------------------------
class NamedSerializer(serializers.Serializer):
    slug = serializers.CharField()
    name = serializers.CharField()


class StorySerializer(serializers.ModelSerializer):
    section = NamedSerializer()
    authors = serializers.SerializerMethodField()
    tags = NamedSerializer(many=True)
    url = serializers.CharField(source="get_absolute_url")

    class Meta:
        model = Article
        fields = ["id", "headline", "dek", "url", "publish_at", "updated_at", "section"]
        fields += ["authors", "tags"]

    def get_authors(self, article):
        return NamedSerializer(article.byline_authors, many=True).data


class NewestFirst(CursorPagination):
    page_size = PAGE_SIZE
    ordering = ("-publish_at", "-pk")


class DrfStoryList(generics.ListAPIView):
    serializer_class = StorySerializer
    pagination_class = NewestFirst
    renderer_classes = [JSONRenderer]
    authentication_classes = []
    permission_classes = []

    def get_queryset(self):
        return stories()


# --- django-ninja -------------------------------------------------------------------------
class Named(Schema):
    slug: str
    name: str


class Story(Schema):
    id: int
    headline: str
    dek: str
    url: str
    publish_at: str
    updated_at: str
    section: Named
    authors: list[Named]
    tags: list[Named]

    @staticmethod
    def resolve_url(article):
        return article.get_absolute_url()

    @staticmethod
    def resolve_publish_at(article):
        return article.publish_at.isoformat()

    @staticmethod
    def resolve_updated_at(article):
        return article.updated_at.isoformat()

    @staticmethod
    def resolve_authors(article):
        return article.byline_authors

    @staticmethod
    def resolve_tags(article):
        return list(article.tags.all())


class StoryPage(Schema):
    next: str | None
    results: list[Story]


ninja_api = NinjaAPI(urls_namespace="bench-ninja", docs_url=None)


@ninja_api.get("/stories/", response=StoryPage)
def ninja_story_list(request):
    rows = list(stories().newest_first()[: PAGE_SIZE + 1])
    return {"next": "x" if len(rows) > PAGE_SIZE else None, "results": rows[:PAGE_SIZE]}


urlpatterns = [
    path("drf/stories/", DrfStoryList.as_view()),
    path("ninja/", ninja_api.urls),
    path("api/v1/", include("api.urls")),
    path("", include("articles.urls")),
]
