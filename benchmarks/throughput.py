"""End-to-end throughput, measured the way users run the pipeline, against a spaCy-only baseline.

    uv run python benchmarks/throughput.py                          # the sample, scale 1 and 4
    uv run python benchmarks/throughput.py --corpus ../shared/corpora/bbc --scales 1 4

For each scale (copies of the corpus under distinct file names) it runs `pipeline run` in a fresh
process from an empty warehouse and instance, then prints in one table:

* words per second end to end, in one process (one batch run at a time, NER in one process) and
  on both cores (the default: two batch runs at a time), and the speed-up the second core gives;
* per stage, from the one-process run (its steps add up to its wall time): the Dagster steps' own
  durations, less the time they spent validating (pandera) and writing (DuckDB, Parquet), which
  are lines of their own, as is Dagster's overhead (wall time minus the steps);
* the baseline measured in the same run: spaCy's `nlp.pipe` alone over the same paragraphs, same
  model and components, one process; and the ratio end-to-end / baseline; and the same on two
  processes, for the speed-up the second core gives spaCy itself here (the ceiling for the
  pipeline's);
* peak memory of the pipeline's process tree (proportional set size), and its ratio to scale 1;
* a second run with nothing changed, and a run after adding one new file, as time and as a
  fraction of the full run;
* the HTML report: its size, and the seconds headless Chromium (Debian's, through Playwright, with
  the network cut off) takes from opening it to having drawn every chart; its build is the
  `report` stage.

Not part of the test suite: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

STAGES = {
    "ingest and split": ("raw_documents", "split_articles"),
    "spaCy: NER, meeting parses": ("ner_mentions",),
    "dates": ("resolve_dates",),
    "normalisation (entities)": ("resolve_entities", "raw_folder_mirror"),
    "stories (duplicate grouping)": ("group_stories",),
    "meetings": ("meetings",),
    "marts and publish": ("build_marts", "published_warehouse"),
    "report": ("report",),
}


def corpus_files(corpus: Path) -> list[Path]:
    return sorted(p for p in corpus.rglob("*") if p.is_file() and p.suffix == ".txt" and p.name != "README.TXT")


def prepare(raw: Path, files: list[Path], scale: int, corpus: Path) -> None:
    raw.mkdir(parents=True)
    for copy in range(scale):
        for path in files:
            name = "-".join(path.relative_to(corpus).parts)
            target = raw / (name if copy == 0 else f"copy{copy}-{name}")
            shutil.copyfile(path, target)
            sidecar = path.with_name(path.name + ".meta.json")
            if sidecar.exists():
                shutil.copyfile(sidecar, target.with_name(target.name + ".meta.json"))


def run_pipeline(env: dict) -> tuple[float, float]:
    """(wall seconds, peak memory in MiB) of one `pipeline run` in its own process. The memory is
    the process tree's (the CLI, its batch-run workers and spaCy's), sampled every 0.1 s, as the
    sum of proportional set sizes: a page shared by several processes (a library, or the pages of
    a process forked for a moment to start a `tail` for Dagster's log capture) counts once, where a
    sum of resident sizes would count it in every process."""
    import psutil

    # Output goes to a file, not a pipe: nothing reads it until the run ends, and a full pipe
    # would block the run (Dagster's compute-log tails write to it too).
    log = tempfile.TemporaryFile(mode="w+")
    started = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-m", "pipeline.cli", "run"],
        cwd=ROOT,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        text=True,
    )
    root, peak = psutil.Process(proc.pid), 0
    while proc.poll() is None:
        try:
            tree = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_full_info().pss for p in tree if p.is_running()))
        except psutil.Error:
            pass  # a child ended between listing and reading
        time.sleep(0.1)
    wall = time.perf_counter() - started
    log.seek(0)
    output = log.read()
    if proc.returncode != 0:
        raise SystemExit(f"pipeline run failed:\n{output[-5000:]}")
    return wall, peak / 2**20


def step_seconds(home: Path) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """(seconds per step key, {phase: seconds per step key}) over every run of the instance: the
    steps' durations, and the `seconds_<phase>` metadata the steps report (`defs.metadata.Stopwatch`)."""
    import dagster as dg

    totals: dict[str, float] = defaultdict(float)
    phases: dict[str, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    os.environ["DAGSTER_HOME"] = str(home)  # the project's event log storage finds its files there
    with dg.DagsterInstance.get() as instance:
        for run in instance.get_runs():
            for stat in instance.get_run_step_stats(run.run_id):
                if stat.start_time and stat.end_time:
                    totals[stat.step_key] += stat.end_time - stat.start_time
            seen = set()  # a batch run repeats a step's metadata for every file: count it once
            for entry in instance.all_logs(run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION):
                key = entry.dagster_event.asset_key
                if (entry.step_key, key) in seen:
                    continue
                seen.add((entry.step_key, key))
                for name, value in entry.asset_materialization.metadata.items():
                    if name.startswith("seconds_"):
                        phases[name.removeprefix("seconds_")][entry.step_key] += value.value
    return totals, phases


def paragraphs_and_words(db: Path) -> tuple[list[str], int]:
    import duckdb

    con = duckdb.connect(str(db), read_only=True)
    try:
        texts = [
            t
            for (t,) in con.execute("SELECT text FROM paragraphs ORDER BY doc_id, article_id, paragraph_no").fetchall()
        ]
        words = con.execute("SELECT coalesce(sum(n_words), 0) FROM articles").fetchone()[0]
    finally:
        con.close()
    return texts, words


def spacy_baseline(texts: list[str], n_process: int = 1) -> float:
    from pipeline import settings
    from pipeline.lib.mentions import load_model

    nlp = load_model(settings.spacy_model())
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.ner_batch_size(), n_process=n_process):
        pass
    return time.perf_counter() - started


def report_figures(warehouse: Path) -> tuple[int, float | None]:
    """(bytes, seconds to draw every chart in headless Chromium; None without the browser)."""
    from tests.e2e.report_page import CHROMIUM, open_report

    page = warehouse / "report" / "index.html"
    if not CHROMIUM.exists():
        return page.stat().st_size, None
    rendered = open_report(page)
    if rendered.console_errors or rendered.outside_requests:
        raise SystemExit(f"the report did not render cleanly: {rendered.console_errors} {rendered.outside_requests}")
    return page.stat().st_size, rendered.seconds


def measure(corpus: Path, scale: int, work: Path) -> dict:
    root = work / f"scale{scale}"
    raw, warehouse, home = root / "raw", root / "warehouse", root / "home"
    files = corpus_files(corpus)
    prepare(raw, files, scale, corpus)
    env = {
        **os.environ,
        "PIPELINE_RAW_DIR": str(raw),
        "PIPELINE_WAREHOUSE_DIR": str(warehouse),
        "DAGSTER_HOME": str(home),
    }
    single_env = {
        **env,
        "PIPELINE_WAREHOUSE_DIR": str(root / "warehouse-one-process"),
        "DAGSTER_HOME": str(root / "home-one-process"),
        "PIPELINE_NER_PROCESSES": "1",
        "PIPELINE_PARALLEL_RUNS": "1",
    }
    single, _ = run_pipeline(single_env)
    full, peak = run_pipeline(env)
    # Stages from the one-process run: its steps run one after another, so they add up to its wall
    # time; in the default run two batch runs overlap and their steps' durations do not.
    steps, phases = step_seconds(root / "home-one-process")
    texts, words = paragraphs_and_words(warehouse / "warehouse.duckdb")
    report_bytes, report_render = report_figures(warehouse)
    baseline = spacy_baseline(texts)
    # What the second core gives spaCy itself on this machine: the ceiling for the pipeline's.
    baseline_two = spacy_baseline(texts, n_process=2)
    rerun, _ = run_pipeline(env)
    extra = raw / "zz-added-file.txt"
    extra.write_text("An added story\n\nChinese Premier Li Qiang met Brazilian President Lula in Brasilia.\n")
    added, _ = run_pipeline(env)
    # A stage's own work is its steps' time less the validation and writes counted on their lines.
    stages = {
        name: sum(v - sum(phase.get(k, 0.0) for phase in phases.values()) for k, v in steps.items() if k in keys)
        for name, keys in STAGES.items()
    }
    stages |= {f"{phase} (every stage)": sum(per_step.values()) for phase, per_step in sorted(phases.items())}
    checks = sum(v for k, v in steps.items() if not any(k in keys for keys in STAGES.values()))
    return {
        "scale": scale,
        "files": len(files) * scale,
        "paragraphs": len(texts),
        "words": words,
        "full": full,
        "single": single,
        "peak_mib": peak,
        "stages": stages,
        "checks": checks,
        "baseline": baseline,
        "baseline_two": baseline_two,
        "rerun": rerun,
        "added": added,
        "added_share": full / (len(files) * scale),
        "report_bytes": report_bytes,
        "report_render": report_render,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "raw")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="throughput-"))
    try:
        results = [measure(args.corpus.resolve(), scale, work) for scale in args.scales]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"corpus {args.corpus} on {os.cpu_count()} cores")
    for r in results:
        wps = r["words"] / r["full"]
        print()
        print(f"scale {r['scale']}: {r['files']} files, {r['paragraphs']} paragraphs, {r['words']:,} words")
        print(f"  {'stage (one-process run)':<30}{'seconds':>10}{'words/s':>14}")
        for name, seconds in r["stages"].items():
            print(f"  {name:<30}{seconds:>10.1f}{(r['words'] / seconds if seconds else 0):>14,.0f}")
        print(f"  {'asset checks':<30}{r['checks']:>10.1f}")
        overhead = r["single"] - sum(r["stages"].values()) - r["checks"]
        print(f"  {'Dagster and process overhead':<30}{overhead:>10.1f}")
        single_wps = r["words"] / r["single"]
        print(f"  {'end to end, one process':<30}{r['single']:>10.1f}{single_wps:>14,.0f}")
        print(f"  {'end to end, both cores':<30}{r['full']:>10.1f}{wps:>14,.0f}")
        base_wps = r["words"] / r["baseline"]
        print(f"  {'baseline: nlp.pipe alone':<30}{r['baseline']:>10.1f}{base_wps:>14,.0f}")
        print(f"  end-to-end (both cores) / baseline: {wps / base_wps:.2f}")
        print(
            f"  speed-up from the second core: {wps / single_wps:.2f} "
            f"(spaCy alone: {r['baseline'] / r['baseline_two']:.2f}, {r['baseline_two']:.1f}s on two processes)"
        )
        ratio = r["peak_mib"] / results[0]["peak_mib"]
        print(f"  peak memory: {r['peak_mib']:,.0f} MiB ({ratio:.2f} x scale {results[0]['scale']})")
        print(f"  rerun, nothing changed: {r['rerun']:.1f}s ({r['rerun'] / r['full']:.1%} of the full run)")
        print(
            f"  rerun after adding one file: {r['added']:.1f}s ({r['added'] / r['full']:.1%} of the full run; "
            f"one file's share of it is {r['added_share']:.1f}s)"
        )
        render = f"{r['report_render']:.2f}s" if r["report_render"] is not None else "not measured (no chromium)"
        print(
            f"  report: {r['report_bytes'] / 1e6:.2f} MB, built in {r['stages']['report']:.1f}s, "
            f"drawn in headless Chromium in {render}"
        )


if __name__ == "__main__":
    main()
