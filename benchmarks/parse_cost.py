"""What the dependency parse costs over the BBC corpus, three ways, in one run.

    uv run python benchmarks/parse_cost.py [--files N]

* meetings only (before issue 14): every paragraph with a meeting word, whole;
* whole paragraphs: every paragraph with any cue (meeting word, reporting verb, event word,
  quotation mark), whole: what quotations and events would cost parsed the old way;
* cue sentences (the pipeline now, `cues.parse_text`): only the sentences with a cue, the words of
  long quotations blanked.

The corpus is cut in ten slices and each slice is parsed the three ways one after the other, so a
machine whose load changes during the run weighs on all three alike. The parser runs on one
process, as `nlp.pipe` with the pipeline's batch size; the time counts `nlp.pipe` only.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bbc_entities import BBC, all_files  # noqa: E402
from pipeline.lib.events.cues import CUE_WORDS, parse_text  # noqa: E402
from pipeline.lib.events.meetings import TRIGGER_TEXT, load_parser  # noqa: E402
from pipeline.lib.nlp.mentions import unique_texts  # noqa: E402
from pipeline.lib.text.articles import parse_document  # noqa: E402
from pipeline.lib.text.datelines import parse_dateline  # noqa: E402
from pipeline.lib.text.rawtext import decode_document  # noqa: E402
from pipeline.lib.text.sentences import QUOTE_MARK  # noqa: E402

HEADING = "sub-heading"


def _whole(text: str) -> str:
    dateline = parse_dateline(text)
    return " " * dateline.end + text[dateline.end :] if dateline else text


def texts_three_ways(files: list[str]) -> dict[str, list[str]]:
    ways: dict[str, list[str]] = {
        "meetings only (before)": [],
        "whole paragraphs with a cue": [],
        "cue sentences (now)": [],
    }
    for name in files:
        for article in parse_document(decode_document((BBC / name).read_bytes()).text).articles:
            for p in article.paragraphs:
                if p.kind == HEADING:
                    continue
                if TRIGGER_TEXT.search(p.text):
                    ways["meetings only (before)"].append(_whole(p.text))
                if CUE_WORDS.search(p.text) or QUOTE_MARK.search(p.text):
                    ways["whole paragraphs with a cue"].append(_whole(p.text))
                if (t := parse_text(p.text)) is not None:
                    ways["cue sentences (now)"].append(t)
    return {k: unique_texts(v) for k, v in ways.items()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--files", type=int, default=0, help="only the first N files (default: all)")
    args = parser.parse_args()
    files = all_files()[: args.files or None]
    ways = texts_three_ways(files)
    nlp = load_parser()
    list(nlp.pipe(["Warm up the parser, it said."]))
    seconds = dict.fromkeys(ways, 0.0)
    tokens = dict.fromkeys(ways, 0)
    slices = 10
    for i in range(slices):
        for way, texts in ways.items():
            part = texts[i::slices]
            started = time.perf_counter()
            for doc in nlp.pipe(part, batch_size=64):
                tokens[way] += sum(1 for t in doc if not t.is_space)
            seconds[way] += time.perf_counter() - started
    print(f"BBC: {len(files)} files, parser {nlp.meta['name']}-{nlp.meta['version']}, one process")
    print(f"{'':<30}{'texts':>8}{'tokens':>10}{'seconds':>10}")
    for way in ways:
        print(f"{way:<30}{len(ways[way]):>8}{tokens[way]:>10}{seconds[way]:>10.1f}")


if __name__ == "__main__":
    main()
