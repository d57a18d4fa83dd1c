"""How the throughput benchmark turns a run's step durations into its stage table and ratios."""

import json

from benchmarks.throughput import figures, stage_seconds

STEPS = {
    "raw_documents": 2.0,
    "split_articles": 3.0,
    "ner_mentions": 50.0,
    "resolve_dates": 4.0,
    "ingest_tables_checks": 0.5,
    "date_tables_checks": 0.25,
    "detect_language": 1.5,  # a stage the table does not know yet
}
PHASES = {"validation": {"split_articles": 0.5}, "writes": {"raw_documents": 1.0, "resolve_dates": 1.0}}


def test_stages_subtract_validation_and_writes_and_name_unknown_steps():
    stages, checks = stage_seconds(STEPS, PHASES)
    assert stages["ingest and split"] == 2.0 - 1.0 + 3.0 - 0.5
    assert stages["dates"] == 3.0
    assert stages["step detect_language"] == 1.5
    assert stages["writes (every stage)"] == 2.0 and stages["validation (every stage)"] == 0.5
    assert checks == 0.75
    # Every second of the steps is on exactly one line.
    assert sum(stages.values()) + checks == sum(STEPS.values())


def test_headline_ratios_compare_the_same_cores():
    stages, checks = stage_seconds(STEPS, PHASES)
    run = {
        "scale": 1, "files": 10, "paragraphs": 100, "words": 1000, "single": 80.0, "single_peak_mib": 500.0,
        "stages": stages, "checks": checks, "steps": STEPS, "full": 50.0, "peak_mib": 900.0, "baseline": 60.0,
        "baseline_two": 40.0, "rerun": 0.5, "added": 5.0, "added_share": 5.0, "report_bytes": 1, "report_render": None,
    }  # fmt: skip
    f = figures(run, run)
    assert f["ratios"]["both_cores_vs_spacy_two_processes"] == 40.0 / 50.0
    assert f["ratios"]["one_process_vs_spacy_one_process"] == 60.0 / 80.0
    fixed = f["fixed_costs_one_process"]
    overhead = 80.0 - sum(stages.values()) - checks
    assert fixed["seconds"] == {"asset checks": 0.75, "writes": 2.0, "Dagster and process overhead": overhead}
    assert fixed["share_of_run"] == (0.75 + 2.0 + overhead) / 80.0
    assert f["rerun_nothing_changed"]["share_of_full_run"] == 0.01
    json.dumps(f)  # everything --json writes is plain JSON
