"""Shared by the quality benchmarks: NER and entity resolution over the sample's paragraphs,
through the same library calls the Dagster assets make."""

from __future__ import annotations

import time
from dataclasses import dataclass

from pipeline.lib.mentions import DEFAULT_MODEL, extract_spans
from pipeline.lib.resolve import MentionIn, Resolution, resolve


@dataclass
class SampleEntities:
    resolution: Resolution
    # mention id → (article position, paragraph_no, char_start, char_end)
    where: dict[str, tuple[int, int, int, int]]
    ner_seconds: float
    resolve_seconds: float


def resolve_sample(paragraphs: dict[tuple[int, int], str], model: str = DEFAULT_MODEL) -> SampleEntities:
    """`paragraphs` maps (article position, paragraph_no) to the paragraph's text."""
    started = time.perf_counter()
    keys = list(paragraphs)
    spans = extract_spans([paragraphs[k] for k in keys], model)
    ner_seconds = time.perf_counter() - started
    mentions, where = [], {}
    for (article, paragraph_no), found in zip(keys, spans, strict=True):
        for j, s in enumerate(found):
            mid = f"{article}:{paragraph_no}:{j}"
            mentions.append(MentionIn(mid, str(article), s.text, s.label))
            where[mid] = (article, paragraph_no, s.char_start, s.char_end)
    started = time.perf_counter()
    resolution = resolve(mentions, paragraphs.values())
    return SampleEntities(resolution, where, ner_seconds, time.perf_counter() - started)
