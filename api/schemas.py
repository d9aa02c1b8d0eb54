"""The shapes of the API's answers, as the OpenAPI document describes them."""

from datetime import datetime

from ninja import Schema


class Error(Schema):
    detail: str


class Ref(Schema):
    id: int
    slug: str
    name: str
    url: str


class Section(Ref):
    description: str
    stories_url: str


class Tag(Ref):
    stories_url: str


class Author(Ref):
    job_title: str
    bio: str
    website: str
    social_handle: str
    photo_url: str | None
    stories_url: str


class Rendition(Schema):
    url: str
    width: int
    height: int


class LeadImage(Schema):
    url: str
    width: int | None
    height: int | None
    alt: str
    caption: str
    credit: str
    renditions: list[Rendition]


class StorySummary(Schema):
    id: int
    url: str
    api_url: str
    headline: str
    dek: str
    summary: str
    dateline: str
    section: Ref
    authors: list[Ref]
    tags: list[Ref]
    lead_image: LeadImage | None
    published_at: datetime
    first_published_at: datetime | None
    revised_at: datetime | None
    modified_at: datetime
    is_featured: bool
    comments_open: bool
    reply_count: int
    replies_url: str


class Story(StorySummary):
    body_html: str
    body_text: str
    meta_title: str
    meta_description: str


class Reply(Schema):
    id: int
    parent_id: int | None
    author_name: str
    author_url: str | None
    body_html: str
    body_text: str
    created_at: datetime
    url: str
    replies: list["Reply"]


class Page(Schema):
    id: int
    slug: str
    title: str
    url: str
    body_html: str
    body_text: str
    modified_at: datetime


def page_of(item):
    """Return the schema of a page of ``item``s, with the address of the next page."""
    return type(
        f"{item.__name__}List",
        (Schema,),
        {
            "__annotations__": {
                "results": list[item],
                "next": str | None,
                "next_cursor": str | None,
            }
        },
    )


Reply.model_rebuild()
