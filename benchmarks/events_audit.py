"""Precision of event rows on BBC news outside every gold set, judged row by row.

    uv run python benchmarks/events_audit.py [--json PATH] [--show wrong|all]

The gold sets measure precision on the files they annotate, which the rules were mostly written
from. This measures it on the others. Every row the pipeline wrote on the BBC files outside every
gold set (278 rows in 205 files at the audit's start, 2026-12-04) was judged right, wrong or
borderline by a reader who saw only the row and the article (`benchmarks/gold/bbc_events_audit.jsonl`,
see `benchmarks/gold/README.md`). The files were split at random (seed 84) into two halves:

* `dev`: rules were written after reading its wrong rows;
* `held`: its judgements were not read while rules were written; its figures are the honest ones.

The whole corpus is resolved together, as the warehouse does. A row the pipeline writes now is
scored by its judgement (matched on file, paragraph, type and both sides, or on the row the reader
said would be right); a row no one judged is counted apart, never as right. Precision is printed
strict (borderline counts as wrong) and lenient (borderline counts as right).
"""

from __future__ import annotations

import argparse
import csv
import json
import re
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc_entities import BBC  # noqa: E402
from benchmarks.quotes_events_quality import _scoped, bbc_corpus, system_events  # noqa: E402
from pipeline.lib.events.event_types import EVENT_TYPES  # noqa: E402
from pipeline.lib.events.meetings import ParseCache, load_parser  # noqa: E402

AUDIT = ROOT / "benchmarks" / "gold" / "bbc_events_audit.jsonl"
DUPLICATES = ROOT / "benchmarks" / "gold" / "bbc_duplicates.csv"
SPLITS = ("dev", "held")
_FIX = re.compile(r"\b([ab])=([^,;()?]+)")


def audit_rows() -> list[dict]:
    """The judged rows, each file in its half, but a `held` file that is a copy of a `dev` file
    (`copies_in_dev`) counted in `dev`."""
    rows = [json.loads(line) for line in AUDIT.read_text(encoding="utf-8").splitlines() if line.strip()]
    return with_copies_in_dev(rows, copy_pairs())


def copy_pairs() -> list[tuple[str, str]]:
    """The BBC files that tell one story twice, exact or near copies (`bbc_duplicates.csv`)."""
    with DUPLICATES.open(encoding="utf-8") as f:
        return [(r["file_a"], r["file_b"]) for r in csv.DictReader(f) if r["label"] in ("exact", "near")]


def with_copies_in_dev(rows: list[dict], pairs: list[tuple[str, str]]) -> list[dict]:
    """The halves were drawn by file, so a story told twice can sit in both: its `dev` copy's errors
    were read and rules written from them, and its `held` copy is then no longer unseen."""
    split_of = {r["doc"]: r["split"] for r in rows}
    seen = {b if split_of.get(a) == "dev" else a for a, b in pairs if {split_of.get(a), split_of.get(b)} == set(SPLITS)}
    return [{**r, "split": "dev", "held_copy": True} if r["doc"] in seen else r for r in rows]


def _key(row: dict) -> tuple:
    return (row["doc"], row["paragraph"], row["type"], row["a"], row["b"])


def _fixed(judged: dict) -> tuple | None:
    """The row the reader said would be right ("a=Liam Fox"), when the fix only renames a side."""
    if judged["verdict"] != "wrong" or not judged.get("fix"):
        return None
    sides = {"a": judged["a"], "b": judged["b"]}
    for side, name in _FIX.findall(judged["fix"]):
        name = name.strip()
        sides[side] = None if name.lower() in ("null", "none") else name
    fixed = (judged["doc"], judged["paragraph"], judged["type"], sides["a"], sides["b"])
    return fixed if fixed != _key(judged) else None


def _renamed(row: dict, judged_rows: list[dict]) -> dict | None:
    """The judged row this one is with a side's name shortened ("Tory Liam Fox" now "Liam Fox"), or
    with a visit's host filled in: a change of name, not of event, keeps its judgement."""

    def shorter(new, old) -> bool:
        return new == old or (new is not None and old is not None and old.endswith(" " + new))

    place = (row["doc"], row["paragraph"], row["type"])
    same = [j for j in judged_rows if (j["doc"], j["paragraph"], j["type"]) == place]
    renamed = next((j for j in same if shorter(row["a"], j["a"]) and shorter(row["b"], j["b"])), None)
    # A visit judged with no host that now names the country of its city ("arrived in Beijing" →
    # China, stop 43) is the same row with its host filled in.
    filled = next((j for j in same if row["type"] == "VISIT" and j["b"] is None and row["b"] is not None
                   and row.get("place") and row["a"] == j["a"]), None)  # fmt: skip
    return renamed or filled


def score(rows: list[dict], audit: list[dict]) -> dict:
    """Per split and type: how many of today's rows were judged right, wrong or borderline, how many
    no one judged, and the judged rows no longer written, by their verdict."""
    split_of = {r["doc"]: r["split"] for r in audit}
    judged = {_key(r): r for r in audit}
    fixed = {k: r for r in audit if (k := _fixed(r)) is not None}
    counts: dict = {s: {t: Counter() for t in EVENT_TYPES} for s in SPLITS}
    written = set()
    for row in rows:
        split, key = split_of[row["doc"]], _key(row)
        if key not in judged and key not in fixed and (renamed := _renamed(row, audit)) is not None:
            key = _key(renamed)
        written.add(key)
        if key in judged:
            counts[split][row["type"]][judged[key]["verdict"]] += 1
        elif key in fixed:
            counts[split][row["type"]]["right"] += 1  # the row the reader asked for
        else:
            counts[split][row["type"]]["unjudged"] += 1
    for key, r in judged.items():
        if key not in written:
            counts[r["split"]][r["type"]][f"gone {r['verdict']}"] += 1
    return counts


def _precision(c: Counter) -> tuple[float, float]:
    judged = c["right"] + c["wrong"] + c["borderline"]
    if not judged:
        return 0.0, 0.0
    return c["right"] / judged, (c["right"] + c["borderline"]) / judged


def report(counts: dict) -> None:
    for split in SPLITS:
        print(
            f"\nevents on BBC files outside the gold, {split} half   strict  lenient  right  wrong  border"
            "  unjudged  gone (right/wrong/border)"
        )
        total = Counter()
        for kind in EVENT_TYPES:
            c = counts[split][kind]
            total.update(c)
            _line(kind, c)
        _line("all", total)


def _line(label: str, c: Counter) -> None:
    strict, lenient = _precision(c)
    gone = f"{c['gone right']}/{c['gone wrong']}/{c['gone borderline']}"
    print(f"  {label:10s}{'':40s}{strict:6.3f}  {lenient:6.3f}  {c['right']:5d}  {c['wrong']:5d}  "
          f"{c['borderline']:6d}  {c['unjudged']:8d}  {gone}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the counts here")
    parser.add_argument("--rows", type=Path, help="write today's rows on the audited files here")
    args = parser.parse_args(argv)
    audit = audit_rows()
    files = sorted(str(p.relative_to(BBC)) for p in BBC.rglob("*.txt") if p.name != "README.TXT")
    corpus = bbc_corpus(files)  # the whole corpus resolved together, as the warehouse does
    load_parser()
    rows = system_events(_scoped(corpus, {r["doc"] for r in audit}), ParseCache())
    counts = score(rows, audit)
    report(counts)
    if args.json:
        args.json.write_text(json.dumps({s: {t: dict(c) for t, c in v.items()} for s, v in counts.items()}, indent=1))
    if args.rows:
        args.rows.write_text(json.dumps(rows, indent=0))
    return 0


if __name__ == "__main__":
    sys.exit(main())
