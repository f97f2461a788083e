import os
import sys

from django.core.wsgi import get_wsgi_application

from ckm_portal.core.env import SettingsError

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ckm_portal.settings")

# gunicorn's master stops on a worker that exits with status 3 (failed to boot) instead of
# starting it again and again; a configuration error is said in one line, without a traceback.
GUNICORN_BOOT_ERROR = 3

try:
    application = get_wsgi_application()
except SettingsError as error:
    print(f"Configuration error: {error}", file=sys.stderr, flush=True)
    sys.exit(GUNICORN_BOOT_ERROR)
