"""A few demo replies under the featured story: approved threads and one awaiting moderation."""

from datetime import timedelta

from django.utils import timezone

from articles.models import Article
from comments.models import Comment

# (name, email, website, body, replies…): each reply is (name, email, website, body, replies…).
DEMO_THREADS = [
    (
        "Margaret Doolan",
        "margaret@example.org",
        "",
        "The library cuts will hit the Saltgate end of town hardest. Many of us have no "
        "broadband at home and rely on those computers for everything from bus passes to "
        "benefit forms.",
        (
            "Owen Trask",
            "owen@example.org",
            "https://example.org/owen",
            "Agreed, but the north wall has to come first. If it goes, there is no Saltgate "
            "end of town to argue about.",
            (
                "Margaret Doolan",
                "margaret@example.org",
                "",
                "Nobody is arguing against the wall, Owen. The question is why the libraries "
                "pay for it and not the car parks.",
            ),
        ),
    ),
    (
        "Priya N.",
        "priya.n@example.org",
        "",
        "Useful table, thank you. It would help to see last year's actual spend next to "
        "the budget line as well.\nThe council publishes both at https://example.org/budget",
    ),
]

AWAITING = (
    "First-time reader",
    "new.reader@example.org",
    "",
    "Will the mobile library van still come to Kestrel Point on Thursdays?",
)


def load_replies():
    """Add the demo replies once; return the story they went under, or None."""
    article = Article.objects.published().filter(is_featured=True).first()
    if article is None or article.comments.exists():
        return None
    start = timezone.now() - timedelta(hours=6)
    for offset, thread in enumerate(DEMO_THREADS):
        _add(article, thread, parent=None, when=start + timedelta(minutes=40 * offset))
    name, email, website, body = AWAITING
    Comment.objects.create(article=article, name=name, email=email, website=website, body=body)
    return article


def _add(article, thread, parent, when):
    name, email, website, body, *replies = thread
    comment = Comment.objects.create(
        article=article,
        parent=parent,
        depth=parent.depth + 1 if parent else 1,
        name=name,
        email=email,
        website=website,
        body=body,
        status=Comment.Status.APPROVED,
    )
    # created_at is set on insert; give the thread a believable rhythm.
    Comment.objects.filter(pk=comment.pk).update(created_at=when)
    for index, reply in enumerate(replies):
        _add(article, reply, parent=comment, when=when + timedelta(minutes=25 * (index + 1)))
