"""Derive the `canonical` field of both entity golds: the name a reader of the corpus can give.

    python benchmarks/gold/derive_canonical.py [--check]

The `entity` field says who or what a mention is (it defines the clusters, decided with real-world
knowledge). Some of those names were written with knowledge the corpus never gives ("George H. W.
Bush" for a text that writes "George Bush"). `canonical` is derived from `entity` by one rule:

1. COUNTRY entities keep `entity`: their names are the ISO 3166 short names, a published table.
2. The `entity` name, if that string is written anywhere in the corpus the benchmark resolves (the
   whole sample page `raw/latin-america-listing.txt`; for BBC, every file of the BBC corpus), up to
   case, diacritics, curly apostrophes and full stops ("J. K. Rowling" = "JK Rowling"), as whole
   words.
3. Else the most complete surface annotated for that entity: of kind `name` or `partial` if it has
   any, else of any kind but `demonym` (spans never hold titles, so "Lord Janner" gives "Janner");
   most complete = most words, then longest, then most often annotated, then alphabetical. A royal's
   surfaces are given names ("Charles" for Prince Charles), so the royal title of `entity` is kept
   in front.
4. Else `entity`.

Standard library only; the output does not depend on any system's output. `--check` exits 1 when a
gold file's `canonical` fields differ from what the rule gives.
"""

from __future__ import annotations

import json
import os
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SAMPLE = ROOT / "raw" / "latin-america-listing.txt"
BBC = Path(os.environ.get("BBC_CORPUS", "/work/shared/corpora/bbc"))
GOLDS = {"sample": HERE / "entities_gold.jsonl", "bbc": HERE / "bbc_entities_gold.jsonl"}
_INITIALS = re.compile(r"(?<!\S)[a-z](?: [a-z](?!\S))+")
ROYAL_TITLES = ("Prince", "Princess", "King", "Queen", "Pope", "Emperor", "Empress")


def normalise(text: str) -> str:
    """Case, diacritics, curly apostrophes and full stops aside; runs of initials joined ("j k" → "jk")."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    folded = folded.casefold().replace("’", "'").replace("‘", "'").replace(".", " ")
    folded = " ".join(folded.split())
    return _INITIALS.sub(lambda m: m.group(0).replace(" ", ""), folded)


def corpus_text(which: str) -> str:
    if which == "sample":
        texts = [SAMPLE.read_text(encoding="utf-8")]
    else:
        texts = []
        for path in sorted(BBC.glob("*/*.txt")):
            raw = path.read_bytes()
            try:
                texts.append(raw.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(raw.decode("latin-1"))
    return "\n".join(normalise(line) for text in texts for line in text.split("\n"))


def kind_of(row: dict) -> str:
    """BBC rows carry their kind; sample rows do not: an all-capitals single word is an acronym."""
    if "kind" in row:
        return row["kind"]
    text = row["text"]
    capitals = sum(c.isupper() for c in text)
    return "acronym" if " " not in text and capitals >= 2 and not any(c.islower() for c in text) else "name"


def _complete(surfaces: Counter) -> str:
    return min(surfaces, key=lambda s: (-len(s.split()), -len(s), -surfaces[s], s))


def derive(rows: list[dict], corpus: str) -> dict[str, str]:
    """entity → canonical, by the rule in the module docstring."""
    by_entity: dict[str, list[dict]] = {}
    for row in rows:
        by_entity.setdefault(row["entity"], []).append(row)
    out = {}
    for entity, mentions in by_entity.items():
        if mentions[0]["type"] == "COUNTRY":
            out[entity] = entity
            continue
        if re.search(r"(?<![\w'])" + re.escape(normalise(entity)) + r"(?![\w])", corpus):
            out[entity] = entity
            continue
        names = Counter(m["text"] for m in mentions if kind_of(m) in ("name", "partial"))
        others = Counter(m["text"] for m in mentions if kind_of(m) != "demonym")
        pool = names or others
        if not pool:
            out[entity] = entity
            continue
        best = _complete(pool)
        title = entity.split()[0]
        if mentions[0]["type"] == "PERSON" and title in ROYAL_TITLES and not best.startswith(title):
            best = f"{title} {best}"
        out[entity] = best
    return out


def main() -> int:
    check = "--check" in sys.argv[1:]
    status = 0
    for which, path in GOLDS.items():
        if which == "bbc" and not BBC.is_dir():
            print(f"{which}: BBC corpus not found at {BBC}, skipped")
            continue
        rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
        canonical = derive(rows, corpus_text(which))
        changed = sorted((e, c) for e, c in canonical.items() if c != e)
        print(f"{which}: {len(canonical)} entities, {len(changed)} with a canonical name other than the entity name")
        for entity, name in changed:
            print(f"  {entity!r} → {name!r}")
        new = [{**row, "canonical": canonical[row["entity"]]} for row in rows]
        if check:
            if new != rows:
                print(f"{which}: canonical fields out of date (run without --check)")
                status = 1
            continue
        text = "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in new)
        path.write_text(text, encoding="utf-8")
    return status


if __name__ == "__main__":
    sys.exit(main())
