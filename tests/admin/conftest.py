from tests.admin.fixtures import chief_client, chief_editor, editor, editor_client  # noqa: F401
