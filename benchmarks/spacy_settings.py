"""Which `nlp.pipe` batch size and number of processes suit this machine, on real paragraphs.

    uv run python benchmarks/spacy_settings.py --corpus ../shared/corpora/bbc --paragraphs 3000

Takes the paragraphs the pipeline would give the model (the corpus read and split by
`pipeline.lib`, no warehouse needed), and times the pipeline's NER model (`PIPELINE_SPACY_MODEL`,
the components `ner_mentions` runs) over the first N of them for each batch size, on one process
and on two. Each setting runs `--rounds` times, interleaved with the others so that a busy spell
of a shared machine hits every setting alike; the best round counts. The CPU time of this process
and of spaCy's worker processes is printed too: on a shared machine, other processes inflate the
wall time but not the CPU time. Prints words per second per setting and the best setting.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.nonmodel_stages import prepare_raw  # noqa: E402
from pipeline import settings  # noqa: E402
from pipeline.lib.nlp.mentions import load_model  # noqa: E402
from pipeline.lib.store.tables import document_frames, split_documents  # noqa: E402
from pipeline.lib.text.rawfiles import list_raw_files  # noqa: E402


def corpus_paragraphs(corpus: Path, limit: int) -> list[str]:
    work = Path(tempfile.mkdtemp(prefix="spacy-settings-"))
    try:
        raw = prepare_raw(corpus, work / "raw", None)
        documents = document_frames([(f.partition_key, f) for f in list_raw_files(raw)], raw)
        tables, _ = split_documents(documents)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return tables["paragraphs"]["text"].head(limit).to_list()


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # the worker processes that have ended
    return usage.ru_utime + usage.ru_stime


def time_pipe(nlp, texts: list[str], batch_size: int, n_process: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds of this process and of spaCy's worker processes) of one pass of
    `nlp.pipe`."""
    wall, cpu, children = time.perf_counter(), time.process_time(), _children_cpu()
    for _ in nlp.pipe(texts, batch_size=batch_size, n_process=n_process):
        pass
    return time.perf_counter() - wall, time.process_time() - cpu + _children_cpu() - children


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "raw")
    parser.add_argument("--paragraphs", type=int, default=3000, help="the first N paragraphs of the corpus")
    parser.add_argument("--batch-sizes", type=int, nargs="+", default=[16, 64, 256, 1000])
    parser.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()

    texts = corpus_paragraphs(args.corpus.resolve(), args.paragraphs)
    words = sum(len(t.split()) for t in texts)
    nlp = load_model(settings.spacy_model())
    print(f"{len(texts)} paragraphs, {words:,} words, model {settings.spacy_model()}, {os.cpu_count()} cores")
    print(f"pipeline default: batch size {settings.ner_batch_size()}, processes {settings.ner_processes(len(texts))}")
    time_pipe(nlp, texts[:200], 64, 1)  # warm the model up once
    best: dict[tuple[int, int], tuple[float, float]] = {}
    for _ in range(args.rounds):
        for n_process in args.processes:
            for batch_size in args.batch_sizes:
                wall, cpu = time_pipe(nlp, texts, batch_size, n_process)
                key = (n_process, batch_size)
                best[key] = min(best.get(key, (wall, cpu)), (wall, cpu))
    print(f"  {'processes':>9}{'batch':>7}{'wall s':>9}{'CPU s':>9}{'words/s':>10}")
    for (n_process, batch_size), (wall, cpu) in sorted(best.items()):
        print(f"  {n_process:>9}{batch_size:>7}{wall:>9.1f}{cpu:>9.1f}{words / wall:>10,.0f}")
    (n_process, batch_size), (wall, _) = min(best.items(), key=lambda item: item[1][0])
    print(f"fastest: {n_process} process(es), batch size {batch_size} ({words / wall:,.0f} words/s)")


if __name__ == "__main__":
    main()
