"""The one place that assembles everything Dagster runs."""

import dagster as dg

from pipeline import settings
from pipeline.defs.checks import INGEST_CHECKS
from pipeline.defs.ingest import raw_documents, split_articles
from pipeline.defs.jobs import ingest_files_job
from pipeline.defs.resources import WarehouseResource

ASSETS = [raw_documents, split_articles]

defs = dg.Definitions(
    assets=ASSETS,
    asset_checks=INGEST_CHECKS,
    jobs=[ingest_files_job],
    resources={"warehouse": WarehouseResource(path=str(settings.warehouse_path()))},
)
