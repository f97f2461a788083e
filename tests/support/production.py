"""The environment of a production deployment, for tests that start the portal in another process."""

import os
import secrets


def production_env(**extra):
    """The environment of a production deployment behind HTTPS, as the README describes it."""
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="ckm_portal.settings",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="kennisbank.example.org",
        DJANGO_CSRF_TRUSTED_ORIGINS="https://kennisbank.example.org",
        DJANGO_BEHIND_HTTPS_PROXY="1",
        DJANGO_SECURE_SSL_REDIRECT="1",
        DJANGO_HSTS_SECONDS="31536000",
        DJANGO_HSTS_INCLUDE_SUBDOMAINS="1",
        DJANGO_HSTS_PRELOAD="1",
    )
    env.update(extra)
    return env
