"""The one place that assembles everything Dagster runs."""

import dagster as dg

from pipeline import settings

# Bad settings stop the code location from loading, with one line per bad value in the UI, rather
# than failing a run half-way through (`pipeline run` checks the same before it starts Dagster).
settings.validate()

from pipeline.defs.automation import daily_refresh, raw_folder_sensor  # noqa: E402
from pipeline.defs.checks import ENTITY_CHECKS, EVENT_CHECKS, INGEST_CHECKS, STORY_CHECKS  # noqa: E402
from pipeline.defs.corpus import published_warehouse, raw_folder_mirror  # noqa: E402
from pipeline.defs.entities import ner_mentions, resolve_entities  # noqa: E402
from pipeline.defs.events import extract_events, resolve_dates  # noqa: E402
from pipeline.defs.executors import pipeline_executor  # noqa: E402
from pipeline.defs.ingest import raw_documents, split_articles  # noqa: E402
from pipeline.defs.jobs import ingest_files_job, resolve_corpus_job  # noqa: E402
from pipeline.defs.marts import build_marts  # noqa: E402
from pipeline.defs.report import report  # noqa: E402
from pipeline.defs.resources import WarehouseResource, project_resources  # noqa: E402
from pipeline.defs.stories import group_stories  # noqa: E402
from pipeline.instance import batch_event_writes  # noqa: E402

batch_event_writes()

PER_FILE_ASSETS = [raw_documents, split_articles, ner_mentions, resolve_dates]
CORPUS_ASSETS = [
    raw_folder_mirror,
    resolve_entities,
    group_stories,
    extract_events,
    build_marts,
    report,
    published_warehouse,
]
ASSETS = PER_FILE_ASSETS + CORPUS_ASSETS
CHECKS = INGEST_CHECKS + ENTITY_CHECKS + EVENT_CHECKS + STORY_CHECKS

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=CHECKS,
    jobs=[ingest_files_job, resolve_corpus_job],
    sensors=[raw_folder_sensor],
    schedules=[daily_refresh],
    executor=pipeline_executor(),
    resources=project_resources(
        WarehouseResource(
            directory=str(settings.warehouse_dir()),
            lock_timeout_seconds=settings.lock_timeout_seconds(),
            publish_url=settings.publish_url(),
        )
    ),
)


def job_named(name: str) -> dg.JobDefinition:
    """Rebuilds a job in another process (multiprocess and Dask workers): see `dg.build_reconstructable_job`."""
    return defs.resolve_job_def(name)
