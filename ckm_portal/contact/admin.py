from django.contrib import admin

from ckm_portal.contact.models import ContactMessage


@admin.register(ContactMessage)
class ContactMessageAdmin(admin.ModelAdmin):
    list_display = ["subject", "name", "email", "organisation", "created_at", "mailed"]
    list_filter = ["mailed", "language"]
    search_fields = ["subject", "name", "email", "organisation", "message"]
    date_hierarchy = "created_at"
    readonly_fields = ["name", "email", "organisation", "subject", "message", "language", "created_at", "mailed"]

    def has_add_permission(self, request):
        # Messages come from the public form only.
        return False
