"""The admin's rich-text widget, with its labels in the editor's language."""

from django_prose_editor.widgets import AdminProseEditorWidget
from js_asset import Media, Script

#: Translates the toolbar and the dialogs' choices through Django's JavaScript catalogue
#: (djangojs.po); see the module's own comment for what django-prose-editor leaves in English.
EDITOR_I18N = Script("editors/prose_editor_i18n.js", type="module")


class TranslatedProseEditorWidget(AdminProseEditorWidget):
    @property
    def media(self):
        return super().media + Media(js=[EDITOR_I18N])
