"""Entity extraction and resolution quality against the hand-annotated gold file.

    uv run python benchmarks/entities_quality.py

Runs the same library code the Dagster assets call (spaCy NER over every paragraph of the
sample, then `resolve` over all mentions) and scores it on the five exhaustively annotated
articles of `benchmarks/gold/entities_gold.jsonl`:

* mentions: precision and recall, strict (same character span) and lenient (spans overlap),
  each also with the type required to agree;
* clustering: pairwise precision and recall over gold mentions that the system found
  (two mentions are a pair when they belong to the same entity);
* country codes: share of the gold COUNTRY mentions the system recognised as countries that carry
  the right ISO code, and how many gold country mentions it recognised as countries at all.

A baseline in the same run clusters mentions by their exact surface text, the usual starting
point; it shows what the normalisation rules add.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sample_entities import resolve_sample  # noqa: E402
from pipeline.lib.articles import parse_document  # noqa: E402
from pipeline.lib.mentions import DEFAULT_MODEL  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "entities_gold.jsonl"
SAMPLE = ROOT / "raw" / "latin-america-listing.txt"


def load_gold(paragraphs: dict[tuple[int, int], str]) -> list[dict]:
    gold = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        text = paragraphs[(g["article"], g["paragraph"])]
        start = -1
        for _ in range(g["occurrence"]):
            start = text.index(g["text"], start + 1)
        g["span"] = (start, start + len(g["text"]))
        gold.append(g)
    return gold


def prf(tp: int, n_sys: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_sys if n_sys else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def pairwise(assign_gold: dict[int, str], assign_sys: dict[int, str]) -> tuple[float, float]:
    keys = sorted(set(assign_gold) & set(assign_sys))
    both = same_gold = same_sys = 0
    for a, b in combinations(keys, 2):
        g = assign_gold[a] == assign_gold[b]
        s = assign_sys[a] == assign_sys[b]
        same_gold += g
        same_sys += s
        both += g and s
    return (both / same_sys if same_sys else 1.0), (both / same_gold if same_gold else 1.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    args = parser.parse_args()

    parsed = parse_document(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = {(a.position, p.paragraph_no): p.text for a in parsed.articles for p in a.paragraphs}
    gold = load_gold(paragraphs)
    gold_articles = {g["article"] for g in gold}

    sample = resolve_sample(paragraphs, args.model)
    resolution, where = sample.resolution, sample.where
    ner_seconds, resolve_seconds, keys = sample.ner_seconds, sample.resolve_seconds, list(paragraphs)
    entities = {e.entity_id: e for e in resolution.entities}

    # System mentions in the gold articles, of the types the gold file annotates.
    system = []
    for rm in resolution.mentions:
        article, paragraph_no, start, end = where[rm.mention_id]
        entity = entities[rm.entity_id]
        if article in gold_articles and entity.type != "OTHER":
            system.append(
                {
                    "key": (article, paragraph_no),
                    "span": (start, end),
                    "type": entity.type,
                    "entity": rm.entity_id,
                    "iso3": entity.iso3,
                    "surface": rm.name,
                }
            )

    by_paragraph = defaultdict(list)
    for i, s in enumerate(system):
        by_paragraph[s["key"]].append(i)

    def match(g: dict, strict: bool, typed: bool) -> int | None:
        key = (g["article"], g["paragraph"])
        gs, ge = g["span"]
        for i in by_paragraph[key]:
            ss, se = system[i]["span"]
            hit = (ss, se) == (gs, ge) if strict else (ss < ge and gs < se)
            if hit and (not typed or system[i]["type"] == g["type"]):
                return i
        return None

    print(f"gold: {len(gold)} mentions in articles {sorted(gold_articles)}; system: {len(system)} mentions there")
    print(f"model {args.model}: NER {ner_seconds:.1f}s over {len(keys)} paragraphs; resolution {resolve_seconds:.2f}s")
    print()
    print(f"{'mentions':<28}{'precision':>10}{'recall':>10}{'F1':>10}")
    for strict in (True, False):
        for typed in (False, True):
            matched_gold = [match(g, strict, typed) for g in gold]
            tp_gold = sum(m is not None for m in matched_gold)
            matched_sys = {m for m in matched_gold if m is not None}
            p, _, _ = prf(len(matched_sys), len(system), len(gold))
            r = tp_gold / len(gold)
            f = 2 * p * r / (p + r) if p + r else 0.0
            label = f"{'strict' if strict else 'lenient'} span{', typed' if typed else ''}"
            print(f"{label:<28}{p:>10.3f}{r:>10.3f}{f:>10.3f}")

    matched = {i: match(g, strict=False, typed=False) for i, g in enumerate(gold)}
    found = {i: m for i, m in matched.items() if m is not None}
    gold_assign = {i: gold[i]["entity"] for i in found}
    sys_assign = {i: system[m]["entity"] for i, m in found.items()}
    base_assign = {i: system[m]["surface"].casefold() for i, m in found.items()}
    p, r = pairwise(gold_assign, sys_assign)
    bp, br = pairwise(gold_assign, base_assign)
    print()
    print(f"{'clustering (pairwise)':<28}{'precision':>10}{'recall':>10}   over {len(found)} found gold mentions")
    print(f"{'pipeline':<28}{p:>10.3f}{r:>10.3f}")
    print(f"{'baseline: same surface text':<28}{bp:>10.3f}{br:>10.3f}")

    gold_countries = [i for i, g in enumerate(gold) if g["type"] == "COUNTRY"]
    recognised = {i: match(gold[i], strict=False, typed=True) for i in gold_countries}
    recognised = {i: m for i, m in recognised.items() if m is not None}
    right = sum(system[m]["iso3"] == gold[i]["iso3"] for i, m in recognised.items())
    print()
    print(
        f"country codes: {right}/{len(recognised)} countries the pipeline recognised carry the gold ISO code "
        f"({right / max(len(recognised), 1):.1%}); {len(recognised)}/{len(gold_countries)} gold country mentions "
        "recognised as countries"
    )
    for i, m in recognised.items():
        if system[m]["iso3"] != gold[i]["iso3"]:
            print(f"  wrong code: {gold[i]['text']!r}: gold {gold[i]['iso3']}, system {system[m]['iso3']}")
    for i in gold_countries:
        if i not in recognised:
            other = matched.get(i)
            seen_as = (
                f"inside {system[other]['type']} {system[other]['surface']!r}" if other is not None else "not found"
            )
            print(f"  not a country here: {gold[i]['text']!r} ({gold[i]['article']}:{gold[i]['paragraph']}), {seen_as}")

    # Where clustering goes wrong: gold entities split across system entities, and merges.
    split = defaultdict(set)
    merged = defaultdict(set)
    for i, m in found.items():
        split[gold[i]["entity"]].add(entities[system[m]["entity"]].canonical_name)
        merged[system[m]["entity"]].add(gold[i]["entity"])
    print()
    print("gold entities split over several system entities:")
    for name, parts in sorted(split.items()):
        if len(parts) > 1:
            print(f"  {name}: {sorted(parts)}")
    print("system entities joining several gold entities:")
    for eid, names in sorted(merged.items()):
        if len(names) > 1:
            print(f"  {entities[eid].canonical_name}: {sorted(names)}")


if __name__ == "__main__":
    main()
