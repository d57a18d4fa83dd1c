"""Shared by the quality benchmarks: NER and entity resolution over a set of paragraphs, through
the same library calls the Dagster assets make (`extract_spans` post-processing, `title_before`,
`resolve` over all mentions and all paragraph texts)."""

from __future__ import annotations

import time
from collections.abc import Hashable, Mapping
from dataclasses import dataclass

from pipeline.lib.nlp.mentions import DEFAULT_MODEL, Span, extract_spans, postprocess_spans
from pipeline.lib.nlp.names import title_before
from pipeline.lib.nlp.resolve import MentionIn, Resolution, resolve


@dataclass
class SampleEntities:
    resolution: Resolution
    # mention id → (article key, paragraph_no, char_start, char_end) of the mention as resolved
    where: dict[str, tuple[Hashable, int, int, int]]
    ner_seconds: float
    resolve_seconds: float


def resolve_paragraphs(
    paragraphs: Mapping[tuple[Hashable, int], str], spans: Mapping[str, list[Span]] | None = None, model=DEFAULT_MODEL
) -> SampleEntities:
    """`paragraphs` maps (article key, paragraph_no) to the paragraph's text. `spans` are the
    model's own spans by text (else NER runs here); the pipeline's post-processing is applied."""
    started = time.perf_counter()
    keys = list(paragraphs)
    if spans is None:
        found = extract_spans([paragraphs[k] for k in keys], model)
    else:
        found = [postprocess_spans(paragraphs[k], list(spans[paragraphs[k]])) for k in keys]
    ner_seconds = time.perf_counter() - started
    mentions = _mentions(keys, paragraphs, found)
    started = time.perf_counter()
    texts = {(str(a), p): t for (a, p), t in paragraphs.items()}
    resolution = resolve(mentions, list(dict.fromkeys(texts.values())), paragraphs=texts)
    resolve_seconds = time.perf_counter() - started
    article_of = {str(a): a for a, _ in keys}
    where = {
        r.mention_id: (article_of[r.article_id], r.paragraph_no, r.char_start, r.char_end) for r in resolution.mentions
    }
    return SampleEntities(resolution, where, ner_seconds, resolve_seconds)


def _mentions(keys, paragraphs, found) -> list[MentionIn]:
    mentions = []
    for (article, paragraph_no), spans_here in zip(keys, found, strict=True):
        text = paragraphs[(article, paragraph_no)]
        for s in spans_here:
            mid = f"{article}:{paragraph_no}:{s.char_start}"
            before = title_before(text, s.char_start)
            mentions.append(
                MentionIn(mid, str(article), s.text, s.label, before, paragraph_no, s.char_start, s.char_end)
            )
    return mentions


def build_mentions(paragraphs: Mapping[tuple[Hashable, int], str], spans: Mapping[str, list[Span]]) -> list[MentionIn]:
    """The mentions the `ner_mentions` asset would store for these paragraphs and model spans."""
    keys = list(paragraphs)
    return _mentions(keys, paragraphs, [postprocess_spans(paragraphs[k], list(spans[paragraphs[k]])) for k in keys])


def resolve_sample(paragraphs: dict[tuple[int, int], str], model: str = DEFAULT_MODEL) -> SampleEntities:
    """`paragraphs` maps (article position, paragraph_no) to the paragraph's text."""
    return resolve_paragraphs(paragraphs, model=model)
