"""The site in French: public pages, the reply form, print and PDF, the admin home, and the
catalogues behind them. Kinyarwanda has an empty catalogue, so it must run in English."""

import ast
import gettext
import io
import re
import shutil
from datetime import UTC, datetime, timedelta
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from articles.models import Article
from comments.models import Comment
from tests.factories import (
    comment_form_data,
    make_article,
    make_author,
    make_comment,
    make_section,
    make_tag,
    make_user,
)

pytestmark = pytest.mark.django_db

BASE_DIR = Path(settings.BASE_DIR)
LOCALE = BASE_DIR / "locale"
FRENCH_PO = LOCALE / "fr" / "LC_MESSAGES" / "django.po"
FRENCH_WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
# A Tuesday in March: the French names of both are known without asking Django.
MARCH_5 = datetime(2024, 3, 5, 10, 0, tzinfo=UTC)

# What every public page shows around the story, in English.
ENGLISH_CHROME = ["Skip to content", "Home", "Sections", "Archive", "Search stories", "RSS feed"]


@pytest.fixture
def french(settings):
    settings.LANGUAGE_CODE = "fr"


class _ReaderText(HTMLParser):
    """Collect what a reader sees or hears: text, and the attributes that are read out."""

    SPOKEN = {"alt", "title", "aria-label", "placeholder", "value", "data-reply-title"}

    def __init__(self):
        super().__init__()
        self.parts = []
        self.hidden_depth = 0

    def handle_starttag(self, tag, attrs):
        if tag in ("script", "style"):
            self.hidden_depth += 1
        for name, value in attrs:
            if name in self.SPOKEN and value and not (tag == "input" and name == "value"):
                self.parts.append(value)
        if tag == "input" and dict(attrs).get("type") == "submit":
            self.parts.append(dict(attrs).get("value") or "")

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self.hidden_depth -= 1

    def handle_data(self, data):
        if not self.hidden_depth:
            self.parts.append(data)


def reader_text(response):
    """Return the page's readable text with all whitespace (no-break spaces too) as one space."""
    parser = _ReaderText()
    parser.feed(response.content.decode())
    return re.sub(r"\s+", " ", " ".join(parser.parts))


def assert_french(text, present, absent):
    missing = [phrase for phrase in present if phrase not in text]
    assert not missing, f"French phrases missing: {missing}"
    english = [word for word in absent if re.search(rf"\b{re.escape(word)}\b", text)]
    assert not english, f"English left on the page: {english}"


@pytest.fixture
def story():
    section = make_section(name="Économie", slug="economie")
    author = make_author(name="Aline Uwase")
    tag = make_tag(name="Agriculture", slug="agriculture")
    article = make_article(
        headline="La récolte de café bat un record",
        slug="recolte-cafe",
        section=section,
        authors=[author, make_author(name="Jean Habimana")],
        tags=[tag],
        publish_at=MARCH_5,
    )
    make_article(headline="Le prix du thé monte", section=section, publish_at=MARCH_5)
    return article


# --- Public pages -----------------------------------------------------------------------------


def test_home_page_is_in_french(client, french, story):
    make_article(is_featured=True, headline="À la une aujourd’hui")
    response = client.get(reverse("articles:home"))
    text = reader_text(response)

    assert response.status_code == 200
    assert '<html lang="fr">' in response.content.decode()
    weekday = FRENCH_WEEKDAYS[timezone.localdate().weekday()]
    assert_french(
        text,
        [weekday, "Aller au contenu", "Accueil", "Dernières actualités", "Archives", "Flux RSS"],
        [*ENGLISH_CHROME, "Latest", "By", "Atom feed"],
    )
    # Dates follow Django's French formats: day, month name, year.
    assert "5 mars 2024" in text and "March" not in text
    assert "Par Aline Uwase et Jean Habimana" in text


def test_article_page_and_its_reply_form_are_in_french(client, french, story):
    first = make_comment(story, name="Claudine")
    make_comment(story, name="Eric", parent=first)

    text = reader_text(client.get(story.get_absolute_url()))

    assert_french(
        text,
        [
            "Aller au contenu",
            "2 réponses",
            "Claudine dit :",
            "Répondre à Claudine",
            "Laisser un commentaire",
            "Votre adresse e-mail ne sera pas publiée.",
            "Les champs obligatoires sont indiqués par *",
            "Commentaire *",
            "Nom *",
            "E-mail *",
            "Site web",
            "Enregistrer mon nom, mon e-mail et mon site web",
            "Envoyer le commentaire",
            "Imprimer cet article",
            "Envoyer un lien vers cet article par e-mail",
            "Thèmes :",
            "À propos de l’auteur",
            "À lire aussi",
            "5 mars 2024 11:00",
        ],
        [
            *ENGLISH_CHROME,
            "Leave a Reply",
            "Related stories",
            "Post Comment",
            "Reply",
            "says",
            "Responses",
            "Topics",
            "Your email address will not be published",
            "Required fields are marked",
            "About the author",
            "Print",
            "March",
        ],
    )


def test_a_held_reply_is_announced_in_french_to_reader_and_moderators(
    client, french, story, mailoutbox
):
    make_user("moderatrice", groups=["Moderators"])
    data = comment_form_data(story, body="Merci pour cet article.", name="Diane")
    response = client.post(reverse("comments:post", args=[story.pk]), data)
    assert response.status_code == 302
    assert Comment.objects.get().status == Comment.Status.PENDING
    (mail,) = mailoutbox
    subject, body = (re.sub(r"[^\S\n]+", " ", text) for text in (mail.subject, mail.body))
    assert subject == "Un commentaire attend d’être modéré sur « La récolte de café bat un record »"
    assert "Diane a réagi à « La récolte" in body
    assert "pour la raison suivante : premier commentaire de cette adresse e-mail." in body

    text = reader_text(client.get(story.get_absolute_url()))

    assert_french(
        text,
        ["Votre commentaire est en attente de modération.", "Merci pour cet article."],
        ["Your comment is awaiting moderation"],
    )


def test_a_rejected_reply_is_explained_in_french(client, french, story):
    data = comment_form_data(story, body="", name="", email="pas-une-adresse", website="ftp://x")
    response = client.post(reverse("comments:post", args=[story.pk]), data)
    text = reader_text(response)

    assert response.status_code == 400
    assert_french(
        text,
        [
            "Votre commentaire n’a pas été publié :",
            "Commentaire : Veuillez saisir votre commentaire.",
            "Nom : Veuillez indiquer votre nom.",
            "E-mail : Veuillez saisir une adresse e-mail valide.",
            "Site web : Veuillez saisir une adresse web commençant par http:// ou https://.",
        ],
        [
            "Your comment was not posted",
            "Please",
            "This field is required",
            "Enter a valid",
        ],
    )


def test_duplicate_and_hurried_replies_are_refused_in_french(client, french, story):
    make_comment(story, email="diane@example.org", body="Bravo.")
    duplicate = comment_form_data(story, email="diane@example.org", body="Bravo.")
    response = client.post(reverse("comments:post", args=[story.pk]), duplicate)
    assert response.status_code == 400
    assert "Commentaire en double" in reader_text(response)

    address = {"REMOTE_ADDR": "203.0.113.9"}
    client.post(reverse("comments:post", args=[story.pk]), comment_form_data(story), **address)
    response = client.post(
        reverse("comments:post", args=[story.pk]), comment_form_data(story), **address
    )
    assert response.status_code == 429
    assert_french(
        reader_text(response),
        ["Vous publiez des commentaires trop vite."],
        ["You are posting comments too quickly"],
    )


def test_print_view_is_in_french(client, french, story):
    url = story.url_for("articles:print")
    text = reader_text(client.get(url))

    assert_french(
        text,
        ["Version imprimable", "Retour à l’article", "Imprimer", "Lire en ligne :", "5 mars 2024"],
        ["Print view", "Back to the story", "Read online", "Print", "By"],
    )


def test_pdf_footer_and_colophon_are_in_french(client, french, story):
    shutil.rmtree(Path(settings.MEDIA_ROOT) / "pdf-cache", ignore_errors=True)
    url = story.url_for("articles:pdf")
    response = client.get(url)
    assert response.status_code == 200
    reader = pypdf.PdfReader(io.BytesIO(response.content))
    text = re.sub(r"\s+", " ", "\n".join(page.extract_text() for page in reader.pages))

    assert_french(
        text,
        ["Cet article a été publié par", "Lisez-le en ligne", "Page 1 sur 1", "Par Aline Uwase"],
        ["This story was published", "Page 1 of", "By"],
    )


def test_pdf_options_are_refused_in_french(client, french, story):
    url = story.url_for("articles:pdf")
    response = client.get(url, {"size": "tabloid"})
    assert response.status_code == 400
    assert "Le format de page doit être" in response.content.decode()


def test_search_page_is_in_french(client, french, story):
    found = reader_text(client.get(reverse("articles:search"), {"q": "café"}))
    nothing = reader_text(client.get(reverse("articles:search"), {"q": "zzyzx"}))
    empty = reader_text(client.get(reverse("articles:search"), {"q": "   "}))

    assert_french(
        found,
        ["Rechercher des articles", "Les mots du titre comptent le plus.", "1 article trouvé"],
        [*ENGLISH_CHROME, "story found", "Words in the headline"],
    )
    assert_french(
        nothing,
        [
            "0 article trouvé",
            "Aucun article publié ne correspond à « zzyzx ».",
            "Voir les archives",
        ],
        ["No published story matches", "Go to the archive", "stories found"],
    )
    assert "Cette recherche ne contient aucun mot exploitable." in empty


def test_list_pages_are_in_french(client, french, story):
    month = reader_text(client.get(reverse("articles:archive_month", args=[2024, "03"])))
    tag = reader_text(client.get(reverse("articles:tag", args=["agriculture"])))
    author = reader_text(client.get(story.bylines.first().author.get_absolute_url()))

    assert_french(month, ["mars 2024", "Articles parus en mars 2024"], ["March", "Stories from"])
    assert_french(tag, ["Thème", "Articles sur Agriculture"], ["Topic", "Stories about"])
    assert_french(author, ["Articles de Aline Uwase"], ["Stories by"])


def test_not_found_page_is_in_french(client, french):
    response = client.get("/section/pas-de-rubrique/")
    text = reader_text(response)

    assert response.status_code == 404
    assert_french(
        text,
        ["Page introuvable", "Nous n’avons pas trouvé cette page", "Retour à la page d’accueil"],
        [*ENGLISH_CHROME, "Page not found", "We could not find", "Go to the front page"],
    )


# --- The admin --------------------------------------------------------------------------------


def test_admin_home_panels_are_in_french(client, french):
    editor = make_user(is_superuser=True)
    make_article(published=False, status=Article.Status.REVIEW, headline="En relecture ici")
    make_article(publish_at=timezone.now() + timedelta(days=1), headline="Pour demain")
    make_article(published=False, created_by=editor, headline="Mon brouillon")
    make_comment(status=Comment.Status.PENDING)
    client.force_login(editor)

    text = reader_text(client.get(reverse("admin:index")))

    assert_french(
        text,
        [
            "Administration de la rédaction",
            "En attente de relecture",
            "1 article",
            "Programmé",
            "Mes brouillons",
            "Commentaires en attente de modération",
            "1 commentaire",
            "Réactions des lecteurs",
            "Déconnexion",
        ],
        [
            "Awaiting review",
            "Scheduled",
            "My drafts",
            "Comments awaiting moderation",
            "story",
            "reply",
            "Reader replies",
            "Log out",
        ],
    )


def test_admin_article_list_and_actions_are_in_french(client, french):
    editor = make_user(is_superuser=True)
    draft = make_article(published=False, headline="Brouillon à publier")
    client.force_login(editor)
    changelist = reverse("admin:articles_article_changelist")

    text = reader_text(client.get(changelist))
    response = client.post(
        changelist, {"action": "publish", "_selected_action": [draft.pk]}, follow=True
    )

    assert_french(
        text,
        ["Publier maintenant les articles sélectionnés", "Brouillon", "Rubrique"],
        ["Publish the selected stories now", "Draft", "Withdrawn"],
    )
    assert "1 article publié." in reader_text(response)


# --- Which language a reader gets -------------------------------------------------------------


def test_the_site_speaks_its_own_language_whatever_the_browser_asks(client, settings, story):
    settings.LANGUAGE_CODE = "fr"
    french = client.get(story.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9")
    settings.LANGUAGE_CODE = "en"
    english = client.get(story.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9")

    assert "Laisser un commentaire" in reader_text(french)
    assert "Leave a Reply" in reader_text(english)
    # Caches need not keep one copy per browser language.
    assert "Accept-Language" not in french.get("Vary", "")


def test_kinyarwanda_runs_on_its_empty_catalogue_in_english(client, settings, story):
    settings.LANGUAGE_CODE = "rw"
    response = client.get(story.get_absolute_url())

    assert response.status_code == 200
    assert '<html lang="rw">' in response.content.decode()
    assert "Leave a Reply" in reader_text(response)


# --- The catalogues ---------------------------------------------------------------------------


def read_po(path):
    """Return the entries of a .po file as dicts: context, msgid, plural, msgstrs, flags."""
    entries = []
    for block in path.read_text(encoding="utf-8").strip().split("\n\n"):
        entry = {"flags": set(), "msgstr": [], "msgctxt": None, "msgid_plural": None}
        key = None
        for line in block.splitlines():
            if line.startswith("#~"):
                entry["obsolete"] = True
            elif line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#"):
                continue
            elif line.startswith('"'):
                value = ast.literal_eval(line)
                if key == "msgstr":
                    entry["msgstr"][-1] += value
                else:
                    entry[key] += value
            else:
                key, _space, quoted = line.partition(" ")
                value = ast.literal_eval(quoted)
                if key.startswith("msgstr"):
                    key = "msgstr"
                    entry["msgstr"].append(value)
                else:
                    entry[key] = value
        if not entry.get("obsolete"):
            entries.append(entry)
    return entries


def french_entries():
    return [entry for entry in read_po(FRENCH_PO) if entry["msgid"]]


_PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w+\}|</?\w+[^>]*>")


def test_the_french_catalogue_has_no_untranslated_or_fuzzy_entries():
    entries = french_entries()
    header = read_po(FRENCH_PO)[0]

    assert len(entries) > 250
    assert "fuzzy" not in header["flags"]
    untranslated = [entry["msgid"] for entry in entries if not all(entry["msgstr"])]
    fuzzy = [entry["msgid"] for entry in entries if "fuzzy" in entry["flags"]]
    assert not untranslated, f"Translate these in {FRENCH_PO}: {untranslated}"
    assert not fuzzy, f"Check these fuzzy translations in {FRENCH_PO}: {fuzzy}"


def test_french_translations_keep_every_placeholder_and_tag():
    for entry in french_entries():
        sources = [entry["msgid"], entry["msgid_plural"] or entry["msgid"]]
        for source, translation in zip(sources, entry["msgstr"], strict=False):
            assert sorted(_PLACEHOLDER.findall(source)) == sorted(
                _PLACEHOLDER.findall(translation)
            ), entry["msgid"]


def test_the_committed_french_mo_matches_the_po():
    """A checkout without gettext runs on the .mo as committed: it must be compiled from the .po."""
    with (LOCALE / "fr" / "LC_MESSAGES" / "django.mo").open("rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    for entry in french_entries():
        prefix = f"{entry['msgctxt']}\x04" if entry["msgctxt"] is not None else ""
        if entry["msgid_plural"] is None:
            assert catalogue._catalog.get(prefix + entry["msgid"]) == entry["msgstr"][0]
        else:
            for index, translation in enumerate(entry["msgstr"]):
                assert catalogue._catalog.get((prefix + entry["msgid"], index)) == translation


_TEMPLATE_STRING = re.compile(
    r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1(?:\s+context\s+(["'])(.+?)\3)?"""
)
_PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy)\(\s*"((?:[^"\\\n]|\\.)*)"\s*\)""")


def test_every_marked_string_of_the_templates_and_code_is_in_the_french_catalogue():
    """Catch a string marked for translation after the last `make messages`."""
    known = {(entry["msgctxt"], entry["msgid"]) for entry in french_entries()}
    marked = set()
    for path in (BASE_DIR / "templates").rglob("*.html"):
        for match in _TEMPLATE_STRING.finditer(path.read_text(encoding="utf-8")):
            marked.add((match.group(4), match.group(2)))
    for folder in ("articles", "comments", "newsroom", "demo", "api"):
        for path in (BASE_DIR / folder).rglob("*.py"):
            if "migrations" in path.parts:
                continue
            for match in _PYTHON_STRING.finditer(path.read_text(encoding="utf-8")):
                marked.add((None, ast.literal_eval(f'"{match.group(1)}"')))

    assert len(marked) > 150
    missing = sorted(marked - known, key=str)
    assert not missing, f"Run `make messages` and translate: {missing}"
