"""gunicorn's configuration, read from the directory it starts in (gunicorn's default ``./gunicorn.conf.py``).

Command-line options (--bind, --workers) still apply on top of it.
"""

import sys

from ckm_portal.core.env import SettingsError, env_int

# Threads: a search waiting for a free search slot (ckm_portal/core/search_slots.py) holds one
# thread, not its whole worker, so browse pages go on in the other threads.
# See docs/decisions/0015-search-slots.md. Each thread keeps its own database connection.
worker_class = "gthread"
try:
    threads = env_int("GUNICORN_THREADS", 16)
except SettingsError as error:
    sys.exit(f"Configuration error: {error}")


def on_starting(server):
    # The settings are read once in the master before any worker boots, so that a configuration
    # error (no DATABASE_URL in production, say) stops gunicorn at once with one line, instead of
    # every worker failing on its own while the master tears them down.
    try:
        import ckm_portal.settings  # noqa: F401, PLC0415
    except SettingsError as error:
        print(f"Configuration error: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
