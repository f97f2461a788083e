"""Spam and flood protection for the contact form, without third-party services.

- a honeypot field that people never see but form-filling bots do fill in;
- a signed timestamp: a form sent back within seconds of being served is a bot;
- a per-client rate limit, counted in the cache under a keyed hash of the
  client's address, so no address is ever stored.
"""

import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.utils.crypto import salted_hmac

TOKEN_SALT = "ckm_portal.contact.form-served"  # noqa: S105 (a namespace, not a secret)
MIN_FILL_SECONDS = 3
MAX_FORM_AGE = 24 * 60 * 60
RATE_LIMIT = 5
RATE_WINDOW = 60 * 60


def form_token(served_at=None):
    """A tamper-proof record of when the form was served."""
    return signing.dumps(int(served_at if served_at is not None else time.time()), salt=TOKEN_SALT)


def seconds_since_served(token):
    """Seconds since the form was served, or None when the token is forged or too old."""
    try:
        served_at = signing.loads(token, salt=TOKEN_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    if not isinstance(served_at, int):
        return None
    elapsed = time.time() - served_at
    return elapsed if elapsed <= MAX_FORM_AGE else None


def client_address(request):
    # Behind the HTTPS proxy, the proxy appends the real client to X-Forwarded-For;
    # anything further left may have been written by the client itself.
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        if forwarded.strip():
            return forwarded.split(",")[-1].strip()
    return request.META.get("REMOTE_ADDR", "")


def within_rate_limit(request):
    """Count this submission; False once the client has sent RATE_LIMIT forms in the current window."""
    digest = salted_hmac("ckm_portal.contact.rate", client_address(request)).hexdigest()
    key = f"contact-rate:{digest}"
    if cache.add(key, 1, timeout=RATE_WINDOW):
        return True
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add() and incr()
        cache.add(key, 1, timeout=RATE_WINDOW)
        return True
    return count <= RATE_LIMIT
