#!/usr/bin/env python
import os
import sys


def main():
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "ckm_portal.settings")
    from django.conf import settings  # noqa: PLC0415
    from django.core.management import execute_from_command_line  # noqa: PLC0415

    from ckm_portal.core.env import SettingsError  # noqa: PLC0415

    try:
        # Read the settings before Django does, which would hide the error or print a traceback.
        settings.INSTALLED_APPS  # noqa: B018
    except SettingsError as error:
        sys.exit(f"Configuration error: {error}")
    execute_from_command_line(sys.argv)


if __name__ == "__main__":
    main()
