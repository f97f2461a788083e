"""The project as a whole: checks, migrations, lint, and the pages that prove it is alive."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

from ckm_portal.topics.models import Topic, TopicKind
from tests.factories import make_project

ROOT = Path(__file__).resolve().parent.parent


def run(*args):
    return subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=False)


def test_system_check_is_clean():
    call_command("check", fail_level="WARNING")


@pytest.mark.django_db
def test_no_model_change_lacks_a_migration():
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_ruff_lint_and_format_are_clean():
    ruff = Path(sys.executable).parent / "ruff"
    lint = run(str(ruff), "check", "--quiet", ".")
    assert lint.returncode == 0, lint.stdout + lint.stderr
    fmt = run(str(ruff), "format", "--check", "--quiet", ".")
    assert fmt.returncode == 0, fmt.stdout + fmt.stderr


def test_mypy_passes():
    # Configured in pyproject.toml ([tool.mypy]); the django-stubs plugin imports the settings,
    # which DJANGO_DEBUG=1 makes importable anywhere. It never connects to the database.
    # Incremental (.mypy_cache): about a second once warm, a few seconds from cold.
    mypy = Path(sys.executable).parent / "mypy"
    result = subprocess.run(
        [str(mypy)], cwd=ROOT, env={**os.environ, "DJANGO_DEBUG": "1"}, capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.django_db
def test_search_extensions_are_installed_by_migration():
    with connection.cursor() as cursor:
        cursor.execute("SELECT extname FROM pg_extension")
        extensions = {row[0] for row in cursor.fetchall()}
    assert {"pg_trgm", "unaccent"} <= extensions


@pytest.mark.django_db
def test_home_page_lists_topics_from_the_database(client):
    Topic.objects.create(name="Voodoo", slug="voodoo", kind=TopicKind.THEME, aliases=["juju"])
    nigeria = Topic.objects.create(name="Nigeria", slug="nigeria", kind=TopicKind.COUNTRY, iso_code="NG")
    # A country is listed once something public is tagged with it.
    make_project("Terugkeer", topics=[nigeria])
    response = client.get("/")
    assert response.status_code == 200
    assert response["Content-Language"] == "nl"
    html = response.content.decode()
    assert '<html lang="nl">' in html
    assert "Voodoo" in html
    assert "Nigeria" in html


@pytest.mark.django_db
def test_home_page_in_english_uses_english_names(client):
    Topic.objects.create(name="Gedwongen huwelijk", name_en="Forced marriage", slug="gedwongen-huwelijk", kind="theme")
    response = client.get("/en/")
    assert response.status_code == 200
    assert "Forced marriage" in response.content.decode()
    assert "Gedwongen huwelijk" not in response.content.decode()


@pytest.mark.django_db
def test_healthz_checks_the_database(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


@pytest.mark.django_db
def test_admin_is_served(client):
    response = client.get("/admin/login/")
    assert response.status_code == 200
