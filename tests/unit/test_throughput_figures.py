"""How the throughput benchmark turns a run's step durations into its stage table and ratios."""

import json

import pytest

from benchmarks.throughput import figures, materialisation_event_seconds, stage_seconds

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


def test_materialisation_events_run_from_each_output_to_the_steps_next_event():
    events = [
        (None, "PIPELINE_START", 0.0),
        ("split_articles", "STEP_START", 1.0),
        ("split_articles", "", 1.5),  # a log line of the step's own code
        ("split_articles", "STEP_OUTPUT", 3.0),
        *[("split_articles", "ASSET_MATERIALIZATION", 3.0 + i / 100) for i in range(1, 6)],
        ("split_articles", "STEP_OUTPUT", 3.5),  # the buffered events were stored until 3.5
        *[("split_articles", "ASSET_MATERIALIZATION", 3.5 + i / 100) for i in range(1, 3)],
        ("split_articles", "STEP_SUCCESS", 3.7),
        ("ingest_tables_checks", "STEP_START", 3.8),
        ("ingest_tables_checks", "STEP_OUTPUT", 3.9),  # a check's output records no materialisation
        ("ingest_tables_checks", "ASSET_CHECK_EVALUATION", 4.0),
        ("resolve_dates", "STEP_START", 5.0),
        ("resolve_dates", "STEP_OUTPUT", 6.0),
        ("resolve_dates", "ASSET_MATERIALIZATION", 6.1),
        (None, "ENGINE_EVENT", 6.2),  # another step's or the run's events end nothing
        ("resolve_dates", "STEP_SUCCESS", 6.25),
    ]
    seconds = materialisation_event_seconds(events)
    assert seconds["split_articles"] == pytest.approx(0.5 + 0.2)
    assert seconds["resolve_dates"] == pytest.approx(0.25)
    assert set(seconds) == {"split_articles", "resolve_dates"}


def test_materialisation_events_are_a_fixed_cost_apart_from_their_stage():
    phases = {**PHASES, "materialisation events": {"split_articles": 1.0, "resolve_dates": 2.0}}
    stages, checks = stage_seconds(STEPS, phases)
    assert stages["ingest and split"] == 2.0 - 1.0 + 3.0 - 0.5 - 1.0
    assert stages["dates"] == 1.0
    assert stages["materialisation events (every stage)"] == 3.0
    assert sum(stages.values()) + checks == sum(STEPS.values())
    run = {
        "scale": 1, "files": 10, "paragraphs": 100, "words": 1000, "single": 80.0, "single_peak_mib": 500.0,
        "stages": stages, "checks": checks, "steps": STEPS,
    }  # fmt: skip
    fixed = figures(run, run)["fixed_costs_one_process"]["seconds"]
    assert fixed["Dagster's materialisation events"] == 3.0
