"""The invented-news gold: every row names a known type and a document of its set."""

from benchmarks.invented_news import INVENTED, SETS, gold_of
from pipeline.lib.events.event_types import EVENT_TYPES


def test_every_gold_row_is_a_known_type_in_a_document_of_its_set():
    for name in SETS:
        docs = {p.name for p in (INVENTED / name / "docs").glob("*.txt")}
        rows = gold_of(name)
        assert len(docs) == 30 and rows
        assert {r["event_type"] for r in rows} <= set(EVENT_TYPES)
        assert {r["doc"] for r in rows} <= docs
        # a side written as a list holding null accepts any side
        assert all(r["actor_a"] is None or isinstance(r["actor_a"], str) for r in rows)


def test_every_audit_set_reads_as_a_set_of_its_own():
    """The outside audits (`benchmarks/gold/audits/`), scored with `--folder`: the same layout."""
    audits = sorted(p for p in (INVENTED.parent / "audits").iterdir() if p.is_dir())
    assert audits
    for folder in audits:
        docs = {p.name for p in (folder / "docs").glob("*.txt")}
        rows = gold_of(folder)
        assert docs and rows
        assert {r["event_type"] for r in rows} <= set(EVENT_TYPES)
        assert {r["doc"] for r in rows} <= docs
