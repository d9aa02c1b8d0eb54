import io
import os
import secrets
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone
from PIL import Image, ImageDraw, ImageFont

from articles.models import Article, Author, Byline, Section, SiteIdentity, Tag
from articles.roles import EDITORS, JOURNALISTS
from comments.roles import MODERATORS
from demo import content
from demo.replies import load_replies

# Stories that show the workflow: not public, but visible to staff in the admin.
UNPUBLISHED_DEMO = [
    {
        "headline": "Draft: ferry timetable changes for the winter season",
        "slug": "draft-ferry-timetable-winter",
        "status": Article.Status.DRAFT,
        "publish_in_hours": None,
    },
    {
        "headline": "In review: what the new parking zones mean for Saltgate residents",
        "slug": "review-parking-zones-saltgate",
        "status": Article.Status.REVIEW,
        "publish_in_hours": None,
    },
    {
        "headline": "Scheduled: lifeboat crew to open its station to visitors",
        "slug": "scheduled-lifeboat-open-day",
        "status": Article.Status.PUBLISHED,
        "publish_in_hours": 20,
    },
]


def _font(size):
    for name in ("DejaVuSans-Bold.ttf", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"):
        try:
            return ImageFont.truetype(name, size)
        except OSError:
            continue
    return ImageFont.load_default(size=size)


def _jpeg(image):
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85, optimize=True)
    return ContentFile(buffer.getvalue())


def scene_image(top, bottom, seed, size=(1200, 800)):
    """Draw an abstract landscape: a sky gradient, a sun and layered hills."""
    width, height = size
    image = Image.new("RGB", size)
    draw = ImageDraw.Draw(image)
    for y in range(height):
        t = y / (height - 1)
        draw.line(
            [(0, y), (width, y)],
            fill=tuple(round(a + (b - a) * t) for a, b in zip(top, bottom, strict=True)),
        )
    sun_x = 200 + (seed * 137) % (width - 400)
    draw.ellipse([sun_x, 120, sun_x + 160, 280], fill=(255, 240, 200))
    for layer in range(3):
        base = height * (0.55 + layer * 0.13)
        shade = tuple(max(0, round(c * (0.55 - layer * 0.15))) for c in bottom)
        points = [(0, height)]
        for x in range(0, width + 1, 60):
            wave = ((x * (layer + 2) + seed * 53) % 240) / 240
            points.append((x, base - 60 * abs(wave - 0.5)))
        points.append((width, height))
        draw.polygon(points, fill=shade)
    return _jpeg(image)


def portrait_image(name, colour, size=256):
    """Draw a round placeholder portrait with the author's initials."""
    image = Image.new("RGB", (size, size), (246, 244, 239))
    draw = ImageDraw.Draw(image)
    draw.ellipse([0, 0, size - 1, size - 1], fill=tuple(colour))
    initials = "".join(part[0] for part in name.split()[:2]).upper()
    font = _font(size // 3)
    box = draw.textbbox((0, 0), initials, font=font)
    position = ((size - (box[2] - box[0])) / 2 - box[0], (size - (box[3] - box[1])) / 2 - box[1])
    draw.text(position, initials, fill=(255, 255, 255), font=font)
    return _jpeg(image)


class Command(BaseCommand):
    help = "Load demo sections, authors and stories, and print staff logins. Safe to rerun."

    def add_arguments(self, parser):
        parser.add_argument(
            "--no-images", action="store_true", help="Skip drawing images (faster, for tests)."
        )

    @transaction.atomic
    def handle(self, *args, no_images=False, **options):
        self.with_images = not no_images
        self.load_site()
        sections = self.load_sections()
        authors = self.load_authors()
        tags = self.load_tags()
        created = self.load_articles(sections, authors, tags)
        self.load_unpublished(sections, authors)
        replied = load_replies()
        if replied is not None:
            self.stdout.write(f"Demo replies added under “{replied.headline}”.")
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {Article.objects.count()} stories "
                f"({created} new), {len(sections)} sections, {len(authors)} authors."
            )
        )
        self.print_logins(authors)

    def load_site(self):
        identity = SiteIdentity.load()
        if identity.name == SiteIdentity._meta.get_field("name").default:
            identity.name = content.SITE["name"]
            identity.tagline = content.SITE["tagline"]
            identity.copyright_line = content.SITE["copyright"]
            identity.description = content.SITE["tagline"]
            identity.save()

    def load_sections(self):
        sections = {}
        for row in content.SECTIONS:
            sections[row["slug"]], _created = Section.objects.get_or_create(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "description": row["description"],
                    "position": row["position"],
                },
            )
        return sections

    def load_authors(self):
        authors = {}
        for row in content.AUTHORS:
            author, _created = Author.objects.get_or_create(
                slug=row["slug"],
                defaults={
                    "name": row["name"],
                    "job_title": row["job_title"],
                    "bio": row["bio"],
                    "website": row["website"],
                    "social_handle": row["social_handle"],
                },
            )
            if self.with_images and not author.photo:
                author.photo.save(
                    f"{author.slug}.jpg", portrait_image(author.name, row["colour"]), save=True
                )
            authors[row["slug"]] = author
        return authors

    def load_tags(self):
        return {
            row["slug"]: Tag.objects.get_or_create(
                slug=row["slug"], defaults={"name": row["name"]}
            )[0]
            for row in content.TAGS
        }

    def load_articles(self, sections, authors, tags):
        now = timezone.now()
        created_count = 0
        for index, row in enumerate(content.ARTICLES):
            publish_at = now - timedelta(days=row["days_ago"], hours=row["hours_ago"])
            article, created = Article.objects.get_or_create(
                slug=row["slug"],
                defaults={
                    "headline": row["headline"],
                    "dek": row["dek"],
                    "body": row["body"],
                    "dateline": row["dateline"],
                    "section": sections[row["section"]],
                    "status": Article.Status.PUBLISHED,
                    "publish_at": publish_at,
                    "is_featured": row["is_featured"],
                },
            )
            if not created:
                continue
            created_count += 1
            for position, author_slug in enumerate(row["authors"]):
                Byline.objects.create(
                    article=article, author=authors[author_slug], position=position
                )
            article.tags.set([tags[slug] for slug in row["tags"]])
            image = row.get("image")
            if image and self.with_images:
                article.featured_image_alt = image["alt"]
                article.featured_image_caption = image["caption"]
                article.featured_image_credit = image["credit"]
                top, bottom = image["colours"]
                article.featured_image.save(
                    f"{article.slug}.jpg", scene_image(top, bottom, seed=index), save=False
                )
                # Keep the story's dates as written: saving the image is not an edit.
                Article.objects.filter(pk=article.pk).update(
                    featured_image=article.featured_image.name,
                    featured_image_width=article.featured_image_width,
                    featured_image_height=article.featured_image_height,
                    featured_image_alt=article.featured_image_alt,
                    featured_image_caption=article.featured_image_caption,
                    featured_image_credit=article.featured_image_credit,
                )
            Article.objects.filter(pk=article.pk).update(updated_at=publish_at)
        return created_count

    def load_unpublished(self, sections, authors):
        first_section = next(iter(sections.values()))
        first_author = next(iter(authors.values()))
        for row in UNPUBLISHED_DEMO:
            publish_at = (
                timezone.now() + timedelta(hours=row["publish_in_hours"])
                if row["publish_in_hours"]
                else None
            )
            article, created = Article.objects.get_or_create(
                slug=row["slug"],
                defaults={
                    "headline": row["headline"],
                    "dek": "",
                    "body": "<p>This story is still being worked on in the newsroom.</p>",
                    "section": first_section,
                    "status": row["status"],
                    "publish_at": publish_at,
                },
            )
            if created:
                Byline.objects.create(article=article, author=first_author, position=0)

    def print_logins(self, authors):
        password = os.environ.get("DEMO_PASSWORD") or secrets.token_urlsafe(9)
        User = get_user_model()
        logins = [
            ("admin", None, True),
            ("editor", EDITORS, False),
            ("journalist", JOURNALISTS, False),
            ("moderator", MODERATORS, False),
        ]
        self.stdout.write("")
        self.stdout.write(
            "Staff logins for the admin at /admin/ (passwords are reset on every run):"
        )
        for username, group_name, is_superuser in logins:
            user, _created = User.objects.get_or_create(
                username=username, defaults={"email": f"{username}@example.org"}
            )
            user.is_staff = True
            user.is_superuser = is_superuser
            user.set_password(password)
            user.save()
            group = Group.objects.filter(name=group_name).first() if group_name else None
            if group:
                user.groups.add(group)
            self.stdout.write(f"  {username:<11} {password}")
        journalist_author = next(iter(authors.values()))
        if journalist_author.user_id is None:
            journalist_author.user = User.objects.get(username="journalist")
            journalist_author.save(update_fields=["user"])
