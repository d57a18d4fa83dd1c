"""Quotations and events against hand-annotated gold files, with naive baselines in the same run.

    uv run python benchmarks/quotes_events_quality.py [--errors] [--json PATH]

Runs the library code the `extract_events` asset calls:

* quotations of five sample articles (`benchmarks/gold/quotations_gold.jsonl`, 42 quotations), of
  five BBC News files (`benchmarks/gold/bbc_quotations_gold.jsonl`, 38 quotations) and of twenty-three
  sets of ten more annotated blind (`bbc_quotations_gold_2.jsonl` … `_24`, 72 to 99 quotations
  each; the BBC text is read from the shared corpus, never stored), scored on separate lines, then
  the BBC sets pooled (`BBC_QUOTE_GOLDS`). A quotation is right when a system quotation overlaps the
  gold one in the same paragraph (one to one) AND names the same speaker (a gold speaker that nobody
  can name from the text, "analysts said", is right only when the system names nobody either; a
  name and its acronym are one speaker);
* events of the five types in ten sample articles (`benchmarks/gold/events_gold.jsonl`, 64
  events), per type: right when the article, the type and both sides agree (a side written
  "A|B" in the gold accepts either; a visit's side B may be the city visited). A group side (a
  row marked `"group"`) is one gold event per member, as the events table writes it, so every
  member counts for recall and every system row for precision. The same for the ten other sample
  articles (`events_heldout_gold.jsonl`) and thirty-three BBC batches of ten or twelve files each
  (`bbc_events_gold.jsonl`, `_2` … `_33`; offsets only), each set on its own lines, then all
  thirty-five pooled (`EVENT_GOLDS`). MEET rows include meetings with people named only by kind
  (`find_meetings(unnamed_sides=True)`), as the events table does.

The pooled events are also scored on the gold rows their annotator did not mark "Borderline"
(recall only): how much of the gap is judgement calls the gold takes one way (a deal with no act
of signing, backing of a thing read as its owner's) and how much is events stated plainly.

Baselines, measured in the same run:

* quotations: every text between quotation marks, with the nearest PERSON of the paragraph;
* events: a trigger word of the type in a sentence, the nearest entity before it as side A and
  the nearest after it as side B.

The BBC files are resolved with the pipeline's NER (through `bbc_entities`' disk cache) and
`resolve`, on their own.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc_entities import BBC, model_spans  # noqa: E402
from benchmarks.sample_entities import resolve_paragraphs  # noqa: E402
from pipeline.lib.events.event_types import EVENT_TYPES  # noqa: E402
from pipeline.lib.events.extraction import (  # noqa: E402
    article_date_mentions,
    article_events,
    corpus_offices,
    dateline_places,
    meeting_paragraphs,
    people_of,
)
from pipeline.lib.events.meetings import EntitySpan, ParseCache, load_parser  # noqa: E402
from pipeline.lib.events.quotations import find_quotations  # noqa: E402
from pipeline.lib.nlp.acronyms import best_long_form, is_short_form  # noqa: E402
from pipeline.lib.nlp.countries import iso3_for  # noqa: E402
from pipeline.lib.nlp.gender import genders_of_paragraphs  # noqa: E402
from pipeline.lib.nlp.mentions import DEFAULT_MODEL  # noqa: E402
from pipeline.lib.nlp.names import name_tokens  # noqa: E402
from pipeline.lib.text.articles import parse_document  # noqa: E402
from pipeline.lib.text.rawtext import decode_document  # noqa: E402
from pipeline.lib.text.sentences import quoted_regions, sentence_spans  # noqa: E402

GOLD = ROOT / "benchmarks" / "gold"
SAMPLE = ROOT / "raw" / "latin-america-listing.txt"
REFERENCE = dt.date(2025, 11, 28)
BBC_REFERENCE = dt.date(2005, 6, 30)


def gold_rows(name: str) -> list[dict]:
    return [json.loads(line) for line in (GOLD / name).read_text(encoding="utf-8").splitlines()]


def same_actor(gold: str | None, system: str | None) -> bool:
    """Gold "A|B" accepts either; names agree when one's tokens contain the other's, or when one is
    the other's acronym (the gold may write out "Trades Union Congress" where the article, and so
    the warehouse, has only "TUC")."""
    if gold is None or system is None:
        return gold is None and system is None
    b = set(name_tokens(system))
    for option in gold.split("|"):
        a = set(name_tokens(option))
        if a and b and (a <= b or b <= a):
            return True
        if _acronym_of(system, option) or _acronym_of(option, system):
            return True
        if iso3_for(option) is not None and iso3_for(option) == iso3_for(system):
            return True  # a country under another of its names ("Turkey", "Türkiye")
    return False


def _acronym_of(short: str, long: str) -> bool:
    """Whether `short` is an acronym of the whole of `long` (Schwartz–Hearst, as the resolver reads
    "Long Form (LF)"): OECD of the Organisation for Economic Co-operation and Development."""
    return is_short_form(short) and short.isupper() and best_long_form(short, long) == long.strip()


# ------------------------------------------------------------------ running the pipeline's library


class Corpus:
    """Articles of one source with resolved entities, ready for the extractors."""

    def __init__(self, articles: dict, paragraphs: dict, resolution, where, references: dict):
        self.articles = articles  # key → parsed Article
        self.paragraphs = paragraphs  # (key, paragraph_no) → text
        self.entities = {e.entity_id: e for e in resolution.entities}
        self.spans: dict = defaultdict(list)
        self.roles: dict = defaultdict(list)
        for rm in resolution.mentions:
            key, paragraph_no, start, end = where[rm.mention_id]
            kind = self.entities[rm.entity_id].type
            self.spans[(key, paragraph_no)].append(EntitySpan(start, end, rm.entity_id, kind))
            self.roles[key].append((rm.entity_id, kind, rm.role))
        self.places = {e.canonical_name.casefold(): e.entity_id for e in resolution.entities if e.type == "PLACE"}
        # The countries the corpus names, as the events asset reads them.
        self.countries = {e.iso3: e.entity_id for e in resolution.entities if e.type == "COUNTRY" and e.iso3}
        # The pronouns after each person's name, over the corpus, as the events asset reads them.
        self.genders = genders_of_paragraphs(paragraphs, self.spans)
        # What the whole corpus says of who holds which office, as the events asset reads it.
        self.offices = corpus_offices(self.roles)
        self.references = references

    def name(self, entity_id: str | None) -> str | None:
        return self.entities[entity_id].canonical_name if entity_id else None

    def inputs(self, key):
        a = self.articles[key]
        rows = [(p.paragraph_no, p.section_no, p.text, p.kind) for p in a.paragraphs]
        sections = {s.section_no: s.dateline.date_text if s.dateline else None for s in a.sections}
        mentions = article_date_mentions(
            [r[:3] for r in rows], sections, a.dateline.date_text if a.dateline else None, self.references[key]
        )
        places = dateline_places(a, self.places)
        spans = {pn: self.spans[(key, pn)] for pn, *_ in rows}
        return meeting_paragraphs(rows, spans, mentions, places, {}, self.countries)


def sample_corpus(positions: set[int]) -> Corpus:
    parsed = parse_document(SAMPLE.read_text(encoding="utf-8"))
    paragraphs = {(a.position, p.paragraph_no): p.text for a in parsed.articles for p in a.paragraphs}
    resolved = resolve_paragraphs(paragraphs)  # the whole page, as the warehouse resolves it
    articles = {a.position: a for a in parsed.articles if a.position in positions}
    return Corpus(articles, paragraphs, resolved.resolution, resolved.where, dict.fromkeys(articles, REFERENCE))


def bbc_corpus(files: list[str]) -> Corpus:
    return folder_corpus(BBC, files, BBC_REFERENCE)


def folder_corpus(root: Path, files: list[str], reference: dt.date) -> Corpus:
    """One-article files under `root`, title on line 1, resolved together as the warehouse does."""
    articles, paragraphs, texts = {}, {}, {}
    for name in files:
        text = decode_document((root / name).read_bytes()).text
        texts[name] = text
        (article,) = parse_document(text).articles
        articles[name] = article
        paragraphs.update({(name, p.paragraph_no): p.text for p in article.paragraphs})
    spans = model_spans(list(paragraphs.values()), DEFAULT_MODEL)
    resolved = resolve_paragraphs(paragraphs, spans)
    corpus = Corpus(articles, paragraphs, resolved.resolution, resolved.where, dict.fromkeys(articles, reference))
    corpus.texts = texts
    return corpus


def system_quotes(corpus: Corpus, parse) -> list[dict]:
    out = []
    for key in corpus.articles:
        inputs, _ = corpus.inputs(key)
        for q in find_quotations(inputs, parse, people_of(corpus.roles[key], corpus.offices, corpus.genders)):
            out.append(
                {"doc": key, "paragraph": q.paragraph_no, "start": q.char_start, "end": q.char_end,
                 "speaker": corpus.name(q.speaker), "kind": q.kind, "cue": q.cue, "speaker_text": q.speaker_text}
            )  # fmt: skip
    return out


def baseline_quotes(corpus: Corpus) -> list[dict]:
    """Text in quotation marks, with the nearest PERSON of the paragraph."""
    out = []
    for (key, paragraph_no), text in corpus.paragraphs.items():
        if key not in corpus.articles:
            continue
        people = [e for e in corpus.spans[(key, paragraph_no)] if e.type == "PERSON"]
        for a, b in quoted_regions(text):
            nearest = min(people, key=lambda e: min(abs(e.char_start - b), abs(e.char_end - a)), default=None)
            out.append(
                {"doc": key, "paragraph": paragraph_no, "start": a, "end": b, "kind": "direct",
                 "speaker": corpus.name(nearest.entity_id) if nearest else None}
            )  # fmt: skip
    return out


def system_events(corpus: Corpus, parse) -> list[dict]:
    out = []
    for key in corpus.articles:
        inputs, vague = corpus.inputs(key)
        people = people_of(corpus.roles[key], corpus.offices, corpus.genders)
        for e in article_events(inputs, vague, parse, people, corpus_countries=corpus.countries)[1]:
            out.append(
                {"doc": key, "paragraph": e.paragraph_no, "type": e.event_type, "code": e.cameo_code,
                 "a": corpus.name(e.actor_a), "b": corpus.name(e.actor_b), "place": corpus.name(e.place),
                 "sentence": e.sentence}
            )  # fmt: skip
    return out


_BASELINE_TRIGGERS = {
    "MEET": r"met|meet|meets|meeting|talks",
    "VISIT": r"visit\w*|trip|arrived|stopover",
    "SIGN": r"sign\w*|inked",
    "SUPPORT": r"support\w*|back(?:s|ed)|endors\w*|prais\w*|commend\w*|hail\w*|welcom\w*|thank\w*",
    "CRITICIZE": r"criticis\w*|criticiz\w*|condemn\w*|denounc\w*|accus\w*|slam\w*|blast\w*",
}


def baseline_events(corpus: Corpus) -> list[dict]:
    """A trigger word in a sentence: the nearest entity before it, the nearest after it."""
    out = []
    for (key, paragraph_no), text in corpus.paragraphs.items():
        if key not in corpus.articles:
            continue
        entities = [e for e in corpus.spans[(key, paragraph_no)] if e.type in ("PERSON", "COUNTRY", "ORG")]
        for start, end in sentence_spans(text):
            for kind, pattern in _BASELINE_TRIGGERS.items():
                for m in re.finditer(rf"\b(?:{pattern})\b", text[start:end], re.I):
                    at = start + m.start()
                    before = [e for e in entities if start <= e.char_start < at]
                    after = [e for e in entities if at < e.char_start < end]
                    if before and after and before[-1].entity_id != after[0].entity_id:
                        out.append(
                            {"doc": key, "paragraph": paragraph_no, "type": kind,
                             "a": corpus.name(before[-1].entity_id), "b": corpus.name(after[0].entity_id)}
                        )  # fmt: skip
    unique = {(e["doc"], e["type"], e["a"], e["b"]): e for e in out}
    return list(unique.values())


# ------------------------------------------------------------------ scoring


def score_quotes(gold: list[dict], system: list[dict]) -> dict:
    used: set[int] = set()
    right = found = 0
    missed, wrong_speaker = [], []
    for g in gold:
        hits = [
            i for i, s in enumerate(system)
            if i not in used and s["doc"] == g["doc"] and s["paragraph"] == g["paragraph"]
            and s["start"] < g["end"] and g["start"] < s["end"]
        ]  # fmt: skip
        if not hits:
            missed.append(g)
            continue
        best = next((i for i in hits if same_actor(g["speaker"], system[i]["speaker"])), hits[0])
        used.add(best)
        found += 1
        if same_actor(g["speaker"], system[best]["speaker"]):
            right += 1
        else:
            wrong_speaker.append((g, system[best]))
    spurious = [s for i, s in enumerate(system) if i not in used]
    return {
        "gold": len(gold), "predicted": len(system), "found": found, "right": right,
        "precision": right / len(system) if system else 0.0, "recall": right / len(gold) if gold else 0.0,
        "missed": missed, "wrong_speaker": wrong_speaker, "spurious": spurious,
    }  # fmt: skip


def _event_match(g: dict, s: dict) -> bool:
    if g["doc"] != s["doc"] or g["event_type"] != s["type"]:
        return False
    b_ok = lambda gold_b, sb, place: gold_b is None or same_actor(gold_b, sb) or same_actor(gold_b, place)  # noqa: E731
    if s.get("code") == "043":
        # a host's row ("the president received her": 043, A the host, B the guest), where the
        # gold writes a visit guest first
        return same_actor(g["actor_a"], s["b"]) and b_ok(g["actor_b"], s["a"], s.get("place"))
    forward = same_actor(g["actor_a"], s["a"]) and b_ok(g["actor_b"], s["b"], s.get("place"))
    if forward or g["event_type"] not in ("MEET", "SIGN"):
        return forward
    return same_actor(g["actor_a"], s["b"]) and b_ok(g["actor_b"], s["a"], None)


def score_events(gold: list[dict], system: list[dict], kind: str) -> dict:
    gold = [g for g in gold if g["event_type"] == kind]
    system = [s for s in system if s["type"] == kind]
    used: set[int] = set()
    # An event told in two paragraphs matches the row of its own paragraph first.
    hits: dict[int, int] = {}
    for same_paragraph in (True, False):
        for n, g in enumerate(gold):
            if n in hits:
                continue
            hit = next((i for i, s in enumerate(system) if i not in used and _event_match(g, s)
                        and (not same_paragraph or s["paragraph"] == g["paragraph"])), None)  # fmt: skip
            if hit is not None:
                hits[n] = hit
                used.add(hit)
    right = len(hits)
    missed = [g for n, g in enumerate(gold) if n not in hits]
    clear = [n for n, g in enumerate(gold) if not borderline(g)]
    clear_right = sum(1 for n in clear if n in hits)
    return {
        "gold": len(gold), "predicted": len(system), "right": right,
        "precision": right / len(system) if system else 0.0, "recall": right / len(gold) if gold else 0.0,
        "missed": missed, "spurious": [s for i, s in enumerate(system) if i not in used],
        "clear_gold": len(clear), "clear_right": clear_right,
        "clear_recall": clear_right / len(clear) if clear else 0.0,
    }  # fmt: skip


def borderline(g: dict) -> bool:
    """A gold event its annotator marked as a judgement call ("Borderline: …", with what would drop
    it), such as a deal with no act of signing told, or backing of a thing read as its owner's."""
    return (g.get("note") or "").lstrip().lower().startswith("borderline")


def _sample_gold_quotes(corpus: Corpus) -> list[dict]:
    out = []
    for g in gold_rows("quotations_gold.jsonl"):
        text = corpus.paragraphs[(g["article"], g["paragraph"])]
        start = -1
        for _ in range(g["occurrence"]):
            start = text.index(g["text"], start + 1)
        end = start + len(g["text"])
        out.append({"doc": g["article"], "paragraph": g["paragraph"], "start": start, "end": end,
                    "speaker": g["speaker"], "kind": g["kind"], "text": g["text"]})  # fmt: skip
    return out


# (label, gold file): each BBC quotation set on its own line, then all pooled.
BBC_QUOTE_GOLDS = (
    ("BBC", "bbc_quotations_gold.jsonl"),
    ("BBC, second set (blind)", "bbc_quotations_gold_2.jsonl"),
    ("BBC, third set (blind)", "bbc_quotations_gold_3.jsonl"),
    ("BBC, fourth set (blind)", "bbc_quotations_gold_4.jsonl"),
    ("BBC, fifth set (blind)", "bbc_quotations_gold_5.jsonl"),
    ("BBC, sixth set (blind)", "bbc_quotations_gold_6.jsonl"),
    ("BBC, seventh set (blind)", "bbc_quotations_gold_7.jsonl"),
    ("BBC, eighth set (blind)", "bbc_quotations_gold_8.jsonl"),
    ("BBC, ninth set (blind)", "bbc_quotations_gold_9.jsonl"),
    ("BBC, tenth set (blind)", "bbc_quotations_gold_10.jsonl"),
    ("BBC, eleventh set (blind)", "bbc_quotations_gold_11.jsonl"),
    ("BBC, twelfth set (blind)", "bbc_quotations_gold_12.jsonl"),
    ("BBC, thirteenth set (blind)", "bbc_quotations_gold_13.jsonl"),
    ("BBC, fourteenth set (blind)", "bbc_quotations_gold_14.jsonl"),
    ("BBC, fifteenth set (blind)", "bbc_quotations_gold_15.jsonl"),
    ("BBC, sixteenth set (blind)", "bbc_quotations_gold_16.jsonl"),
    ("BBC, seventeenth set (blind)", "bbc_quotations_gold_17.jsonl"),
    ("BBC, eighteenth set (blind)", "bbc_quotations_gold_18.jsonl"),
    ("BBC, nineteenth set (blind)", "bbc_quotations_gold_19.jsonl"),
    ("BBC, twentieth set (blind)", "bbc_quotations_gold_20.jsonl"),
    ("BBC, twenty-first set (blind)", "bbc_quotations_gold_21.jsonl"),
    ("BBC, twenty-second set (blind)", "bbc_quotations_gold_22.jsonl"),
    ("BBC, twenty-third set (blind)", "bbc_quotations_gold_23.jsonl"),
    ("BBC, twenty-fourth set (blind)", "bbc_quotations_gold_24.jsonl"),
)


def _bbc_gold_quotes(corpus: Corpus, name: str) -> list[dict]:
    """File offsets → (paragraph, offsets in the paragraph): a paragraph is found in its file's text."""
    out = []
    for g in gold_rows(name):
        text = corpus.texts[g["file"]]
        for p in corpus.articles[g["file"]].paragraphs:
            at = text.find(p.text)
            if at <= g["start"] < at + len(p.text):
                out.append({"doc": g["file"], "paragraph": p.paragraph_no, "start": g["start"] - at,
                            "end": g["end"] - at, "speaker": g["speaker"], "kind": g["kind"]})  # fmt: skip
                break
        else:
            raise ValueError(f"no paragraph holds {g}")
    return out


# (label, gold file, the BBC files it was drawn from: every one is read, with or without events)
EVENT_GOLDS = (
    ("sample, rules written from", "events_gold.jsonl", None),
    ("sample, held out", "events_heldout_gold.jsonl", None),
    ("BBC, held out", "bbc_events_gold.jsonl", "bbc_event_files.txt"),
    ("BBC, second held out", "bbc_events_gold_2.jsonl", "bbc_event_files_2.txt"),
    ("BBC, third held out", "bbc_events_gold_3.jsonl", "bbc_event_files_3.txt"),
    ("BBC, fourth held out", "bbc_events_gold_4.jsonl", "bbc_event_files_4.txt"),
    ("BBC, fifth held out", "bbc_events_gold_5.jsonl", "bbc_event_files_5.txt"),
    ("BBC, sixth held out", "bbc_events_gold_6.jsonl", "bbc_event_files_6.txt"),
    ("BBC, seventh held out", "bbc_events_gold_7.jsonl", "bbc_event_files_7.txt"),
    ("BBC, eighth held out", "bbc_events_gold_8.jsonl", "bbc_event_files_8.txt"),
    ("BBC, ninth held out", "bbc_events_gold_9.jsonl", "bbc_event_files_9.txt"),
    ("BBC, tenth held out", "bbc_events_gold_10.jsonl", "bbc_event_files_10.txt"),
    ("BBC, eleventh held out", "bbc_events_gold_11.jsonl", "bbc_event_files_11.txt"),
    ("BBC, twelfth held out", "bbc_events_gold_12.jsonl", "bbc_event_files_12.txt"),
    ("BBC, thirteenth held out", "bbc_events_gold_13.jsonl", "bbc_event_files_13.txt"),
    ("BBC, fourteenth held out", "bbc_events_gold_14.jsonl", "bbc_event_files_14.txt"),
    ("BBC, fifteenth held out", "bbc_events_gold_15.jsonl", "bbc_event_files_15.txt"),
    ("BBC, sixteenth held out", "bbc_events_gold_16.jsonl", "bbc_event_files_16.txt"),
    ("BBC, seventeenth held out", "bbc_events_gold_17.jsonl", "bbc_event_files_17.txt"),
    ("BBC, eighteenth held out", "bbc_events_gold_18.jsonl", "bbc_event_files_18.txt"),
    ("BBC, nineteenth held out", "bbc_events_gold_19.jsonl", "bbc_event_files_19.txt"),
    ("BBC, twentieth held out", "bbc_events_gold_20.jsonl", "bbc_event_files_20.txt"),
    ("BBC, twenty-first held out", "bbc_events_gold_21.jsonl", "bbc_event_files_21.txt"),
    ("BBC, twenty-second held out", "bbc_events_gold_22.jsonl", "bbc_event_files_22.txt"),
    ("BBC, twenty-third held out", "bbc_events_gold_23.jsonl", "bbc_event_files_23.txt"),
    ("BBC, twenty-fourth held out", "bbc_events_gold_24.jsonl", "bbc_event_files_24.txt"),
    ("BBC, twenty-fifth held out", "bbc_events_gold_25.jsonl", "bbc_event_files_25.txt"),
    ("BBC, twenty-sixth held out", "bbc_events_gold_26.jsonl", "bbc_event_files_26.txt"),
    ("BBC, twenty-seventh held out", "bbc_events_gold_27.jsonl", "bbc_event_files_27.txt"),
    ("BBC, twenty-eighth held out", "bbc_events_gold_28.jsonl", "bbc_event_files_28.txt"),
    ("BBC, twenty-ninth held out", "bbc_events_gold_29.jsonl", "bbc_event_files_29.txt"),
    ("BBC, thirtieth held out", "bbc_events_gold_30.jsonl", "bbc_event_files_30.txt"),
    ("BBC, thirty-first held out", "bbc_events_gold_31.jsonl", "bbc_event_files_31.txt"),
    ("BBC, thirty-second held out", "bbc_events_gold_32.jsonl", "bbc_event_files_32.txt"),
    ("BBC, thirty-third held out", "bbc_events_gold_33.jsonl", "bbc_event_files_33.txt"),
)
ALL_EVENTS = "all thirty-five"


def _scoped(corpus: Corpus, keys: set) -> Corpus:
    scoped = Corpus.__new__(Corpus)
    scoped.__dict__.update(corpus.__dict__)
    scoped.articles = {k: v for k, v in corpus.articles.items() if k in keys}
    return scoped


def _file_list(name: str) -> list[str]:
    lines = (GOLD / name).read_text(encoding="utf-8").splitlines()
    return [line.split()[0] for line in lines if line.strip() and not line.startswith("#")]


def _event_gold(name: str) -> list[dict]:
    """Gold events, a group side (`"group": "actor_a"`: the members the text names, written A|B|C)
    made one row per member, as the events table writes it; elsewhere A|B means either name."""
    rows = []
    for g in gold_rows(name):
        g = {**g, "doc": g.get("article", g.get("file"))}
        side = g.pop("group", None)
        rows.extend({**g, side: member} for member in g[side].split("|")) if side else rows.append(g)
    return rows


def run() -> dict:
    event_golds = {label: _event_gold(name) for label, name, _ in EVENT_GOLDS}
    event_files = {label: _file_list(files) for label, _, files in EVENT_GOLDS if files}
    quote_articles = {g["article"] for g in gold_rows("quotations_gold.jsonl")}
    sample_events = {g["doc"] for label, rows in event_golds.items() if label.startswith("sample") for g in rows}
    bbc_quote_files = list(dict.fromkeys(g["file"] for _, name in BBC_QUOTE_GOLDS for g in gold_rows(name)))
    bbc_event_files = [name for names in event_files.values() for name in names]
    sample = sample_corpus(quote_articles | sample_events)
    bbc = bbc_corpus(list(dict.fromkeys(bbc_quote_files + bbc_event_files)))
    load_parser()
    parse = ParseCache()
    results: dict = {"quotations": {}, "events": {}}

    bbc_sets = [(label, bbc, _bbc_gold_quotes(bbc, name)) for label, name in BBC_QUOTE_GOLDS]
    both = ("BBC, all sets", bbc, [g for _, _, gold in bbc_sets for g in gold])
    for label, corpus, gold in [("SAMPLE", sample, _sample_gold_quotes(sample)), *bbc_sets, both]:
        scoped = _scoped(corpus, {g["doc"] for g in gold})
        started = time.perf_counter()
        system = system_quotes(scoped, parse)
        seconds = time.perf_counter() - started
        results["quotations"][label] = {
            "pipeline": score_quotes(gold, system), "baseline": score_quotes(gold, baseline_quotes(scoped)),
            "seconds": seconds,
        }  # fmt: skip

    pooled: dict[str, list] = {"gold": [], "pipeline": [], "baseline": []}
    for label, gold in event_golds.items():
        # Every file the BBC gold was drawn from is read, with or without a gold event.
        keys = set(event_files[label]) if label in event_files else {g["doc"] for g in gold}
        scoped = _scoped(bbc if label in event_files else sample, keys)
        system, baseline = system_events(scoped, parse), baseline_events(scoped)
        for name, rows in (("gold", gold), ("pipeline", system), ("baseline", baseline)):
            pooled[name].extend(rows)
        results["events"][label] = _score_types(gold, system, baseline)
    results["events"][ALL_EVENTS] = _score_types(pooled["gold"], pooled["pipeline"], pooled["baseline"])
    return results


def _score_types(gold: list[dict], system: list[dict], baseline: list[dict]) -> dict:
    return {
        kind: {"pipeline": score_events(gold, system, kind), "baseline": score_events(gold, baseline, kind)}
        for kind in EVENT_TYPES
    }


def _figures(s: dict) -> str:
    return f"{s['precision']:>9.3f}{s['recall']:>9.3f}{s['gold']:>7}{s['predicted']:>11}{s['right']:>7}"


def _event_row(kind: str, who: str) -> str:
    return f"{kind} {who}" + (": trigger + nearest entities" if who == "baseline" else "")


def report(results: dict, errors: bool) -> None:
    print("quotations (found AND right speaker)      precision   recall   gold  predicted  right")
    for label, r in results["quotations"].items():
        for who in ("pipeline", "baseline"):
            s = r[who]
            name = f"{label} {who}" + (
                f" ({r['seconds']:.1f}s)" if who == "pipeline" else ": quote marks + nearest PERSON"
            )
            print(f"  {name:<40}{_figures(s)}")
    print()
    for label, by_type in results["events"].items():
        print()
        print(f"events, {label + ' (gold)':<32} precision   recall   gold  predicted  right")
        for kind, r in by_type.items():
            if not r["pipeline"]["gold"] and not r["pipeline"]["predicted"]:
                continue
            for who in ("pipeline", "baseline"):
                print(f"  {_event_row(kind, who):<40}{_figures(r[who])}")
    print()
    # Recall only: a system row that matches a borderline gold event is still right, not spurious.
    print("events, all sets, gold not marked borderline   recall   gold  right")
    for kind, r in results["events"][ALL_EVENTS].items():
        for who in ("pipeline", "baseline"):
            s = r[who]
            print(f"  {_event_row(kind, who):<40}{s['clear_recall']:>9.3f}{s['clear_gold']:>7}{s['clear_right']:>7}")
    if not errors:
        return
    print()
    for label, r in results["quotations"].items():
        s = r["pipeline"]
        for g in s["missed"]:
            print(f"  {label} missed: {g['doc']}:{g['paragraph']} {g['kind']} {g['speaker']}")
        for g, x in s["wrong_speaker"]:
            print(f"  {label} wrong speaker: {g['doc']}:{g['paragraph']} gold {g['speaker']}, got {x['speaker']} "
                  f"({x['speaker_text']!r}, {x['cue']})")  # fmt: skip
        for x in s["spurious"]:
            print(f"  {label} not in gold: {x['doc']}:{x['paragraph']} {x['kind']} {x['speaker']} "
                  f"({x['speaker_text']!r}, {x['cue']}) @{x['start']}-{x['end']}")  # fmt: skip
    for kind, r in results["events"][ALL_EVENTS].items():
        s = r["pipeline"]
        for g in s["missed"]:
            print(f"  {kind} missed: {g['doc']}:{g['paragraph']} {g['actor_a']} -> {g['actor_b']}")
        for x in s["spurious"]:
            print(f"  {kind} not in gold: {x['doc']}:{x['paragraph']} {x['a']} -> {x['b']}: {x['sentence'][:90]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--errors", action="store_true", help="list misses and false positives")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON")
    args = parser.parse_args()
    results = run()
    report(results, args.errors)
    if args.json:
        keep = ("precision", "recall", "gold", "predicted", "right", "clear_recall", "clear_gold", "clear_right")
        scores = lambda rows: {k: {w: {m: v[w][m] for m in keep if m in v[w]} for w in ("pipeline", "baseline")}  # noqa: E731
                               for k, v in rows.items()}  # fmt: skip
        figures = {
            "quotations": scores(results["quotations"]),
            "events": {label: scores(by_type) for label, by_type in results["events"].items()},
        }
        args.json.write_text(json.dumps(figures, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
