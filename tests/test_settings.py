"""Settings come from the environment, with the defaults of production."""

import os
import subprocess
import sys

import pytest

from ckm_portal.database_url import parse


def run_django(code, **env):
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_URL"))}
    clean.update(DJANGO_SETTINGS_MODULE="ckm_portal.settings", **env)
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        capture_output=True,
        text=True,
        env=clean,
        check=False,
    )


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = run_django("print(settings.DEBUG)")
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = run_django("print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)", DJANGO_SECRET_KEY="x" * 50)
    assert result.stdout.split() == ["False", "True"]
    result = run_django("print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)", DJANGO_DEBUG="1")
    assert result.stdout.split() == ["True", "False"]


def test_environment_variables_are_read():
    result = run_django(
        "print(settings.ALLOWED_HOSTS, settings.DATABASES['default']['HOST'], settings.DATABASES['default']['NAME'])",
        DJANGO_SECRET_KEY="x" * 50,
        DJANGO_ALLOWED_HOSTS="kennisbank.example.org, www.example.org",
        DATABASE_URL="postgresql://ckm:geheim@db.example.org:5433/kennisbank",
    )
    assert result.stdout.split() == ["['kennisbank.example.org',", "'www.example.org']", "db.example.org", "kennisbank"]


def test_dutch_first_english_second(settings):
    assert settings.LANGUAGE_CODE == "nl"
    assert [code for code, _name in settings.LANGUAGES] == ["nl", "en"]
    assert settings.USE_I18N
    assert settings.STORAGES["staticfiles"]["BACKEND"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_database_url_with_everything():
    config = parse("postgresql://ckm%40x:p%2Fw@db.example.org:6432/kennis?sslmode=require")
    assert config["USER"] == "ckm@x"
    assert config["PASSWORD"] == "p/w"
    assert config["HOST"] == "db.example.org"
    assert config["PORT"] == "6432"
    assert config["NAME"] == "kennis"
    assert config["OPTIONS"] == {"sslmode": "require"}


def test_database_url_with_a_socket_folder():
    config = parse("postgresql://ckm@/ckm?host=/srv/ckm/.pgdata&port=5432")
    assert (config["HOST"], config["PORT"], config["OPTIONS"]) == ("/srv/ckm/.pgdata", "5432", {})


@pytest.mark.parametrize(
    "url",
    ["garbage", "sqlite:///db.sqlite3", "mysql://u@h/db", "postgresql://user@host", "postgresql://h:notaport/db"],
)
def test_database_url_other_than_postgresql_is_refused(url):
    with pytest.raises(ValueError, match="DATABASE_URL"):
        parse(url)
