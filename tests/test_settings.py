"""Settings come from the environment, with the defaults of production."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from ckm_portal.core.database_url import parse

ROOT = Path(__file__).resolve().parent.parent
# Parsed, never connected to: the settings are all these tests look at.
SOME_DATABASE = "postgresql://ckm@127.0.0.1:1/ckm"
KEY = "k" * 50


def clean_env(**env):
    """This environment without any setting of the portal's, plus ``env``."""
    clean = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "DATABASE_"))}
    clean.update(DJANGO_SETTINGS_MODULE="ckm_portal.settings", **env)
    return clean


def run_django(code, **env):
    return subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); from django.conf import settings; {code}"],
        capture_output=True,
        text=True,
        env=clean_env(**env),
        check=False,
    )


def manage(*args, **env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        env=clean_env(**env),
        check=False,
    )


def assert_one_line_error(result, *expected):
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    for text in expected:
        assert text in lines[0]


def test_production_mode_refuses_to_start_without_a_secret_key():
    result = run_django("print(settings.DEBUG)")
    assert result.returncode != 0
    assert "Set DJANGO_SECRET_KEY" in result.stderr


def test_debug_is_off_unless_asked_for():
    result = run_django(
        "print(settings.DEBUG, settings.SESSION_COOKIE_SECURE)", DJANGO_SECRET_KEY="x" * 50, DATABASE_URL=SOME_DATABASE
    )
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


def test_production_refuses_to_start_without_a_database_url_in_one_line():
    result = manage("check", DJANGO_SECRET_KEY=KEY, DJANGO_DEBUG="0", DATABASE_URL="")
    assert_one_line_error(result, "Configuration error: Set DATABASE_URL")
    # The secret key is asked for the same way.
    assert_one_line_error(manage("migrate", DATABASE_URL=SOME_DATABASE), "Set DJANGO_SECRET_KEY")


@pytest.mark.server
def test_gunicorn_stops_at_once_with_one_line_without_a_database_url():
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "ckm_portal.wsgi", "--bind", "127.0.0.1:0", "--workers", "2"],
        cwd=ROOT,
        env=clean_env(DJANGO_SECRET_KEY=KEY),
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        output, _ = process.communicate(timeout=30)
    finally:
        process.kill()
    # gunicorn.conf.py reads the settings in the master: it stops before any worker boots.
    assert process.returncode != 0
    assert "Traceback" not in output
    assert "Booting worker" not in output
    errors = [line for line in output.splitlines() if "Configuration error" in line]
    assert len(errors) == 1, output
    assert errors[0].startswith("Configuration error: Set DATABASE_URL")


def test_gunicorn_refuses_a_thread_count_that_is_not_a_number_in_one_line():
    result = subprocess.run(
        [sys.executable, "-m", "gunicorn", "ckm_portal.wsgi", "--bind", "127.0.0.1:0"],
        cwd=ROOT,
        env=clean_env(DJANGO_SECRET_KEY=KEY, GUNICORN_THREADS="many"),
        check=False,
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 1
    assert result.stderr.strip() == "Configuration error: GUNICORN_THREADS='many' is not a whole number."


def test_development_falls_back_to_the_private_cluster_without_importing_its_tool():
    result = run_django(
        "import sys; print(settings.DATABASES['default']['HOST'], 'devtools' in sys.modules)", DJANGO_DEBUG="1"
    )
    assert result.stdout.split() == [str(ROOT / ".pgdata"), "False"], result.stderr


def test_the_demo_app_and_its_commands_exist_only_in_development():
    production = {"DJANGO_SECRET_KEY": KEY, "DATABASE_URL": SOME_DATABASE}
    listed = manage("help", **production)
    assert listed.returncode == 0, listed.stderr
    assert "axes_reset" in listed.stdout, "the listing names the commands of the installed apps"
    assert "demo_staff" not in listed.stdout
    assert "load_demo" not in listed.stdout
    unknown = manage("demo_staff", **production)
    assert unknown.returncode != 0
    assert "Unknown command: 'demo_staff'" in unknown.stderr

    assert "demo_staff" in manage("help", DJANGO_DEBUG="1").stdout
    assert "demo_staff" in manage("help", DJANGO_DEMO="1", **production).stdout


@pytest.mark.parametrize("value", ["ture", "maybe", "2"])
def test_an_unknown_boolean_is_an_error_naming_the_variable_and_the_accepted_values(value):
    result = manage("check", DJANGO_SECRET_KEY=KEY, DATABASE_URL=SOME_DATABASE, DJANGO_SECURE_COOKIES=value)
    assert_one_line_error(result, f"DJANGO_SECURE_COOKIES='{value}' is not a boolean", "1, true, yes, on, 0, false")


def test_booleans_accept_the_usual_words_in_any_case():
    code = "print(settings.SESSION_COOKIE_SECURE, settings.EMAIL_USE_TLS, settings.SECURE_HSTS_PRELOAD)"
    result = run_django(
        code,
        DJANGO_SECRET_KEY=KEY,
        DATABASE_URL=SOME_DATABASE,
        DJANGO_SECURE_COOKIES="Off",
        DJANGO_EMAIL_USE_TLS=" YES ",
        DJANGO_HSTS_PRELOAD="",
    )
    assert result.stdout.split() == ["False", "True", "False"], result.stderr


@pytest.mark.parametrize(("name", "value"), [("DJANGO_EMAIL_PORT", "twenty-five"), ("DJANGO_CONN_MAX_AGE", "1.5")])
def test_an_integer_that_is_not_one_gives_a_clear_message(name, value):
    result = manage("check", DJANGO_SECRET_KEY=KEY, DATABASE_URL=SOME_DATABASE, **{name: value})
    assert_one_line_error(result, f"{name}='{value}' is not a whole number")


def test_secrets_are_read_from_files_without_their_trailing_newline(tmp_path):
    (tmp_path / "key").write_text("s" * 50 + "\n")
    (tmp_path / "smtp").write_text("smtp password \n")
    result = run_django(
        "print(repr(settings.SECRET_KEY), repr(settings.EMAIL_HOST_PASSWORD))",
        DATABASE_URL=SOME_DATABASE,
        DJANGO_SECRET_KEY_FILE=str(tmp_path / "key"),
        DJANGO_EMAIL_HOST_PASSWORD_FILE=str(tmp_path / "smtp"),
    )
    assert result.stdout.strip() == f"{'s' * 50!r} 'smtp password '", result.stderr


def test_a_secret_set_twice_or_in_a_missing_file_is_an_error(tmp_path):
    (tmp_path / "smtp").write_text("geheim\n")
    both = manage(
        "check",
        DJANGO_SECRET_KEY=KEY,
        DATABASE_URL=SOME_DATABASE,
        DJANGO_EMAIL_HOST_PASSWORD="geheim",
        DJANGO_EMAIL_HOST_PASSWORD_FILE=str(tmp_path / "smtp"),
    )
    assert_one_line_error(both, "Set DJANGO_EMAIL_HOST_PASSWORD or DJANGO_EMAIL_HOST_PASSWORD_FILE, not both.")
    missing = manage("check", DATABASE_URL=SOME_DATABASE, DJANGO_SECRET_KEY_FILE=str(tmp_path / "nothing"))
    assert_one_line_error(missing, "DJANGO_SECRET_KEY_FILE: cannot read", "nothing")


def test_redis_url_puts_both_caches_in_redis_and_without_it_each_worker_keeps_its_own():
    caches = "settings.CACHES['default']['BACKEND'], settings.CACHES['pages']['BACKEND']"
    show = f"print({caches}, settings.CACHES['pages'].get('KEY_PREFIX'))"
    common = {"DJANGO_SECRET_KEY": KEY, "DATABASE_URL": SOME_DATABASE}
    result = run_django(show, REDIS_URL="redis://:geheim@127.0.0.1:1/0", **common)
    assert result.stdout.split() == ["ckm_portal.core.cache.ResilientRedisCache"] * 2 + ["ckm-pages"]
    result = run_django(show, REDIS_URL="", **common)
    assert result.stdout.split() == ["django.core.cache.backends.locmem.LocMemCache"] * 2 + ["None"]
