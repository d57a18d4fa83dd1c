"""Beyond one machine: the same definitions on Dagster's Dask executor (a local cluster of two
worker processes) and with raw files and published copies behind fsspec URLs build the same
warehouse as the default in-process run on local folders."""

import dagster as dg
import duckdb

from pipeline.lib.store.schemas import MART_MODELS
from tests.conftest import SAMPLE
from tests.e2e.conftest import Project

SHORT_STORY = (
    "Lula meets Xi in Beijing\n\n"
    "BEIJING, May 13 (Xinhua) — Chinese President Xi Jinping met Brazilian President Luiz Inacio "
    "Lula da Silva in Beijing on Tuesday.\n\n"
    "Xi said China and Brazil are good friends. Lula thanked Xi for the welcome.\n"
)


def _two_file_project(root) -> Project:
    project = Project(root)
    project.raw.mkdir(parents=True)
    (project.raw / "latin-america-listing.txt").write_bytes(SAMPLE.read_bytes())
    (project.raw / "lula-meets-xi.txt").write_text(SHORT_STORY)
    return project


def _step_pids(project: Project, monkeypatch) -> tuple[set[int], set[int]]:
    """(process ids of the runs' orchestrators, process ids the steps ran in)."""
    monkeypatch.setenv("DAGSTER_HOME", str(project.root / "dagster_home"))  # the instance's event log needs it
    with dg.DagsterInstance.get() as instance:
        orchestrators, steps = set(), set()
        for run in instance.get_runs():
            for record in instance.all_logs(run.run_id):
                event = record.dagster_event
                if event is None:
                    continue
                if event.event_type == dg.DagsterEventType.RUN_START:
                    orchestrators.add(event.pid)
                elif event.event_type == dg.DagsterEventType.STEP_START:
                    steps.add(event.pid)
        return orchestrators, steps


def test_dask_executor_with_two_local_workers_builds_the_in_process_warehouse(tmp_path, monkeypatch):
    in_process = _two_file_project(tmp_path / "in_process")
    on_dask = _two_file_project(tmp_path / "dask")

    done = in_process.run("run")
    assert done.returncode == 0, done.stdout + done.stderr
    on_dask_env = {"PIPELINE_EXECUTOR": "dask", "PIPELINE_DASK_WORKERS": "2"}
    done = on_dask.run("run", extra_env=on_dask_env)
    assert done.returncode == 0, done.stdout + done.stderr

    # The steps ran in the cluster's worker processes, not in the process that launched the runs.
    orchestrators, steps = _step_pids(on_dask, monkeypatch)
    assert steps and not steps & orchestrators
    _, in_process_steps = _step_pids(in_process, monkeypatch)
    assert len(in_process_steps) == 1

    expected, actual = in_process.tables(), on_dask.tables()
    assert expected["articles"] and expected["entity_mentions"]
    assert actual == expected


def test_raw_folder_and_published_copy_through_fsspec_urls(tmp_path):
    """`file://` URLs take the fsspec code path an `s3://` bucket takes, without a network."""
    local = _two_file_project(tmp_path / "local")
    through_urls = _two_file_project(tmp_path / "urls")
    bucket = tmp_path / "bucket"
    env = {"PIPELINE_RAW_DIR": through_urls.raw.as_uri(), "PIPELINE_PUBLISH_URL": bucket.as_uri()}

    for project, extra_env in ((local, None), (through_urls, env)):
        done = project.run("run", extra_env=extra_env)
        assert done.returncode == 0, done.stdout + done.stderr
    assert through_urls.tables() == local.tables()

    # Readers elsewhere open the copy: the database and every mart, straight from the URL.
    con = duckdb.connect()
    con.execute(f"ATTACH '{bucket / 'warehouse.duckdb'}' AS copy (READ_ONLY)")
    assert con.execute("SELECT count(*) FROM copy.articles").fetchone() == (21,)
    marts = sorted(p.name for p in (bucket / "marts").iterdir())
    assert marts == sorted(f"{name}.parquet" for name in MART_MODELS)
    assert (bucket / "report" / "index.html").read_bytes() == (
        through_urls.warehouse / "report" / "index.html"
    ).read_bytes()
    people = con.execute(f"SELECT count(*) FROM read_parquet('{bucket}/marts/*.parquet', union_by_name=true)")
    assert people.fetchone()[0] > 0
