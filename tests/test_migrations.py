from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    out = StringIO()
    try:
        call_command("makemigrations", "--check", "--dry-run", stdout=out, stderr=out)
    except SystemExit as exit_:  # makemigrations --check exits 1 when a migration is missing
        pytest.fail(f"Missing migrations (exit {exit_.code}):\n{out.getvalue()}")


PROJECT_APPS = ("articles", "comments", "demo", "api", "newsroom")


def test_migrations_import_no_live_project_code():
    """A migration keeps meaning what it meant when written: project modules may only name
    classes it serializes (a custom index or field, as Django itself writes), never functions."""
    import ast
    import importlib
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    offenders = []
    for migration in root.glob("*/migrations/*.py"):
        tree = ast.parse(migration.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and node.module:
                if node.module.split(".")[0] in PROJECT_APPS:
                    offenders.append(f"{migration.name}: from {node.module} import ...")
            elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Attribute):
                module_name = ast.unparse(node.value)
                if module_name.split(".")[0] in PROJECT_APPS:
                    named = getattr(importlib.import_module(module_name), node.attr)
                    if not isinstance(named, type):
                        offenders.append(f"{migration.name}: {module_name}.{node.attr}")
    assert not offenders, offenders
