"""Each module of the pure core binds a module-level name once.

A second `_WORD_BEFORE = …` or `_TAKE = …` further down a module silently replaces the first for
every function that reads it, so a rule written against the first pattern changes behaviour with
no error. ruff flags a redefined function or import, not a rebound constant: this test does.
"""

import ast
from collections import Counter
from pathlib import Path

import pytest

PIPELINE = Path(__file__).resolve().parents[2] / "pipeline"
MODULES = sorted(PIPELINE.rglob("*.py"))


def bound_twice(source: str) -> list[str]:
    """Names a module's top level binds more than once (assignments, functions, classes)."""
    names: Counter = Counter()
    for node in ast.parse(source).body:
        if isinstance(node, ast.Assign):
            names.update(t.id for t in node.targets if isinstance(t, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names[node.target.id] += 1
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names[node.name] += 1
    return sorted(name for name, count in names.items() if count > 1)


def test_the_check_finds_a_name_bound_twice():
    assert bound_twice("A = 1\ndef f():\n    return A\nA = 2\n") == ["A"]
    assert bound_twice("A = 1\nB: int = 2\nclass C: ...\n") == []


@pytest.mark.parametrize("module", MODULES, ids=lambda p: str(p.relative_to(PIPELINE)))
def test_no_module_binds_a_name_twice(module):
    assert bound_twice(module.read_text(encoding="utf-8")) == []
