"""End-to-end throughput, measured the way users run the pipeline, against spaCy alone on the same cores.

    uv run python benchmarks/throughput.py --corpus ../shared/corpora/bbc --scales 1 --json throughput.json

(the whole BBC corpus: about ten minutes on a quiet 2-core machine; `--corpus ../shared/corpora/bbc/tech`
for a fifth of it; no arguments: the sample, scale 1 and 4). `--one-process-only` runs only the
one-process run and prints its stage table, for working on a stage.

For each scale (copies of the corpus under distinct file names) it runs `pipeline run` in a fresh
process from an empty warehouse and instance, then prints in one table:

* the headline: the pipeline on both cores (its default: two batch runs at a time) against spaCy's
  `nlp.pipe` alone on two processes, and the pipeline on one process (one batch run at a time, NER
  in one process) against `nlp.pipe` alone on one process, as two ratios of speeds (1.0 = as fast
  as the model alone on the same cores); the baselines run in the same invocation, over the same
  paragraphs, with the same model, components and batch size;
* words per second end to end on both cores and on one process, and the speed-up the second core
  gives the pipeline and spaCy itself (the ceiling for the pipeline's);
* per stage, from the one-process run (its steps add up to its wall time): the Dagster steps' own
  durations, less the time they spent reading and writing (DuckDB, Parquet), validating (pandera)
  and recording their materialisations (Dagster's per-file events, read from the event log), which
  are lines of their own, as are the asset checks and Dagster's overhead (wall time minus the
  steps); a step the table does not know yet (a stage another change added) gets a line of its
  own under its step name; the fixed costs (checks, writes, materialisation events, overhead) as a
  share of the run;
* peak memory of the pipeline's process tree (proportional set size), and its ratio to scale 1;
* a second run with nothing changed, and a run after adding one new file, as time and as a
  fraction of the full run;
* the HTML report: its size, and the seconds headless Chromium (Debian's, through Playwright, with
  the network cut off) takes from opening it to having drawn every chart; its build is the
  `report` stage.

`--json PATH` writes every figure above (every stage, every ratio, memory, the rerun costs, and the
raw seconds per step) to PATH. Not part of the test suite: figures depend on the machine.
"""

from __future__ import annotations

import argparse
import json
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
    "spaCy: NER, cue-sentence parses": ("ner_mentions",),
    "dates": ("resolve_dates",),
    "normalisation (entities)": ("resolve_entities", "raw_folder_mirror"),
    "stories (duplicate grouping)": ("group_stories",),
    "events, meetings, quotations": ("extract_events",),
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


# The phase of a step's time that Dagster spends recording its materialisations, one per asset and
# file in a batch run (about 18,000 events for BBC): a fixed cost of partitioning by file, counted
# with the other fixed costs rather than in the stage whose step emits them.
EVENTS_PHASE = "materialisation events"


def materialisation_event_seconds(events: list[tuple[str | None, str, float]]) -> dict[str, float]:
    """Seconds per step that Dagster spent recording the materialisations of its outputs, from a
    run's (step key, event type, timestamp) in log order. Each output's STEP_OUTPUT is followed by
    a burst of ASSET_MATERIALIZATION events, one per partition of the run; they are created at once
    and stored when Dagster's event buffer is flushed, before the step's code resumes. So the cost
    runs from the STEP_OUTPUT to the step's next event of another kind (its next output, a log line
    or its success). That also counts the few milliseconds the step's code spends between two
    outputs (building the next output's metadata)."""
    seconds: dict[str, float] = defaultdict(float)
    opened: dict[str, tuple[float, bool]] = {}  # step → (its STEP_OUTPUT's time, materialisations seen)
    for step, kind, timestamp in events:
        if step is None:
            continue
        if kind == "ASSET_MATERIALIZATION":
            if step in opened:
                opened[step] = (opened[step][0], True)
            continue
        if step in opened:
            output_at, materialised = opened.pop(step)
            if materialised:
                seconds[step] += timestamp - output_at
        if kind == "STEP_OUTPUT":
            opened[step] = (timestamp, False)
    return dict(seconds)


def step_seconds(home: Path) -> tuple[dict[str, float], dict[str, dict[str, float]]]:
    """(seconds per step key, {phase: seconds per step key}) over every run of the instance: the
    steps' durations, the `seconds_<phase>` metadata the steps report (`defs.metadata.Stopwatch`),
    and the EVENTS_PHASE the event log shows."""
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
            logs = instance.all_logs(run.run_id)
            timeline = [
                (e.step_key, e.dagster_event_type.value if e.dagster_event_type else "", e.timestamp) for e in logs
            ]
            for step, seconds in materialisation_event_seconds(timeline).items():
                phases[EVENTS_PHASE][step] += seconds
            for entry in logs:
                if entry.dagster_event_type != dg.DagsterEventType.ASSET_MATERIALIZATION:
                    continue
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
    from pipeline.lib.nlp.mentions import load_model

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


def check_steps() -> set[str]:
    """The step names of the asset checks: their time is the `asset checks` line."""
    from pipeline.defs import checks

    return {c.node_def.name for c in (*checks.INGEST_CHECKS, *checks.ENTITY_CHECKS, *checks.EVENT_CHECKS)}


def stage_seconds(steps: dict[str, float], phases: dict[str, dict[str, float]]) -> tuple[dict[str, float], float]:
    """({stage: seconds}, seconds of the asset checks) of one run's steps. A stage's own work is its
    steps' time less the validation and writes counted on their own lines; a step no stage names
    (a stage added since) is a stage of its own."""
    checks = check_steps()
    known = {key for keys in STAGES.values() for key in keys}
    named = {name: keys for name, keys in STAGES.items()}
    named |= {f"step {key}": (key,) for key in sorted(steps) if key not in known and key not in checks}

    def own(key: str) -> float:
        return steps[key] - sum(phase.get(key, 0.0) for phase in phases.values())

    stages = {name: sum(own(k) for k in keys if k in steps) for name, keys in named.items()}
    stages |= {f"{phase} (every stage)": sum(per_step.values()) for phase, per_step in sorted(phases.items())}
    return stages, sum(v for k, v in steps.items() if k in checks)


def measure(corpus: Path, scale: int, work: Path, one_process_only: bool = False) -> dict:
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
    single, single_peak = run_pipeline(single_env)
    # Stages from the one-process run: its steps run one after another, so they add up to its wall
    # time; in the default run two batch runs overlap and their steps' durations do not.
    steps, phases = step_seconds(root / "home-one-process")
    stages, checks = stage_seconds(steps, phases)
    result = {
        "scale": scale,
        "files": len(files) * scale,
        "single": single,
        "single_peak_mib": single_peak,
        "stages": stages,
        "checks": checks,
        "steps": dict(steps),
    }
    if one_process_only:
        texts, words = paragraphs_and_words(root / "warehouse-one-process" / "warehouse.duckdb")
        return result | {"paragraphs": len(texts), "words": words}
    full, peak = run_pipeline(env)
    texts, words = paragraphs_and_words(warehouse / "warehouse.duckdb")
    report_bytes, report_render = report_figures(warehouse)
    baseline = spacy_baseline(texts)
    # spaCy alone on both cores: what the pipeline on both cores is measured against.
    baseline_two = spacy_baseline(texts, n_process=2)
    rerun, _ = run_pipeline(env)
    extra = raw / "zz-added-file.txt"
    extra.write_text("An added story\n\nChinese Premier Li Qiang met Brazilian President Lula in Brasilia.\n")
    added, _ = run_pipeline(env)
    return result | {
        "paragraphs": len(texts),
        "words": words,
        "full": full,
        "peak_mib": peak,
        "baseline": baseline,
        "baseline_two": baseline_two,
        "rerun": rerun,
        "added": added,
        "added_share": full / (len(files) * scale),
        "report_bytes": report_bytes,
        "report_render": report_render,
    }


def figures(r: dict, first: dict) -> dict:
    """Every figure of one scale, named, as `--json` writes it (seconds, words/s, ratios, MiB)."""
    words = r["words"]
    fixed = {"asset checks": r["checks"], "writes": r["stages"].get("writes (every stage)", 0.0)}
    events = r["stages"].get(f"{EVENTS_PHASE} (every stage)")
    if events is not None:
        fixed["Dagster's materialisation events"] = events
    fixed["Dagster and process overhead"] = r["single"] - sum(r["stages"].values()) - r["checks"]
    out = {
        "scale": r["scale"],
        "files": r["files"],
        "paragraphs": r["paragraphs"],
        "words": words,
        "one_process": {"seconds": r["single"], "words_per_second": words / r["single"]},
        "stages_one_process_seconds": r["stages"],
        "fixed_costs_one_process": {
            "seconds": fixed,
            "share_of_run": sum(fixed.values()) / r["single"],
        },
        "steps_one_process_seconds": r["steps"],
        "peak_memory_one_process_mib": r["single_peak_mib"],
    }
    if "full" not in r:
        return out
    out |= {
        "both_cores": {"seconds": r["full"], "words_per_second": words / r["full"]},
        "spacy_alone_one_process": {"seconds": r["baseline"], "words_per_second": words / r["baseline"]},
        "spacy_alone_two_processes": {"seconds": r["baseline_two"], "words_per_second": words / r["baseline_two"]},
        "ratios": {
            # pipeline speed / spaCy speed on the same cores: 1.0 = as fast as the model alone.
            "both_cores_vs_spacy_two_processes": r["baseline_two"] / r["full"],
            "one_process_vs_spacy_one_process": r["baseline"] / r["single"],
            "both_cores_vs_spacy_one_process": r["baseline"] / r["full"],
            "second_core_speedup_pipeline": r["single"] / r["full"],
            "second_core_speedup_spacy": r["baseline"] / r["baseline_two"],
        },
        "peak_memory_mib": r["peak_mib"],
        "peak_memory_vs_first_scale": r["peak_mib"] / first["peak_mib"],
        "rerun_nothing_changed": {"seconds": r["rerun"], "share_of_full_run": r["rerun"] / r["full"]},
        "rerun_one_added_file": {
            "seconds": r["added"],
            "share_of_full_run": r["added"] / r["full"],
            "one_file_share_seconds": r["added_share"],
        },
        "report": {
            "bytes": r["report_bytes"],
            "build_seconds": r["stages"].get("report", 0.0),
            "render_seconds": r["report_render"],
        },
    }
    return out


def print_figures(f: dict) -> None:
    words = f["words"]
    print()
    print(f"scale {f['scale']}: {f['files']} files, {f['paragraphs']} paragraphs, {words:,} words")
    if "ratios" in f:
        ratios = f["ratios"]
        print(
            f"  headline: both cores {f['both_cores']['seconds']:.1f}s vs spaCy alone on two processes "
            f"{f['spacy_alone_two_processes']['seconds']:.1f}s = {ratios['both_cores_vs_spacy_two_processes']:.2f}; "
            f"one process {f['one_process']['seconds']:.1f}s vs spaCy alone on one process "
            f"{f['spacy_alone_one_process']['seconds']:.1f}s = {ratios['one_process_vs_spacy_one_process']:.2f}"
        )
    print(f"  {'stage (one-process run)':<34}{'seconds':>10}{'words/s':>14}")
    for name, seconds in f["stages_one_process_seconds"].items():
        print(f"  {name:<34}{seconds:>10.1f}{(words / seconds if seconds > 0 else 0):>14,.0f}")
    for name in ("asset checks", "Dagster and process overhead"):  # the other fixed costs are stage lines
        print(f"  {name:<34}{f['fixed_costs_one_process']['seconds'][name]:>10.1f}")
    share = f["fixed_costs_one_process"]["share_of_run"]
    parts = ", ".join(f["fixed_costs_one_process"]["seconds"])
    print(f"  fixed costs ({parts}): {share:.1%} of the one-process run")
    one = f["one_process"]
    print(f"  {'end to end, one process':<34}{one['seconds']:>10.1f}{one['words_per_second']:>14,.0f}")
    if "ratios" not in f:
        print(f"  peak memory (one process): {f['peak_memory_one_process_mib']:,.0f} MiB")
        return
    ratios = f["ratios"]
    rows = [
        ("end to end, both cores", f["both_cores"]),
        ("spaCy alone, one process", f["spacy_alone_one_process"]),
        ("spaCy alone, two processes", f["spacy_alone_two_processes"]),
    ]
    for name, run in rows:
        print(f"  {name:<34}{run['seconds']:>10.1f}{run['words_per_second']:>14,.0f}")
    print(f"  both cores / spaCy alone on one process: {ratios['both_cores_vs_spacy_one_process']:.2f}")
    print(
        f"  speed-up from the second core: {ratios['second_core_speedup_pipeline']:.2f} "
        f"(spaCy alone: {ratios['second_core_speedup_spacy']:.2f})"
    )
    print(
        f"  peak memory: {f['peak_memory_mib']:,.0f} MiB ({f['peak_memory_vs_first_scale']:.2f} x the first scale); "
        f"one process {f['peak_memory_one_process_mib']:,.0f} MiB"
    )
    rerun, added = f["rerun_nothing_changed"], f["rerun_one_added_file"]
    print(f"  rerun, nothing changed: {rerun['seconds']:.1f}s ({rerun['share_of_full_run']:.1%} of the full run)")
    print(
        f"  rerun after adding one file: {added['seconds']:.1f}s ({added['share_of_full_run']:.1%} of the full run; "
        f"one file's share of it is {added['one_file_share_seconds']:.1f}s)"
    )
    report = f["report"]
    render = (
        f"{report['render_seconds']:.2f}s" if report["render_seconds"] is not None else "not measured (no chromium)"
    )
    print(
        f"  report: {report['bytes'] / 1e6:.2f} MB, built in {report['build_seconds']:.1f}s, "
        f"drawn in headless Chromium in {render}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=ROOT / "raw")
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 4])
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write every figure to PATH as JSON")
    parser.add_argument(
        "--one-process-only", action="store_true", help="only the one-process run and its stages (no baselines)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the work folder")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="throughput-"))
    try:
        results = [measure(args.corpus.resolve(), scale, work, args.one_process_only) for scale in args.scales]
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    print(f"corpus {args.corpus} on {os.cpu_count()} cores")
    all_figures = [figures(r, results[0]) for r in results]
    for f in all_figures:
        print_figures(f)
    if args.json:
        document = {
            "corpus": str(args.corpus),
            "cores": os.cpu_count(),
            "measured_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
            "scales": all_figures,
        }
        args.json.write_text(json.dumps(document, indent=2) + "\n")
        print(f"figures written to {args.json}")


if __name__ == "__main__":
    main()
