"""The executor every job runs on, chosen by PIPELINE_EXECUTOR (see `settings.executor_name`).

The same definitions run in one process (the default: cheapest per step), one process per step,
or on a Dask cluster through `dagster-dask` (`pipeline.defs.dask_executor`): a local cluster of
worker processes, or an existing scheduler, where each step runs on whichever worker is free.
Steps share state only through the warehouse folder, so every worker must see the same
PIPELINE_RAW_DIR and PIPELINE_WAREHOUSE_DIR.
"""

import dagster as dg

from pipeline import settings


def pipeline_executor() -> dg.ExecutorDefinition:
    name = settings.executor_name()
    if name == "dask":
        from pipeline.defs.dask_executor import pipeline_dask_executor

        scheduler = settings.dask_scheduler()
        config = {"scheduler": scheduler} if scheduler else {"n_workers": settings.dask_workers()}
        return pipeline_dask_executor.configured(config, name="dask")
    if name == "multiprocess":
        return dg.multiprocess_executor
    return dg.in_process_executor
