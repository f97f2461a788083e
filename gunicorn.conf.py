"""gunicorn's configuration, read from the directory it starts in (gunicorn's default ``./gunicorn.conf.py``).

Command-line options (--bind, --workers) still apply on top of it.
"""

import sys


def on_starting(server):
    # The settings are read once in the master before any worker boots, so that a configuration
    # error (no DATABASE_URL in production, say) stops gunicorn at once with one line, instead of
    # every worker failing on its own while the master tears them down.
    from ckm_portal.core.env import SettingsError  # noqa: PLC0415 (only when gunicorn starts)

    try:
        import ckm_portal.settings  # noqa: F401, PLC0415
    except SettingsError as error:
        print(f"Configuration error: {error}", file=sys.stderr, flush=True)
        sys.exit(1)
