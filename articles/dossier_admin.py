"""The topic admin as a dossier: the introduction in the rich-text editor and the pinned key documents.

The topics app sits below the articles and the editors' tools and may import neither
(the import contracts in pyproject.toml), so its TopicAdmin knows nothing of key
documents or of the editor. This higher layer extends it and articles.admin registers
the result in its place: a lower layer stays ignorant, the higher one adds to it.
"""

from django.contrib import admin

from articles.models import KeyDocument
from ckm_portal.editors.admin_tools import RichTextAdminMixin
from ckm_portal.topics.admin import TopicAdmin

#: A dossier pins a handful of documents: its introduction, not a second list, does the explaining.
MAX_KEY_DOCUMENTS = 6


class KeyDocumentInline(admin.TabularInline):
    model = KeyDocument
    fields = ["article", "position"]
    autocomplete_fields = ["article"]
    extra = 0
    max_num = MAX_KEY_DOCUMENTS

    def get_formset(self, request, obj=None, **kwargs):
        # max_num alone only hides the "add" link; this also refuses a seventh posted row.
        return super().get_formset(request, obj, validate_max=True, **kwargs)

    # The key documents are part of the topic: who may change the topic (a chief editor) edits them,
    # who may only view it (an editor) sees them; no permissions of their own to hand out.
    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("topics.view_topic") or request.user.has_perm("topics.change_topic")

    def has_add_permission(self, request, obj=None):
        return request.user.has_perm("topics.change_topic")

    def has_change_permission(self, request, obj=None):
        return request.user.has_perm("topics.change_topic")

    def has_delete_permission(self, request, obj=None):
        return request.user.has_perm("topics.change_topic")


class DossierTopicAdmin(RichTextAdminMixin, TopicAdmin):
    inlines = [*TopicAdmin.inlines, KeyDocumentInline]
