"""The environment of a production deployment, for tests that start the portal in another process."""

import os
import secrets

# A production deployment behind HTTPS, as the README describes it (its secret key is new each time).
PRODUCTION_SETTINGS = {
    "DJANGO_SETTINGS_MODULE": "ckm_portal.settings",
    "DJANGO_ALLOWED_HOSTS": "kennisbank.example.org",
    "DJANGO_CSRF_TRUSTED_ORIGINS": "https://kennisbank.example.org",
    "DJANGO_BEHIND_HTTPS_PROXY": "1",
    "DJANGO_SECURE_SSL_REDIRECT": "1",
    "DJANGO_HSTS_SECONDS": "31536000",
    "DJANGO_HSTS_INCLUDE_SUBDOMAINS": "1",
    "DJANGO_HSTS_PRELOAD": "1",
}


def production_env(**extra):
    """This process's environment without its DJANGO_ settings, then the production settings and ``extra``."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    return env | PRODUCTION_SETTINGS | {"DJANGO_SECRET_KEY": secrets.token_urlsafe(50)} | extra
