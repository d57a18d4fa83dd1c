from __future__ import annotations

from pathlib import Path

import pytest

PROJECT_ROOT = Path(__file__).resolve().parent.parent
SAMPLE = PROJECT_ROOT / "raw" / "latin-america-listing.txt"
SHARED = PROJECT_ROOT.parent / "shared"
BBC = SHARED / "corpora" / "bbc"
FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")
