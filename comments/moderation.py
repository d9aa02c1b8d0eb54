"""The rules that decide whether a reader's comment is shown, held or treated as spam."""

import ipaddress
import logging
import re
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.core import signing
from django.core.cache import cache
from django.core.mail import send_mail
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .conf import setting
from .models import Comment
from .roles import MODERATORS

logger = logging.getLogger(__name__)


_FORM_SALT = "comments.form-rendered"
_LINK = re.compile(r"(?:https?://|www\.)", re.IGNORECASE)


def comments_are_open(article):
    """Say whether readers may reply to ``article`` now."""
    if not article.comments_open or not article.is_published:
        return False
    days = setting("CLOSE_AFTER_DAYS")
    return not days or article.publish_at >= timezone.now() - timedelta(days=days)


def sign_form(article):
    """Return the token hidden in the form: the article, stamped with the time of rendering."""
    return signing.TimestampSigner(salt=_FORM_SALT).sign(str(article.pk))


def form_token_problem(token, article):
    """Return why the form token marks a bot (too fast, too old, forged), or None."""
    signer = signing.TimestampSigner(salt=_FORM_SALT)
    try:
        value = signer.unsign(token or "", max_age=setting("FORM_TIMEOUT"))
    except signing.SignatureExpired:
        return "expired"
    except signing.BadSignature:
        return "forged"
    if value != str(article.pk):
        return "forged"
    minimum = setting("MIN_SECONDS")
    if minimum > 0:
        try:
            # Still valid at the minimum age means it is younger than that: a bot's speed.
            signer.unsign(token, max_age=minimum)
        except signing.SignatureExpired:
            return None
        return "too fast"
    return None


def client_ip(request):
    """Return the reader's IP address, trusting the proxy header only when configured."""
    header = setting("CLIENT_IP_HEADER")
    candidates = []
    if header and request.META.get(header):
        # The last entry is the one our own proxy appended; earlier ones are the client's word.
        candidates.append(request.META[header].split(",")[-1].strip())
    candidates.append(request.META.get("REMOTE_ADDR", ""))
    for candidate in candidates:
        try:
            return str(ipaddress.ip_address(candidate))
        except ValueError:
            continue
    return None


def flood_allowed(ip):
    """Claim the reader's posting slot; say False when they posted too recently."""
    seconds = setting("FLOOD_SECONDS")
    if not seconds or not ip:
        return True
    return cache.add(f"comments:flood:{ip}", True, timeout=seconds)


def _contains_word(comment, words):
    haystack = "\n".join(
        [comment.name, comment.email, comment.website, comment.body, comment.user_agent]
    ).casefold()
    return any(word.strip() and word.strip().casefold() in haystack for word in words)


def _ip_blocked(ip):
    if not ip:
        return False
    address = ipaddress.ip_address(ip)
    for entry in setting("BLOCKLIST_IPS"):
        try:
            if address in ipaddress.ip_network(entry.strip(), strict=False):
                return True
        except ValueError:
            logger.warning("Ignoring a malformed COMMENTS_BLOCKLIST_IPS entry: %r", entry)
    return False


def _email_blocked(email):
    email = email.casefold()
    for entry in setting("BLOCKLIST_EMAILS"):
        entry = entry.strip().casefold()
        if entry and (email == entry or (entry.startswith("@") and email.endswith(entry))):
            return True
    return False


def spam_reason(comment):
    """Return why the comment is spam under the blocklists, or None."""
    if _contains_word(comment, setting("BLOCKLIST_WORDS")):
        return gettext_lazy("blocklisted word")
    if _ip_blocked(comment.ip_address):
        return gettext_lazy("blocklisted IP address")
    if _email_blocked(comment.email):
        return gettext_lazy("blocklisted email")
    return None


def hold_reason(comment):
    """Return why the comment waits for a moderator, or None when it may be shown at once."""
    if len(_LINK.findall(comment.body)) > setting("MAX_LINKS"):
        return gettext_lazy("too many links")
    if _contains_word(comment, setting("MODERATION_WORDS")):
        return gettext_lazy("moderation word")
    user = comment.user
    if user is not None and user.has_perm("comments.change_comment"):
        return None
    if setting("HOLD_ALL"):
        return gettext_lazy("every comment is held")
    if setting("HOLD_FIRST_TIMERS") and not (
        Comment.objects.approved().filter(email=comment.email).exists()
    ):
        return gettext_lazy("first comment from this email")
    return None


def judge(comment):
    """Set the comment's status by the blocklist and moderation rules; return the reason."""
    reason = spam_reason(comment)
    if reason:
        comment.status = Comment.Status.SPAM
        return reason
    reason = hold_reason(comment)
    comment.status = Comment.Status.PENDING if reason else Comment.Status.APPROVED
    return reason


def moderator_emails():
    """Return the addresses to tell about held comments."""
    users = (
        get_user_model()
        .objects.filter(groups__name=MODERATORS, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    return sorted(set(users) | set(setting("MODERATOR_EMAILS")))


def notify_moderators(request, comment, reason):
    """Email the moderators a link to the held comment in the admin."""
    recipients = moderator_emails()
    if not recipients:
        return
    link = request.build_absolute_uri(comment.get_admin_url())
    # Mail headers may not hold line breaks.
    headline = " ".join(comment.article.headline.split())
    subject = _("A comment awaits moderation on “%(headline)s”") % {"headline": headline}
    message = _(
        "%(name)s replied to “%(headline)s”. The comment is held because of: %(reason)s.\n\n"
        "%(body)s\n\nApprove it, mark it as spam or remove it here:\n%(link)s\n"
    ) % {
        "name": comment.name,
        "headline": headline,
        "reason": reason,
        "body": comment.body,
        "link": link,
    }
    try:
        send_mail(subject, message, None, recipients)
    except Exception:
        # A broken mail server must not lose the reader's comment; the queue still shows it.
        logger.exception("Could not email the moderators about comment %s", comment.pk)
