"""The pure core stays pure: `pipeline.lib` imports no Dagster and nothing of the wiring.

Checked in a fresh interpreter, so a module that some other test imported earlier cannot hide
a Dagster import made by the module under test.
"""

import re
import subprocess
import sys

from tests.conftest import PROJECT_ROOT

LIB = PROJECT_ROOT / "pipeline" / "lib"
STAGES = ("text", "nlp", "events", "store")


def lib_modules() -> list[str]:
    names = []
    for path in sorted(LIB.rglob("*.py")):
        parts = path.relative_to(PROJECT_ROOT).with_suffix("").parts
        names.append(".".join(parts[:-1] if parts[-1] == "__init__" else parts))
    return names


def test_every_lib_module_imports_without_dagster():
    modules = lib_modules()
    assert len(modules) > 40
    code = (
        "import importlib, sys\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "print(sorted(m for m in sys.modules if m == 'dagster' or m.startswith(('dagster.', 'pipeline.defs'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=PROJECT_ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_lib_is_grouped_by_stage():
    """Each module lives in its stage's package; only the report, the last stage, stands alone."""
    loose = sorted(p.name for p in LIB.glob("*.py") if p.name != "__init__.py")
    assert loose == ["report.py"]
    for stage in STAGES:
        package = LIB / stage
        assert (package / "__init__.py").read_text().startswith('"""'), f"{stage} says what it holds"
        assert len(list(package.glob("*.py"))) > 4


def test_no_lib_source_names_the_wiring():
    for path in LIB.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "pipeline.defs" not in text and "import dagster" not in text, path


# Modules of `pipeline/defs` that others may build on: resources, partitions, metadata helpers,
# the parse cache both spaCy stages share, and the jobs the automation launches.
SHARED_DEFS = {"resources", "partitions", "metadata", "parse_cache", "jobs"}


def test_asset_modules_sit_side_by_side():
    """An asset module never imports another asset module: what two need lives in a shared one."""
    defs = PROJECT_ROOT / "pipeline" / "defs"
    asset_modules = [p for p in defs.glob("*.py") if re.search(r"@dg\.(multi_)?asset\b", p.read_text())]
    assert len(asset_modules) >= 6
    for path in asset_modules:
        imported = set(re.findall(r"^\s*from pipeline\.defs\.(\w+) import", path.read_text(), re.MULTILINE))
        assert imported <= SHARED_DEFS, f"{path.name} imports {sorted(imported - SHARED_DEFS)}"
