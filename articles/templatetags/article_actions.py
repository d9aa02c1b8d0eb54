from urllib.parse import quote

from django import template

register = template.Library()


@register.simple_tag
def article_url(name, article):
    """Return the address of one of an article's pages, e.g. "articles:print" or "articles:pdf"."""
    return article.url_for(name)


@register.simple_tag(takes_context=True)
def email_link(context, article):
    """Return a mailto: address whose subject is the headline and whose body is the story's URL.

    Both are percent-encoded in full (RFC 6068): a "&" or "?" in a headline must not start
    a new field, and spaces must be %20, which mail programs read, not "+".
    """
    url = context["request"].build_absolute_uri(article.get_absolute_url())
    return f"mailto:?subject={quote(article.headline, safe='')}&body={quote(url, safe='')}"
