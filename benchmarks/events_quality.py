"""Date resolution and meeting extraction against the hand-annotated gold files.

    uv run python benchmarks/events_quality.py

Runs the library code the Dagster assets call on the sample (reference date 2025-11-28) and
scores it on `benchmarks/gold/dates_gold.jsonl` (108 date expressions) and
`benchmarks/gold/meetings_gold.jsonl` (35 meetings). Two naive baselines are measured in the
same run:

* dates: dateparser's `search_dates` over each paragraph, with today's date as the reference;
* meetings: every pair of PERSON entities in a sentence that contains a form of "meet".
"""

from __future__ import annotations

import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.sample_entities import resolve_sample  # noqa: E402
from pipeline.lib.events.extraction import (  # noqa: E402
    article_date_mentions,
    corpus_offices,
    dateline_places,
    meeting_paragraphs,
    people_of,
)
from pipeline.lib.events.meetings import EntitySpan, find_meetings, load_parser  # noqa: E402
from pipeline.lib.nlp.gender import genders_of_paragraphs  # noqa: E402
from pipeline.lib.nlp.names import name_tokens  # noqa: E402
from pipeline.lib.text.articles import parse_document  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
SAMPLE = ROOT / "raw" / "latin-america-listing.txt"
REFERENCE = dt.date(2025, 11, 28)


def gold_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def span_of(g: dict, paragraphs: dict) -> tuple[int, int]:
    text = paragraphs[(g["article"], g["paragraph"])]
    start = -1
    for _ in range(g["occurrence"]):
        start = text.index(g["text"], start + 1)
    return start, start + len(g["text"])


def score_dates(gold: list[dict], system: dict, paragraphs: dict, label: str) -> None:
    """`system` maps (article, paragraph) to [(start, end, date_start, date_end)]."""
    found = year_ok = exact = 0
    resolvable = [g for g in gold if g["date_start"]]
    found_resolvable = 0
    matched_system = set()
    for g in gold:
        s, e = span_of(g, paragraphs)
        hits = [(i, m) for i, m in enumerate(system.get((g["article"], g["paragraph"]), [])) if m[0] < e and s < m[1]]
        if not hits:
            continue
        found += 1
        i, m = hits[0]
        matched_system.add(((g["article"], g["paragraph"]), i))
        if g["date_start"]:
            found_resolvable += 1
            if m[2] and m[2].year == int(g["date_start"][:4]):
                year_ok += 1
            if m[2] and str(m[2]) == g["date_start"] and str(m[3]) == g["date_end"]:
                exact += 1
    n_system = sum(len(v) for v in system.values())
    precision = len(matched_system) / n_system if n_system else 0.0
    print(
        f"{label:<34}{precision:>10.3f}{found / len(gold):>9.3f}"
        f"{year_ok / max(found_resolvable, 1):>12.3f}{year_ok / len(resolvable):>12.3f}"
        f"{exact / len(resolvable):>9.3f}"
    )


def same_actor(gold_name: str, system_name: str) -> bool:
    a, b = set(name_tokens(gold_name)), set(name_tokens(system_name))
    return bool(a) and bool(b) and (a <= b or b <= a)


def score_meetings(gold: list[dict], system: list[dict], label: str) -> None:
    used = set()
    tp = 0
    dated_ok = dated = 0
    for g in gold:
        for i, s in enumerate(system):
            if i in used or s["article"] != g["article"]:
                continue
            forward = same_actor(g["actor_a"], s["a"]) and same_actor(g["actor_b"], s["b"])
            backward = same_actor(g["actor_a"], s["b"]) and same_actor(g["actor_b"], s["a"])
            if forward or backward:
                used.add(i)
                tp += 1
                if g["date"]:
                    dated += 1
                    dated_ok += str(s["date"]) == g["date"]
                break
    precision = tp / len(system) if system else 0.0
    recall = tp / len(gold)
    date_acc = dated_ok / dated if dated else 0.0
    print(f"{label:<34}{precision:>10.3f}{recall:>9.3f}{len(system):>10}{tp:>8}{date_acc:>12.3f}")


def main() -> None:
    parsed = parse_document(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = {(a.position, p.paragraph_no): p.text for a in parsed.articles for p in a.paragraphs}

    # --- the pipeline's own path
    started = time.perf_counter()
    date_system: dict = defaultdict(list)
    dates_by_article = {}
    for a in parsed.articles:
        rows = [(p.paragraph_no, p.section_no, p.text) for p in a.paragraphs]
        sections = {s.section_no: s.dateline.date_text if s.dateline else None for s in a.sections}
        mentions = article_date_mentions(rows, sections, a.dateline.date_text if a.dateline else None, REFERENCE)
        dates_by_article[a.position] = mentions
        for paragraph_no, m in mentions:
            date_system[(a.position, paragraph_no)].append((m.char_start, m.char_end, m.date_start, m.date_end))
    date_seconds = time.perf_counter() - started

    sample = resolve_sample(paragraphs)
    resolution, where = sample.resolution, sample.where
    entities = {e.entity_id: e for e in resolution.entities}
    by_paragraph: dict = defaultdict(list)
    roles_by_article: dict = defaultdict(list)  # as the pipeline reads them: people's titles and genders
    for rm in resolution.mentions:
        article, paragraph_no, start, end = where[rm.mention_id]
        by_paragraph[(article, paragraph_no)].append(EntitySpan(start, end, rm.entity_id, entities[rm.entity_id].type))
        roles_by_article[article].append((rm.entity_id, entities[rm.entity_id].type, rm.role))
    place_ids = {e.canonical_name.casefold(): e.entity_id for e in resolution.entities if e.type == "PLACE"}
    offices = corpus_offices(roles_by_article)  # as the events asset reads them, over the whole page
    texts = {(a.position, p.paragraph_no): p.text for a in parsed.articles for p in a.paragraphs}
    genders = genders_of_paragraphs(texts, by_paragraph)

    load_parser()
    started = time.perf_counter()
    meeting_system = []
    for a in parsed.articles:
        rows = [(p.paragraph_no, p.section_no, p.text, p.kind) for p in a.paragraphs]
        places = dateline_places(a, place_ids)
        days = {}
        ins, vague = meeting_paragraphs(
            rows,
            {pn: by_paragraph[(a.position, pn)] for pn, *_ in rows},
            dates_by_article[a.position],
            places,
            days,
        )
        people = people_of(roles_by_article[a.position], offices, genders)
        for m in find_meetings(ins, vague, people=people):
            meeting_system.append(
                {
                    "article": a.position,
                    "a": entities[m.actor_a].canonical_name,
                    "b": entities[m.actor_b].canonical_name,
                    "date": m.meeting_date,
                    "place": entities[m.place].canonical_name if m.place else None,
                    "sentence": m.sentence,
                }
            )
    meeting_seconds = time.perf_counter() - started

    # --- baselines
    import dateparser
    from dateparser.search import search_dates

    today = dt.datetime.now()
    started = time.perf_counter()
    base_dates: dict = defaultdict(list)
    for key, text in paragraphs.items():
        found = search_dates(text, languages=["en"], settings={"RELATIVE_BASE": today}) or []
        cursor = 0
        for surface, when in found:
            start = text.find(surface, cursor)
            if start < 0:
                continue
            cursor = start + len(surface)
            base_dates[key].append((start, start + len(surface), when.date(), when.date()))
    base_date_seconds = time.perf_counter() - started
    del dateparser

    nlp = load_parser()
    base_meetings = []
    for a in parsed.articles:
        for p in a.paragraphs:
            if not re.search(r"\b(?:met|meet|meets|meeting)\b", p.text, re.I):
                continue
            people = [e for e in by_paragraph[(a.position, p.paragraph_no)] if e.type == "PERSON"]
            for sentence in nlp(p.text).sents:
                if not re.search(r"\b(?:met|meet|meets|meeting)\b", sentence.text, re.I):
                    continue
                inside = sorted(
                    {e.entity_id for e in people if sentence.start_char <= e.char_start < sentence.end_char}
                )
                for i, x in enumerate(inside):
                    for y in inside[i + 1 :]:
                        base_meetings.append(
                            {"article": a.position, "a": entities[x].canonical_name, "b": entities[y].canonical_name,
                             "date": None}
                        )  # fmt: skip

    dates_gold = gold_rows("dates_gold.jsonl")
    meetings_gold = gold_rows("meetings_gold.jsonl")
    print(f"sample: {len(parsed.articles)} articles, reference date {REFERENCE}")
    print(f"gold: {len(dates_gold)} date expressions ({sum(1 for g in dates_gold if g['date_start'])} resolvable), "
          f"{len(meetings_gold)} meetings")  # fmt: skip
    print()
    print(f"{'dates':<34}{'precision':>10}{'recall':>9}{'year ok*':>12}{'year ok**':>12}{'exact**':>9}")
    score_dates(dates_gold, date_system, paragraphs, f"pipeline ({date_seconds:.2f}s)")
    score_dates(dates_gold, base_dates, paragraphs, f"baseline: dateparser ({base_date_seconds:.1f}s)")
    print("  * of resolvable gold dates the system found   ** of all resolvable gold dates")
    print()
    header = f"{'meetings (article + actor pair)':<34}{'precision':>10}{'recall':>9}"
    print(f"{header}{'predicted':>10}{'right':>8}{'date ok':>12}")
    score_meetings(meetings_gold, meeting_system, f"pipeline ({meeting_seconds:.1f}s)")
    score_meetings(meetings_gold, base_meetings, "baseline: 2 PERSONs + meet")
    print()
    wrong = [
        s for s in meeting_system
        if not any(g["article"] == s["article"] and (
            (same_actor(g["actor_a"], s["a"]) and same_actor(g["actor_b"], s["b"]))
            or (same_actor(g["actor_a"], s["b"]) and same_actor(g["actor_b"], s["a"]))) for g in meetings_gold)
    ]  # fmt: skip
    for s in wrong:
        print(f"  not in gold: article {s['article']}: {s['a']} – {s['b']} ({s['date']}): {s['sentence'][:100]}")
    missed = [
        g for g in meetings_gold
        if not any(s["article"] == g["article"] and (
            (same_actor(g["actor_a"], s["a"]) and same_actor(g["actor_b"], s["b"]))
            or (same_actor(g["actor_a"], s["b"]) and same_actor(g["actor_b"], s["a"]))) for s in meeting_system)
    ]  # fmt: skip
    for g in missed:
        print(f"  missed: article {g['article']}: {g['actor_a']} – {g['actor_b']} ({g['date']})")


if __name__ == "__main__":
    main()
