"""Tags for what search engines and social networks read in a page's <head>."""

import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

register = template.Library()

# The fallback publisher logo in static/images, and its size in pixels.
FALLBACK_LOGO = "images/logo.png"
FALLBACK_LOGO_SIZE = 256

# Inside <script>, these characters could end the element or start markup; JSON can spell
# them as escapes instead, so no headline can break out of the script.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _absolute(request, url):
    return request.build_absolute_uri(url)


def _iso(moment):
    return timezone.localtime(moment).isoformat() if moment else None


@register.simple_tag(takes_context=True)
def absolute_url(context, url):
    """Return ``url`` with the scheme and host of the current request."""
    return _absolute(context["request"], url)


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """Return the page's own address without query parameters, except its page number."""
    request = context["request"]
    page = context.get("page_obj")
    path = request.path
    if page is not None and page.number > 1:
        path = f"{path}?page={page.number}"
    return _absolute(request, path)


@register.simple_tag(takes_context=True)
def publisher_logo_url(context):
    """Return the site logo's address, or the built-in fallback logo's."""
    site = context.get("site")
    if site is not None and site.logo:
        return _absolute(context["request"], site.logo.url)
    return _absolute(context["request"], static(FALLBACK_LOGO))


def news_article_data(article, request, site):
    """Return the schema.org ``NewsArticle`` describing ``article``."""
    page_url = _absolute(request, article.get_absolute_url())
    logo = {"@type": "ImageObject"}
    if site.logo:
        logo["url"] = _absolute(request, site.logo.url)
    else:
        logo.update(
            url=_absolute(request, static(FALLBACK_LOGO)),
            width=FALLBACK_LOGO_SIZE,
            height=FALLBACK_LOGO_SIZE,
        )
    authors = []
    for author in article.byline_authors:
        person = {
            "@type": "Person",
            "name": author.name,
            "url": _absolute(request, author.get_absolute_url()),
        }
        if author.job_title:
            person["jobTitle"] = author.job_title
        if author.website:
            person["sameAs"] = [author.website]
        authors.append(person)
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "mainEntityOfPage": {"@type": "WebPage", "@id": page_url},
        "url": page_url,
        "headline": article.display_title,
        "description": article.display_description,
        "datePublished": _iso(article.publish_at),
        "dateModified": _iso(max(filter(None, [article.updated_at, article.publish_at]))),
        "author": authors,
        "publisher": {
            "@type": "Organization",
            "name": site.name,
            "url": _absolute(request, "/"),
            "logo": logo,
        },
        "articleSection": article.section.name,
        "keywords": [tag.name for tag in article.tags.all()],
        "inLanguage": get_language(),
    }
    if article.featured_image:
        image = {"@type": "ImageObject", "url": _absolute(request, article.featured_image.url)}
        if article.featured_image_width and article.featured_image_height:
            image.update(width=article.featured_image_width, height=article.featured_image_height)
        data["image"] = [image]
    if article.dateline:
        data["dateline"] = article.dateline
    return {key: value for key, value in data.items() if value not in (None, [], "")}


def json_ld_script(data):
    """Return ``data`` as an inert ``<script type="application/ld+json">`` element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def news_article_json_ld(context, article):
    return json_ld_script(news_article_data(article, context["request"], context["site"]))


@register.simple_tag(takes_context=True)
def website_json_ld(context):
    """Return the schema.org ``WebSite`` of the home page, with its search action."""
    request, site = context["request"], context["site"]
    search_url = _absolute(request, reverse("articles:search"))
    data = {
        "@context": "https://schema.org",
        "@type": "WebSite",
        "name": site.name,
        "url": _absolute(request, reverse("articles:home")),
        "potentialAction": {
            "@type": "SearchAction",
            "target": f"{search_url}?q={{search_term_string}}",
            "query-input": "required name=search_term_string",
        },
    }
    if site.description:
        data["description"] = site.description
    return json_ld_script(data)
