"""Entity extraction and resolution quality against the hand-annotated gold files.

    uv run python benchmarks/entities_quality.py [--json PATH] [--errors] [--bbc-others N]

Two golds, each scored for the pipeline and for spaCy alone on the same text:

* SAMPLE: five exhaustively annotated articles of `raw/latin-america-listing.txt`
  (`benchmarks/gold/entities_gold.jsonl`); the whole sample (20 articles) is resolved.
* BBC: 27 exhaustively annotated BBC News files (`benchmarks/gold/bbc_entities_gold.jsonl`). The
  gold files plus `--bbc-others` (default 300) other BBC files, every k-th of the sorted list, are
  decoded, parsed with `parse_document`, run through NER and resolved together, as the
  `ner_mentions` and `resolve_entities` assets would do with those files in the warehouse.

The pipeline is the library code the Dagster assets call (spaCy NER, the pipeline's span
post-processing, `title_before`, then `resolve` over all mentions and paragraphs). *spaCy alone* is
the model's raw entity spans (PERSON, ORG, GPE, LOC, NORP, FAC, EVENT), labels mapped to our types
(PERSON, ORG; GPE → COUNTRY; LOC, FAC → PLACE; NORP → COUNTRY; EVENT), clustered by exact surface
text, whose canonical name is that surface.

Figures (system mentions are those whose entity is not OTHER):
* mentions P/R/F1: lenient (spans overlap) and strict (same characters; the system's span is its
  cleaned name, without title, "the" or possessive); "F1-dem" (lenient / strict, "no demonyms")
  drops gold demonyms and system
  demonym mentions (the pipeline's kind `demonym`; for spaCy alone, NORP spans that are demonyms);
* clustering: pairwise precision/recall over the gold mentions found (lenient);
* type accuracy: over the gold mentions found, the resolved entity's type equals the gold type;
* canonical names: for each gold entity with a found mention, the system entity most of its found
  mentions went to; right when its canonical name equals the gold `canonical` (the name a reader of
  the corpus can give, derived by `benchmarks/gold/derive_canonical.py`) up to case, diacritics,
  spaces and full stops ("J. K. Rowling" = "JK Rowling"); "w.k." (world knowledge) compares with
  the gold `entity` name instead ("George H. W. Bush" for a corpus that writes "George Bush");
* country codes: gold COUNTRY mentions found as a COUNTRY with the gold ISO code.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter, defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc_entities import BBC, BBC_GOLD, model_spans, paragraphs_of, realistic_files  # noqa: E402
from benchmarks.sample_entities import resolve_paragraphs  # noqa: E402
from pipeline.lib.nlp.countries import is_demonym  # noqa: E402
from pipeline.lib.nlp.mentions import DEFAULT_MODEL  # noqa: E402
from pipeline.lib.nlp.names import strip_accents  # noqa: E402
from pipeline.lib.text.articles import parse_document  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold" / "entities_gold.jsonl"
SAMPLE = ROOT / "raw" / "latin-america-listing.txt"
_SPACY_TYPES = {
    "PERSON": "PERSON",
    "ORG": "ORG",
    "GPE": "COUNTRY",
    "LOC": "PLACE",
    "FAC": "PLACE",
    "NORP": "COUNTRY",
    "EVENT": "EVENT",
}


def _locate(text: str, needle: str, occurrence: int) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def load_sample_gold(paragraphs: dict) -> list[dict]:
    gold = []
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        key = (g["article"], g["paragraph"])
        g["key"], g["span"] = key, _locate(paragraphs[key], g["text"], g["occurrence"])
        if "kind" not in g:
            g["kind"] = "demonym" if g["type"] == "COUNTRY" and is_demonym(g["text"]) else "name"
        gold.append(g)
    return gold


def load_bbc_gold(paragraphs: dict, line_to_paragraph: dict) -> list[dict]:
    gold = []
    for line in BBC_GOLD.read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        key = line_to_paragraph[(g["file"], g["line"])]
        g["key"], g["span"] = key, _locate(paragraphs[key], g["text"], g["occurrence"])
        gold.append(g)
    return gold


def _norm(name: str) -> str:
    """Case, diacritics, curly apostrophes and full stops aside ("J. K. Rowling" = "JK Rowling")."""
    return "".join(strip_accents(name).casefold().replace("’", "'").replace(".", "").split())


def pipeline_system(paragraphs: dict, articles: set, spans=None, model=DEFAULT_MODEL) -> tuple[list[dict], dict]:
    run = resolve_paragraphs(paragraphs, spans, model)
    entities = {e.entity_id: e for e in run.resolution.entities}
    system = []
    for rm in run.resolution.mentions:
        article, paragraph_no, start, end = run.where[rm.mention_id]
        entity = entities[rm.entity_id]
        if article not in articles or entity.type == "OTHER":
            continue
        offset = rm.text.find(rm.name) if rm.text else -1
        name_span = (start + offset, start + offset + len(rm.name)) if offset >= 0 else (start, end)
        system.append(
            {
                "key": (article, paragraph_no),
                "span": (start, end),
                "name_span": name_span,
                "type": entity.type,
                "entity": rm.entity_id,
                "canonical": entity.canonical_name,
                "iso3": entity.iso3,
                "demonym": rm.kind == "demonym"
                or (rm.kind == "name" and entity.type == "COUNTRY" and is_demonym(rm.name)),
                "surface": rm.name,
                "source": rm.source,
            }
        )
    timing = {"ner_seconds": run.ner_seconds, "resolve_seconds": run.resolve_seconds}
    return system, timing


def spacy_system(paragraphs: dict, articles: set, spans: dict) -> list[dict]:
    system = []
    for key, text in paragraphs.items():
        if key[0] not in articles:
            continue
        for s in spans[text]:
            system.append(
                {
                    "key": key,
                    "span": (s.char_start, s.char_end),
                    "name_span": (s.char_start, s.char_end),
                    "type": _SPACY_TYPES[s.label],
                    "entity": s.text,
                    "canonical": s.text,
                    "iso3": None,
                    "demonym": s.label == "NORP" and is_demonym(s.text),
                    "surface": s.text,
                    "source": "model",
                }
            )
    return system


def _match(gold: list[dict], system: list[dict], strict: bool) -> dict[int, int]:
    """Gold index → system index: the same characters, else (lenient) the largest overlap."""
    by_key = defaultdict(list)
    for i, s in enumerate(system):
        by_key[s["key"]].append(i)
    out = {}
    for gi, g in enumerate(gold):
        gs, ge = g["span"]
        best, best_overlap = None, 0
        for i in by_key[g["key"]]:
            ss, se = system[i]["name_span"]
            if (ss, se) == (gs, ge):
                best = i
                break
            if strict:
                continue
            for ss, se in (system[i]["name_span"], system[i]["span"]):
                overlap = min(se, ge) - max(ss, gs)
                if overlap > best_overlap:
                    best, best_overlap = i, overlap
        if best is not None:
            out[gi] = best
    return out


def _prf(gold: list[dict], system: list[dict], strict: bool) -> dict[str, float]:
    matched = _match(gold, system, strict)
    p = len(set(matched.values())) / len(system) if system else 0.0
    r = len(matched) / len(gold) if gold else 0.0
    return {"precision": p, "recall": r, "f1": 2 * p * r / (p + r) if p + r else 0.0}


def _pairwise(gold_assign: dict, sys_assign: dict) -> tuple[float, float]:
    keys = sorted(gold_assign)
    both = same_gold = same_sys = 0
    for a, b in combinations(keys, 2):
        g = gold_assign[a] == gold_assign[b]
        s = sys_assign[a] == sys_assign[b]
        same_gold += g
        same_sys += s
        both += g and s
    return (both / same_sys if same_sys else 1.0), (both / same_gold if same_gold else 1.0)


def score(gold: list[dict], system: list[dict]) -> dict:
    out = {"gold_mentions": len(gold), "system_mentions": len(system)}
    out["lenient"] = _prf(gold, system, strict=False)
    out["strict"] = _prf(gold, system, strict=True)
    no_dem_gold = [g for g in gold if g["kind"] != "demonym"]
    no_dem_sys = [s for s in system if not s["demonym"]]
    out["lenient_no_demonyms"] = _prf(no_dem_gold, no_dem_sys, strict=False)
    out["strict_no_demonyms"] = _prf(no_dem_gold, no_dem_sys, strict=True)
    found = _match(gold, system, strict=False)
    p, r = _pairwise({i: gold[i]["entity"] for i in found}, {i: system[m]["entity"] for i, m in found.items()})
    out["clustering"] = {"precision": p, "recall": r, "found": len(found)}
    out["type_accuracy"] = sum(system[m]["type"] == gold[i]["type"] for i, m in found.items()) / max(len(found), 1)
    votes: dict[str, Counter] = defaultdict(Counter)
    for i, m in found.items():
        votes[gold[i]["entity"]][system[m]["entity"]] += 1
    canon = {s["entity"]: s["canonical"] for s in system}
    readable = {g["entity"]: g.get("canonical", g["entity"]) for g in gold}
    right = {g: _norm(canon[v.most_common(1)[0][0]]) == _norm(readable[g]) for g, v in votes.items()}
    known = {g: _norm(canon[v.most_common(1)[0][0]]) == _norm(g) for g, v in votes.items()}
    out["canonical_names"] = {"accuracy": sum(right.values()) / max(len(right), 1), "entities": len(right)}
    out["canonical_world_knowledge"] = {"accuracy": sum(known.values()) / max(len(known), 1), "entities": len(known)}
    countries = [i for i, g in enumerate(gold) if g["type"] == "COUNTRY"]
    coded = sum(
        1
        for i in countries
        if i in found and system[found[i]]["type"] == "COUNTRY" and system[found[i]]["iso3"] == gold[i]["iso3"]
    )
    out["country_codes"] = {"right": coded, "gold": len(countries)}
    out["_found"], out["_wrong_names"] = found, sorted(g for g, ok in right.items() if not ok)
    out["_canon_of"] = {g: canon[v.most_common(1)[0][0]] for g, v in votes.items()}
    out["_readable"] = readable
    return out


def _line(label: str, s: dict) -> str:
    le, st, nd, cl = s["lenient"], s["strict"], s["lenient_no_demonyms"], s["clustering"]
    return (
        f"{label:<22}{le['precision']:>6.3f}{le['recall']:>6.3f}{le['f1']:>6.3f} |{st['precision']:>6.3f}"
        f"{st['recall']:>6.3f}{st['f1']:>6.3f} |{nd['f1']:>6.3f}{s['strict_no_demonyms']['f1']:>6.3f} |"
        f"{cl['precision']:>6.3f}{cl['recall']:>6.3f} |"
        f"{s['type_accuracy']:>6.3f} |{s['canonical_names']['accuracy']:>6.3f}"
        f"{s['canonical_world_knowledge']['accuracy']:>6.3f} |"
        f"{s['country_codes']['right']:>4}/{s['country_codes']['gold']}"
    )


def _errors(name: str, gold: list[dict], system: list[dict], s: dict) -> None:
    found = s["_found"]
    print(f"\n--- {name}: errors")
    print("gold mentions missed:")
    for i, g in enumerate(gold):
        if i not in found:
            print(f"  {g['key']} {g['text']!r} {g['type']} ({g['entity']})")
    matched_sys = set(found.values())
    print("system mentions not in gold:")
    for i, x in enumerate(system):
        if i not in matched_sys:
            print(f"  {x['key']} {x['surface']!r} {x['type']} ({x['canonical']}) [{x['source']}]")
    print("wrong type:")
    for i, m in found.items():
        if system[m]["type"] != gold[i]["type"]:
            print(
                f"  {gold[i]['text']!r}: gold {gold[i]['type']}, system {system[m]['type']} ({system[m]['canonical']})"
            )
    print("wrong canonical names:")
    for g in s["_wrong_names"]:
        note = f" (entity {g!r})" if s["_readable"][g] != g else ""
        print(f"  {s['_readable'][g]!r} → {s['_canon_of'][g]!r}{note}")
    split, merged = defaultdict(set), defaultdict(set)
    for i, m in found.items():
        split[gold[i]["entity"]].add(system[m]["canonical"] + "#" + system[m]["entity"][-4:])
        merged[system[m]["entity"]].add(gold[i]["entity"])
    print("gold entities split over several system entities:")
    for g, parts in sorted(split.items()):
        if len(parts) > 1:
            print(f"  {g}: {sorted(parts)}")
    print("system entities joining several gold entities:")
    canon = {x["entity"]: x["canonical"] for x in system}
    for e, names in sorted(merged.items()):
        if len(names) > 1:
            print(f"  {canon[e]}: {sorted(names)}")


def cost(model: str) -> dict:
    """Resolution time over the whole BBC corpus (spans from the cache): `resolve` without the
    paragraphs (no second pass: what existed before) and with them (demonym split, vocabulary,
    second pass), best of three runs each."""
    from benchmarks.bbc_entities import all_files
    from benchmarks.sample_entities import build_mentions
    from pipeline.lib.nlp.resolve import resolve

    paras = paragraphs_of(all_files())
    paragraphs = {(p.file, p.paragraph_no): p.text for p in paras}
    spans = model_spans(list(paragraphs.values()), model)
    mentions = build_mentions(paragraphs, spans)
    texts = {(str(a), n): t for (a, n), t in paragraphs.items()}
    defining = sorted({t for t in texts.values() if "(" in t or "[" in t})
    out = {"files": len(all_files()), "paragraphs": len(paragraphs), "mentions": len(mentions)}
    for label, kwargs in (("without_second_pass", {}), ("with_second_pass", {"paragraphs": texts})):
        best = float("inf")
        for _ in range(3):
            started = time.perf_counter()
            res = resolve(mentions, defining, **kwargs)
            best = min(best, time.perf_counter() - started)
        out[label] = {"seconds": best, "mentions": len(res.mentions), "entities": len(res.entities)}
    out["extra_seconds"] = out["with_second_pass"]["seconds"] - out["without_second_pass"]["seconds"]
    print(
        f"cost over {out['files']} BBC files ({out['paragraphs']} paragraphs, {out['mentions']} model spans): "
        f"resolve {out['without_second_pass']['seconds']:.2f}s without the second pass, "
        f"{out['with_second_pass']['seconds']:.2f}s with it (+{out['extra_seconds']:.2f}s); mentions "
        f"{out['without_second_pass']['mentions']} → {out['with_second_pass']['mentions']}"
    )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default=DEFAULT_MODEL)
    parser.add_argument("--json", type=Path, help="write the figures to this JSON file")
    parser.add_argument("--errors", action="store_true", help="list every error of the pipeline")
    parser.add_argument("--bbc-others", type=int, default=300, help="other BBC files resolved with the gold files")
    parser.add_argument("--cost", action="store_true", help="time resolution over all 2,225 BBC files, with and "
                        "without the span refinements and second pass")  # fmt: skip
    args = parser.parse_args()
    results: dict = {}
    if args.cost and BBC.is_dir():
        results["cost"] = cost(args.model)

    # SAMPLE
    parsed = parse_document(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = {(a.position, p.paragraph_no): p.text for a in parsed.articles for p in a.paragraphs}
    gold = load_sample_gold(paragraphs)
    articles = {g["article"] for g in gold}
    spans = model_spans(list(paragraphs.values()), args.model)
    system, timing = pipeline_system(paragraphs, articles, spans, args.model)
    results["sample"] = {
        "pipeline": score(gold, system),
        "spacy_alone": score(gold, spacy_system(paragraphs, articles, spans)),
        "timing": timing,
        "paragraphs": len(paragraphs),
    }
    sample_run = (gold, system)

    # BBC
    bbc_ok = BBC.is_dir()
    if bbc_ok:
        files = realistic_files(args.bbc_others)
        paras = paragraphs_of(files)
        bbc_paragraphs = {(p.file, p.paragraph_no): p.text for p in paras}
        line_to_paragraph = {(p.file, p.line_no): (p.file, p.paragraph_no) for p in paras}
        bbc_gold = load_bbc_gold(bbc_paragraphs, line_to_paragraph)
        bbc_articles = {g["file"] for g in bbc_gold}
        started = time.perf_counter()
        bbc_spans = model_spans(list(bbc_paragraphs.values()), args.model)
        cached_seconds = time.perf_counter() - started
        bbc_system, bbc_timing = pipeline_system(bbc_paragraphs, bbc_articles, bbc_spans, args.model)
        bbc_timing["ner_seconds"] += cached_seconds
        results["bbc"] = {
            "pipeline": score(bbc_gold, bbc_system),
            "spacy_alone": score(bbc_gold, spacy_system(bbc_paragraphs, bbc_articles, bbc_spans)),
            "timing": bbc_timing,
            "files": len(files),
            "paragraphs": len(bbc_paragraphs),
        }

    header = (
        f"{'':<22}{'lenient P/R/F1':>18} |{'strict P/R/F1':>18} |{'F1-dem l/s':>12} |{'clust P/R':>12} |"
        f"{'type':>6} |{'canon / w.k.':>12} | iso3"
    )
    for name in ("sample", "bbc"):
        if name not in results:
            print(f"\n{name.upper()}: BBC corpus not found at {BBC}, skipped")
            continue
        r = results[name]
        what = f"{r.get('files', 20)} files" if name == "bbc" else "20 articles"
        print(
            f"\n{name.upper()} gold: {r['pipeline']['gold_mentions']} mentions; resolved over {what}, "
            f"{r['paragraphs']} paragraphs; NER {r['timing']['ner_seconds']:.1f}s (cached spans), "
            f"resolution {r['timing']['resolve_seconds']:.2f}s"
        )
        print(header)
        print(_line(f"{name} pipeline", r["pipeline"]))
        print(_line(f"{name} spaCy alone", r["spacy_alone"]))
    if args.errors:
        _errors("SAMPLE", *sample_run, results["sample"]["pipeline"])
        if bbc_ok:
            _errors("BBC", bbc_gold, bbc_system, results["bbc"]["pipeline"])
    if args.json:
        clean = {
            gold_name: {
                k: ({kk: vv for kk, vv in v.items() if not kk.startswith("_")} if isinstance(v, dict) else v)
                for k, v in r.items()
            }
            for gold_name, r in results.items()
        }
        args.json.write_text(json.dumps(clean, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
