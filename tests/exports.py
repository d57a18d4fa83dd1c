"""Seeded synthetic exports (JSON Lines, CSV) of any size, for the streaming tests and benchmark.

The records read like short wire items (made-up places, people and numbers, no real text); every
`BROKEN_EVERY`-th record is damaged in a known way so tests can count what lands and what goes to
quarantine without reading the file.
"""

from __future__ import annotations

import csv
import json
import random
import textwrap
from pathlib import Path

BROKEN_EVERY = 500  # record 500, 1000, ... is cut off (not JSON) or has an empty text
_PLACES = ["Port Elsmere", "Valley County", "Northgate", "Lake Orwin", "Castlebay", "Dunmore", "Red Hill"]
_PEOPLE = ["Helen Varga", "Daniel Okafor", "Priya Raman", "Glen Whitaker", "Elena Ruiz", "Marta Quill"]
_SUBJECTS = ["council", "port authority", "union", "water board", "school district", "transport ministry"]
_VERBS = ["approved", "rejected", "postponed", "announced", "reviewed", "extended"]
_OBJECTS = ["a budget", "a pay deal", "new bus routes", "a bridge repair", "a housing plan", "a ferry contract"]
_SOURCES = ["Andes Wire", "Harbour Times", "Valley Post", "Riverside Courier"]


def _sentence(rng: random.Random) -> str:
    return (
        f"The {rng.choice(_SUBJECTS)} in {rng.choice(_PLACES)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} "
        f"worth {rng.randint(2, 900)} million on {rng.choice(['Monday', 'Tuesday', 'Friday'])}, "
        f"{rng.choice(_PEOPLE)} said."
    )


def synthetic_record(rng: random.Random, n: int) -> dict:
    paragraphs = [" ".join(_sentence(rng) for _ in range(rng.randint(1, 3))) for _ in range(rng.randint(2, 4))]
    if n % 3 == 0:  # a third of the records arrive hard-wrapped, as wire copy does
        paragraphs = ["\n".join(textwrap.wrap(p, 68)) for p in paragraphs]
    return {
        "title": f"{rng.choice(_PLACES)} {rng.choice(_SUBJECTS)} {rng.choice(_VERBS)} {rng.choice(_OBJECTS)} ({n})",
        "text": "\n\n".join(paragraphs),
        "date": f"2026-{rng.randint(1, 11):02d}-{rng.randint(1, 28):02d}",
        "url": f"https://synthetic.example/{n}",
        "source": rng.choice(_SOURCES),
    }


def write_export(path: Path, n_records: int, seed: int = 12) -> dict[str, int]:
    """Write `n_records` records to `path` (`.jsonl` or `.csv`, by suffix); returns how many are
    good, cut off (JSON Lines only) and without text."""
    rng = random.Random(seed)
    counts = {"good": 0, "not_json": 0, "no_text": 0}
    with path.open("w", encoding="utf-8", newline="") as out:
        writer = (
            csv.DictWriter(out, fieldnames=["title", "text", "date", "url", "source"])
            if path.suffix == ".csv"
            else None
        )
        if writer:
            writer.writeheader()
        for n in range(1, n_records + 1):
            record = synthetic_record(rng, n)
            broken = n % BROKEN_EVERY == 0
            if broken and (writer or n % (2 * BROKEN_EVERY)):
                record["text"] = ""
                counts["no_text"] += 1
            elif broken:
                counts["not_json"] += 1
            else:
                counts["good"] += 1
            if writer:
                writer.writerow(record)
            else:
                line = json.dumps(record)
                out.write((line[: len(line) // 2] if broken and record["text"] else line) + "\n")
    return counts
