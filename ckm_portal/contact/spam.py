"""Spam and flood protection for the contact form, without third-party services.

- a honeypot field that people never see but form-filling bots do fill in;
- a signed token with the moment the form was served and a random nonce: a form
  sent back within seconds is a bot, and each served form can be sent once (the
  nonce is remembered in the shared cache when it is used);
- a per-client rate limit (django-ratelimit), counted in the shared cache under a
  keyed hash of the client's address, so no address is ever stored.

Both the nonce and the rate limit fail closed: when the cache cannot answer
(Redis away, ckm_portal/core/cache.py), the form is refused, never sent unchecked.
"""

import enum
import secrets
import time
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac
from django_ratelimit.core import get_usage

TOKEN_SALT = "ckm_portal.contact.form-served"  # noqa: S105 (a namespace, not a secret)
MIN_FILL_SECONDS = 3
MAX_FORM_AGE = 24 * 60 * 60
RATE_LIMIT = 5
RATE = f"{RATE_LIMIT}/h"
RATE_GROUP = "ckm_portal.contact"
USED_TOKEN_PREFIX = "contact-form-used:"  # noqa: S105 (a cache key prefix, not a secret)


class Check(enum.Enum):
    OK = "ok"
    REFUSED = "refused"  # over the limit, or the token was used before
    UNAVAILABLE = "unavailable"  # the shared cache could not answer: refuse, to be safe


@dataclass(frozen=True)
class ServedForm:
    elapsed: float
    nonce: str


def form_token(served_at=None):
    """A tamper-proof record of when the form was served, with a nonce that makes it usable once."""
    served = int(served_at if served_at is not None else time.time())
    return signing.dumps({"at": served, "once": secrets.token_urlsafe(16)}, salt=TOKEN_SALT)


def read_token(token):
    """The served form behind a token, or None when the token is forged, malformed or too old."""
    try:
        payload = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(payload, dict):
        return None
    served_at, nonce = payload.get("at"), payload.get("once")
    if not isinstance(served_at, int) or not isinstance(nonce, str) or not nonce:
        return None
    elapsed = time.time() - served_at
    return ServedForm(elapsed, nonce) if elapsed <= MAX_FORM_AGE else None


def use_token(served):
    """Mark the served form as sent: OK the first time, REFUSED after, UNAVAILABLE without a cache."""
    key = USED_TOKEN_PREFIX + served.nonce
    # Remembered as long as the token could still be accepted.
    if cache.add(key, 1, timeout=MAX_FORM_AGE + 60):
        return Check.OK
    return Check.REFUSED if cache.get(key) is not None else Check.UNAVAILABLE


def client_address(request):
    # Behind the HTTPS proxy, the proxy appends the real client to X-Forwarded-For;
    # anything further left may have been written by the client itself.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def rate_key(group, request):
    # django-ratelimit hashes its keys with SHA-256 only, which an address space small enough to
    # enumerate does not withstand: it gets a keyed hash (the secret key) instead of the address.
    return salted_hmac("ckm_portal.contact.rate", client_address(request)).hexdigest()


UNAVAILABLE_RETRY_SECONDS = 60


def count_submission(request):
    """Count this submission; returns (Check, seconds to wait before sending again).

    OK within RATE_LIMIT an hour, REFUSED past it, UNAVAILABLE when the cache cannot count.
    """
    usage = get_usage(request, group=RATE_GROUP, key=rate_key, rate=RATE, increment=True)
    if usage is None:  # RATELIMIT_ENABLE switched off
        return Check.OK, 0
    # django-ratelimit reports a cache it could not count in as a limit of 0 (and refuses: RATELIMIT_FAIL_OPEN off).
    if usage["limit"] == 0:
        return Check.UNAVAILABLE, UNAVAILABLE_RETRY_SECONDS
    if usage["should_limit"]:
        return Check.REFUSED, max(1, usage["time_left"])
    return Check.OK, 0
