from datetime import timedelta

from django.core.management.base import BaseCommand
from django.db import transaction
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


class Command(BaseCommand):
    help = "Add a few demo replies (approved, and one awaiting moderation). Safe to rerun."

    @transaction.atomic
    def handle(self, *args, **options):
        article = Article.objects.published().filter(is_featured=True).first()
        if article is None or article.comments.exists():
            return
        start = timezone.now() - timedelta(hours=6)
        for offset, thread in enumerate(DEMO_THREADS):
            self.add(article, thread, parent=None, when=start + timedelta(minutes=40 * offset))
        name, email, website, body = AWAITING
        Comment.objects.create(article=article, name=name, email=email, website=website, body=body)
        self.stdout.write(f"Demo replies added under “{article.headline}”.")

    def add(self, article, thread, parent, when):
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
            self.add(
                article, reply, parent=comment, when=when + timedelta(minutes=25 * (index + 1))
            )
