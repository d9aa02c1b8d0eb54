"""Fill the database with a newspaper's ten-year archive, to measure the site at that size.

Everything is invented here, from word lists and sentence templates: towns, councils,
clubs, readers and their replies. Rows go in by the batch (COPY on PostgreSQL, multi-row
INSERTs elsewhere) without model instances, so a million replies take minutes, not hours.
The command adds to what is there; sections, authors and tags are reused by slug.
"""

import csv
import io
import random
from datetime import timedelta

from django.core.management.base import BaseCommand, CommandError
from django.core.management.color import no_style
from django.db import connections, transaction
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from tqdm import tqdm

from articles.models import Article, Author, Byline, Section, Tag
from articles.search_vector import has_full_text_search, refresh_search_vectors
from comments.models import Comment

SECTION_NAMES = [
    "Politics", "Business", "Environment", "Education", "Sport", "Health",
    "Transport", "Culture", "Crime and courts", "Farming", "Opinion", "Letters",
]  # fmt: skip
TOWNS = [
    "Saltgate", "Kestrel Point", "Harrowby", "Millbrook", "Fenwick Cross", "Ashdown",
    "Larkhill", "Brackenmoor", "Wyvern Quay", "Elmstead", "Thornbury Vale", "Caddon Mouth",
    "Oxley Green", "Port Alder", "Rushmere", "Stonecliff", "Marram Hills", "Dunfold",
]  # fmt: skip
BODIES = [
    "the county council", "the harbour board", "the hospital trust", "local traders",
    "the school governors", "the rugby club", "the bus company", "the water authority",
    "parish councillors", "the fire service", "the lifeboat crew", "the farmers' union",
    "the chamber of commerce", "the police", "the college", "residents' groups",
]  # fmt: skip
THINGS = [
    "the library budget", "the flood defences", "a new bus route", "the ferry timetable",
    "the harbour wall", "parking charges", "the bypass", "the swimming pool",
    "school meals", "the night shelter", "the market square", "the coastal path",
    "the wind farm", "the maternity unit", "business rates", "the level crossing",
    "the cricket pavilion", "the recycling centre", "the fish market", "rural broadband",
]  # fmt: skip
ACTIONS = [
    "approved", "rejected", "delayed", "defended", "questioned", "promised to review",
    "agreed to fund", "voted to close", "backed", "criticised", "paused work on", "reopened",
]  # fmt: skip
HEADLINE_TEMPLATES = [
    "{Body} {action} {thing} in {town}",
    "{Town} waits for answers on {thing}",
    "What the vote on {thing} means for {town}",
    "{Town}'s {noun} faces {trouble}",
    "{Count} jobs at stake as {body} {action} {thing}",
    "Row over {thing} reaches {town}",
    "{Town} {noun} celebrates {count} years",
    "Readers' questions about {thing}, answered",
]
NOUNS = [
    "bakery", "lifeboat station", "choir", "youth club", "harbour", "high street",
    "allotments", "museum", "football team", "dairy", "primary school", "brass band",
]  # fmt: skip
TROUBLES = [
    "an uncertain winter", "a funding gap", "a planning fight", "rising costs",
    "a staff shortage", "storm damage", "a legal challenge", "a quiet season",
]  # fmt: skip
SENTENCES = [
    "{Body} said on {weekday} that {thing} would be settled by {month}.",
    "The decision follows {count} months of argument over {thing}.",
    "“We have listened to {town}, and we will keep listening,” said {person}, who chairs {body}.",
    "Figures published this week show {count} households in {town} rely on {thing}.",
    "Not everyone is convinced: {person} called the plan “a sticking plaster on a broken leg”.",
    "A public meeting is due at {town} town hall on {weekday} evening.",
    "Opponents say {thing} has been neglected since {year}.",
    "The cost has risen to £{count}0,000, according to papers seen by this newspaper.",
    "{person} told the Courier the {noun} could not survive another year like this one.",
    "Supporters point out that {town} has waited longer than any other town in the district.",
    "It's the third time in {count} years that {body} has returned to the question.",
    "A consultation runs until the end of {month}; replies can be made online or by post.",
    "Traders on the {town} seafront said trade was down by a fifth on last {month}.",
    "The {noun} in {town} opened its doors to visitors for the first time since {year}.",
    "Councillors from both groups agreed that doing nothing was no longer an option.",
]
PEOPLE = [
    "Margaret Doolan", "Owen Trask", "Priya Natarajan", "Tomasz Wilk", "Aileen Brody",
    "Samuel Okafor", "Hetty Lowe", "Ravi Mistry", "Gwen Pritchard", "Declan Moss",
    "Nadia Haddad", "Colin Ferris", "Ruth Abernethy", "Joseph Mensah", "Isla McCrae",
]  # fmt: skip
FIRST_NAMES = [
    "Anna", "Ben", "Carys", "Dev", "Elena", "Femi", "Grace", "Harry", "Ines", "Jack",
    "Kofi", "Lena", "Mairead", "Niall", "Olu", "Pia", "Quentin", "Rosa", "Sian", "Theo",
]  # fmt: skip
LAST_NAMES = [
    "Archer", "Bellamy", "Castell", "Dunmore", "Evans", "Fairley", "Gallagher", "Hale",
    "Iqbal", "Jarvis",
]  # fmt: skip
JOB_TITLES = ["Reporter", "Senior reporter", "Political editor", "Sports writer", "Correspondent"]
REPLY_SENTENCES = [
    "I've lived in {town} for thirty years and never seen {thing} in such a state.",
    "Good to see this reported properly at last.",
    "Who is actually paying for {thing}? The article doesn't say.",
    "My daughter uses {thing} every week, so this matters to us.",
    "With respect, {body} have been promising this since {year}.",
    "Thank you for covering the meeting; I couldn't make it.",
    "The photo is of the old {noun}, not the new one.",
    "This is exactly why people stop voting.",
    "Is there a date for the consultation yet?",
    "Credit where it's due: the lifeboat crew were brilliant that night.",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "March", "April", "June", "September", "October", "November"]
APPROVED_SHARE, PENDING_SHARE = 0.90, 0.07  # the rest is spam
YEARS = 10
BATCH = 5000
# How COPY is told a value is missing; no generated text contains it.
NULL = r"\N"


def weighted_choices(population):
    """Return weights that make a few items very common and most rare, as in a real archive."""
    return [1 / (rank + 1) for rank in range(len(population))]


class Text:
    """Invented prose from the word lists, reproducible for one seed."""

    def __init__(self, rng):
        self.rng = rng

    def fill(self, template):
        pick = self.rng.choice
        words = {
            "body": pick(BODIES),
            "thing": pick(THINGS),
            "town": pick(TOWNS),
            "action": pick(ACTIONS),
            "noun": pick(NOUNS),
            "trouble": pick(TROUBLES),
            "person": pick(PEOPLE),
            "weekday": pick(WEEKDAYS),
            "month": pick(MONTHS),
            "count": self.rng.randint(2, 90),
            "year": self.rng.randint(1990, 2015),
        }
        words.update({key.capitalize(): str(value).capitalize() for key, value in words.items()})
        words["Body"] = words["body"][0].upper() + words["body"][1:]
        return template.format(**words)

    def headline(self):
        return self.fill(self.rng.choice(HEADLINE_TEMPLATES))

    def sentences(self, pool, low, high):
        return " ".join(
            self.fill(self.rng.choice(pool)) for _ in range(self.rng.randint(low, high))
        )

    def body(self):
        paragraphs = (self.sentences(SENTENCES, 2, 4) for _ in range(self.rng.randint(4, 8)))
        return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)

    def reply(self):
        return self.sentences(REPLY_SENTENCES, 1, 3)


class TableWriter:
    """Insert plain rows into a model's table in batches: COPY on PostgreSQL, INSERT elsewhere.

    Fields a row leaves out get their model default, so rows name only what varies.
    """

    def __init__(self, model, using, columns):
        self.connection = connections[using]
        self.fields = list(model._meta.concrete_fields)
        self.given = columns
        self.defaults = {
            field.attname: field.get_default()
            for field in self.fields
            if field.attname not in columns
        }
        self.table = model._meta.db_table
        self.rows = []

    def add(self, **values):
        self.rows.append(values)
        if len(self.rows) >= BATCH:
            self.flush()

    def flush(self):
        if not self.rows:
            return
        ops = self.connection.ops
        columns = [ops.quote_name(field.column) for field in self.fields]
        prepared = [
            [self.prepare(field, {**self.defaults, **row}[field.attname]) for field in self.fields]
            for row in self.rows
        ]
        with self.connection.cursor() as cursor:
            if self.connection.vendor == "postgresql":
                buffer = io.StringIO()
                csv.writer(buffer).writerows(
                    [[NULL if value is None else value for value in row] for row in prepared]
                )
                buffer.seek(0)
                sql = (
                    f"COPY {ops.quote_name(self.table)} ({', '.join(columns)}) "
                    f"FROM STDIN WITH (FORMAT csv, NULL '{NULL}')"
                )
                cursor.cursor.copy_expert(sql, buffer)
            else:
                per_statement = max(
                    1, (self.connection.features.max_query_params or 999) // len(columns)
                )
                for start in range(0, len(prepared), per_statement):
                    chunk = prepared[start : start + per_statement]
                    row_sql = f"({', '.join(['%s'] * len(columns))})"
                    cursor.execute(
                        f"INSERT INTO {ops.quote_name(self.table)} ({', '.join(columns)}) "
                        f"VALUES {', '.join([row_sql] * len(chunk))}",
                        [value for row in chunk for value in row],
                    )
        self.rows = []

    def prepare(self, field, value):
        if value is None:
            return None
        if field.get_internal_type() == "DateTimeField":
            return self.connection.ops.adapt_datetimefield_value(value)
        if isinstance(value, bool):
            return value if self.connection.vendor == "postgresql" else int(value)
        return value


def next_id(model, using):
    last = model.objects.using(using).order_by("-pk").values_list("pk", flat=True).first()
    return (last or 0) + 1


class Command(BaseCommand):
    help = (
        "Fill the database with a ten-year archive of invented stories and replies, to measure "
        "the site at a real newspaper's size. Adds to what is there."
    )

    def add_arguments(self, parser):
        parser.add_argument("--stories", type=int, default=100_000)
        parser.add_argument("--replies", type=int, default=1_000_000)
        parser.add_argument("--unpublished", type=int, default=300, help="drafts and scheduled")
        parser.add_argument("--sections", type=int, default=12)
        parser.add_argument("--authors", type=int, default=200)
        parser.add_argument("--tags", type=int, default=2000)
        parser.add_argument(
            "--busy-stories", type=int, default=1000, help="stories with many replies"
        )
        parser.add_argument("--busy-replies", type=int, default=200, help="replies on each")
        parser.add_argument("--seed", type=int, default=2015)
        parser.add_argument("--database", default="default")
        parser.add_argument("--quiet", action="store_true", help="no progress bars")

    def handle(self, *args, **options):
        for name in ("stories", "replies", "sections", "authors", "tags"):
            if options[name] < (1 if name != "replies" else 0):
                raise CommandError(_("--%(name)s must be at least 1.") % {"name": name})
        if options["sections"] > len(SECTION_NAMES):
            raise CommandError(
                _("At most %(count)d sections can be invented.") % {"count": len(SECTION_NAMES)}
            )
        busy = options["busy_stories"] * options["busy_replies"]
        if busy > options["replies"] or options["busy_stories"] > options["stories"]:
            raise CommandError(_("The busy stories need more replies or stories than asked for."))
        self.using = options["database"]
        self.quiet = options["quiet"]
        self.rng = random.Random(options["seed"])
        self.text = Text(self.rng)
        self.now = timezone.now()
        with transaction.atomic(using=self.using):
            sections = self.sections(options["sections"])
            authors = self.authors(options["authors"])
            tags = self.tags(options["tags"])
            stories = self.stories(
                options["stories"], options["unpublished"], sections, authors, tags
            )
            self.replies(
                stories, options["replies"], options["busy_stories"], options["busy_replies"]
            )
            self.reset_sequences()
        self.refresh_search(stories)
        self.analyze()
        self.stdout.write(
            self.style.SUCCESS(
                _("Added %(stories)d stories and %(replies)d replies.")
                % {"stories": len(stories), "replies": options["replies"]}
            )
        )

    def progress(self, total, what):
        return tqdm(total=total, desc=what, unit=" rows", disable=self.quiet, leave=False)

    def sections(self, count):
        sections = []
        for position, name in enumerate(SECTION_NAMES[:count], start=1):
            section, _created = Section.objects.using(self.using).get_or_create(
                slug=slugify(name), defaults={"name": name, "position": position}
            )
            sections.append(section.pk)
        return sections

    def authors(self, count):
        wanted = {}
        for n in range(count):
            first = FIRST_NAMES[n % len(FIRST_NAMES)]
            last = LAST_NAMES[(n // len(FIRST_NAMES)) % len(LAST_NAMES)]
            name = f"{first} {last}" + (f" {n // 200 + 1}" if n >= 200 else "")
            wanted[slugify(name)] = name
        existing = set(
            Author.objects.using(self.using).filter(slug__in=wanted).values_list("slug", flat=True)
        )
        Author.objects.using(self.using).bulk_create(
            Author(
                name=name,
                slug=slug,
                job_title=self.rng.choice(JOB_TITLES),
                bio=f"Writes about {self.rng.choice(TOWNS)} and the district.",
            )
            for slug, name in wanted.items()
            if slug not in existing
        )
        by_slug = dict(
            Author.objects.using(self.using).filter(slug__in=wanted).values_list("slug", "pk")
        )
        return [by_slug[slug] for slug in wanted]

    def tags(self, count):
        things = [thing.removeprefix("the ").removeprefix("a ") for thing in THINGS]
        topics = TOWNS + things + NOUNS + [f"{town} {thing}" for town in TOWNS for thing in things]
        wanted = {}
        for n in range(count):
            name = topics[n % len(topics)]
            if n >= len(topics):
                name = f"{name} {2015 + n // len(topics)}"
            wanted[slugify(name)] = name[0].upper() + name[1:]
        existing = set(
            Tag.objects.using(self.using).filter(slug__in=wanted).values_list("slug", flat=True)
        )
        Tag.objects.using(self.using).bulk_create(
            Tag(name=name, slug=slug) for slug, name in wanted.items() if slug not in existing
        )
        by_slug = dict(
            Tag.objects.using(self.using).filter(slug__in=wanted).values_list("slug", "pk")
        )
        return [by_slug[slug] for slug in wanted]

    def stories(self, count, unpublished, sections, authors, tags):
        """Write the stories, bylines and tags; return ``[(id, publish_at, published)…]``."""
        rng = self.rng
        start = self.now - timedelta(days=365 * YEARS)
        span = (self.now - start).total_seconds()
        moments = sorted(start + timedelta(seconds=rng.random() * span) for _ in range(count))
        author_weights = weighted_choices(authors)
        tag_weights = weighted_choices(tags)
        articles = TableWriter(
            Article,
            self.using,
            {
                "id", "headline", "slug", "dek", "body", "dateline", "section_id", "status",
                "publish_at", "first_published_at", "created_at", "updated_at", "is_featured",
            },
        )  # fmt: skip
        bylines = TableWriter(Byline, self.using, {"id", "article_id", "author_id", "position"})
        through = Article.tags.through
        article_tags = TableWriter(through, self.using, {"id", "article_id", "tag_id"})
        article_id = next_id(Article, self.using)
        byline_id = next_id(Byline, self.using)
        tag_link_id = next_id(through, self.using)
        self.written_ids = (article_id, article_id + count + unpublished - 1)
        stories = []
        total = count + unpublished
        with self.progress(total, _("stories")) as bar:
            for n in range(total):
                published = n < count
                if published:
                    when = moments[n]
                    status = Article.Status.PUBLISHED
                else:
                    status = rng.choice(list(Article.Status))
                    when = self.now + timedelta(days=rng.randint(1, 30))
                    when = when if status == Article.Status.PUBLISHED else None
                headline = self.text.headline()
                created = (when or self.now) - timedelta(hours=rng.randint(1, 48))
                articles.add(
                    id=article_id,
                    headline=headline,
                    slug=f"{slugify(headline)[:180]}-{article_id}",
                    dek=self.text.sentences(SENTENCES, 1, 1),
                    body=self.text.body(),
                    dateline=rng.choice(TOWNS),
                    section_id=rng.choice(sections),
                    status=status,
                    publish_at=when,
                    first_published_at=when,
                    created_at=created,
                    updated_at=when or created,
                    is_featured=published and rng.random() < 0.02,
                )
                byline_authors = dict.fromkeys(
                    rng.choices(authors, author_weights, k=rng.choice((1, 1, 1, 2)))
                )
                for position, author in enumerate(byline_authors):
                    bylines.add(
                        id=byline_id, article_id=article_id, author_id=author, position=position
                    )
                    byline_id += 1
                for tag in dict.fromkeys(rng.choices(tags, tag_weights, k=rng.randint(0, 4))):
                    article_tags.add(id=tag_link_id, article_id=article_id, tag_id=tag)
                    tag_link_id += 1
                if published:
                    stories.append((article_id, when))
                article_id += 1
                bar.update()
            for writer in (articles, bylines, article_tags):
                writer.flush()
        return stories

    def replies(self, stories, count, busy_stories, busy_replies):
        """Write ``count`` replies: ``busy_stories`` stories get ``busy_replies`` each."""
        rng = self.rng
        busy = rng.sample(stories, busy_stories)
        quiet = stories
        per_story = dict.fromkeys(busy, busy_replies)
        for story in rng.choices(quiet, k=count - busy_stories * busy_replies):
            per_story[story] = per_story.get(story, 0) + 1
        comments = TableWriter(
            Comment,
            self.using,
            {
                "id", "article_id", "parent_id", "depth", "name", "email", "body", "status",
                "created_at", "ip_address",
            },
        )  # fmt: skip
        comment_id = next_id(Comment, self.using)
        with self.progress(count, _("replies")) as bar:
            for (article_id, published), replies in per_story.items():
                thread = []  # (id, depth) of this story's replies so far
                seconds = max(60.0, (self.now - published).total_seconds())
                offsets = sorted(rng.random() * min(seconds, 14 * 86400) for _ in range(replies))
                for offset in offsets:
                    parent_id, depth = None, 1
                    if thread and rng.random() < 0.4:
                        parent_id, parent_depth = rng.choice(thread[-20:])
                        depth = min(parent_depth + 1, 3)
                    first = rng.choice(FIRST_NAMES)
                    roll = rng.random()
                    if roll < APPROVED_SHARE:
                        status = Comment.Status.APPROVED
                    elif roll < APPROVED_SHARE + PENDING_SHARE:
                        status = Comment.Status.PENDING
                    else:
                        status = Comment.Status.SPAM
                    comments.add(
                        id=comment_id,
                        article_id=article_id,
                        parent_id=parent_id,
                        depth=depth,
                        name=f"{first} {rng.choice(LAST_NAMES)[0]}.",
                        email=f"{first.lower()}{rng.randint(1, 999)}@example.org",
                        body=self.text.reply(),
                        status=status,
                        created_at=published + timedelta(seconds=offset),
                        ip_address=f"192.0.2.{rng.randint(1, 254)}",
                    )
                    if status == Comment.Status.APPROVED:
                        thread.append((comment_id, depth))
                    comment_id += 1
                    bar.update()
            comments.flush()

    def reset_sequences(self):
        connection = connections[self.using]
        models = [Article, Byline, Article.tags.through, Comment]
        statements = connection.ops.sequence_reset_sql(no_style(), models)
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)

    def refresh_search(self, stories):
        if not stories or not has_full_text_search(self.using):
            return
        first, last = self.written_ids
        articles = Article.objects.using(self.using)
        with self.progress(last - first + 1, _("search index")) as bar:
            for start in range(first, last + 1, BATCH):
                end = min(start + BATCH - 1, last)
                refresh_search_vectors(articles.filter(pk__gte=start, pk__lte=end))
                bar.update(end - start + 1)

    def analyze(self):
        """Give the planner fresh statistics (and PostgreSQL a visibility map) for the new rows."""
        connection = connections[self.using]
        tables = [
            model._meta.db_table for model in (Article, Byline, Article.tags.through, Comment)
        ]
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # VACUUM (which index-only scans need) cannot run inside a transaction.
                command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
                for table in tables:
                    cursor.execute(f"{command} {connection.ops.quote_name(table)}")
            elif connection.vendor == "sqlite":
                cursor.execute("ANALYZE")
