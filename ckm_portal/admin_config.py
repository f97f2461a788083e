"""Installed in place of ``django.contrib.admin`` (a module of its own: app configs load before models)."""

from django.contrib.admin.apps import AdminConfig


class PortalAdminConfig(AdminConfig):
    """Makes ``admin.site`` a PortalAdminSite, so ``@admin.register`` everywhere keeps working."""

    default_site = "ckm_portal.site.admin_site.PortalAdminSite"
