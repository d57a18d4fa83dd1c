"""The Dask executor (`dagster-dask`), imported only when PIPELINE_EXECUTOR=dask: Dask and
distributed take most of a second to import, which every other run would pay for nothing."""

from collections.abc import Iterator

import dagster as dg
import dask.distributed
from dagster._core.events import DagsterEvent
from dagster._core.execution.plan.state import KnownExecutionState
from dagster._core.storage.dagster_run import DagsterRun
from dagster_dask.executor import DaskExecutor, get_dask_resource_requirements, query_on_dask_worker
from dagster_shared.serdes import deserialize_value, serialize_value


class PipelineDaskExecutor(DaskExecutor):
    """dagster-dask's executor, submitting the run and its known state as serialised strings.

    distributed (2024.12 and later) walks every tuple argument of `client.submit` looking for
    futures; the DagsterRun of a run that uses a concurrency pool holds a `RunOpConcurrency`
    record, which refuses iteration, so the stock executor fails before the first step. A string
    is not walked. Task keys carry the run id, so two runs can share one scheduler.
    """

    def execute(self, plan_context, execution_plan) -> Iterator[DagsterEvent]:
        if not plan_context.instance.is_persistent:
            raise dg.DagsterInvariantViolationError("Dask execution needs a persistent Dagster instance")
        run = plan_context.dagster_run
        with self._cluster(plan_context.job_name) as cluster, dask.distributed.Client(cluster) as client:
            futures = {}
            for level in execution_plan.get_steps_to_execute_by_level():
                for step in level:
                    upstream = [futures[key] for step_input in step.step_inputs for key in step_input.dependency_keys]
                    futures[step.key] = client.submit(
                        _execute_step,
                        upstream,
                        plan_context.reconstructable_job,
                        serialize_value(run),
                        plan_context.run_config,
                        step.key,
                        plan_context.instance.get_ref(),
                        serialize_value(execution_plan.known_state),
                        key=f"{run.run_id}.{step.key}",
                        resources=get_dask_resource_requirements(step.tags),
                    )
            for _future, events in dask.distributed.as_completed(list(futures.values()), with_results=True):
                yield from events

    def _cluster(self, job_name: str):
        if self.cluster_type == "existing":
            return _Existing(self.cluster_configuration["address"])
        return dask.distributed.LocalCluster(**self.build_dict(job_name))


class _Existing:
    """A scheduler address in place of a cluster object: nothing to start or stop."""

    def __init__(self, address: str):
        self.address = address

    def __enter__(self) -> str:
        return self.address

    def __exit__(self, *exc) -> None:
        return None


def _execute_step(upstream, recon_job, run: str, run_config, step_key: str, instance_ref, known_state: str):
    """Runs on a Dask worker. `upstream` only orders the futures; its value is not used."""
    return query_on_dask_worker(
        upstream,
        recon_job,
        deserialize_value(run, DagsterRun),
        run_config,
        [step_key],
        instance_ref,
        deserialize_value(known_state, KnownExecutionState),
    )


@dg.executor(
    name="dask",
    requirements=dg.multiple_process_executor_requirements(),
    config_schema={
        "scheduler": dg.Field(str, is_required=False, description="Address of a running Dask scheduler."),
        "n_workers": dg.Field(int, default_value=2, description="Worker processes of the local cluster."),
    },
)
def pipeline_dask_executor(init_context) -> PipelineDaskExecutor:
    """Dask executor: an existing scheduler when `scheduler` is set, else a local cluster."""
    config = init_context.executor_config
    if config.get("scheduler"):
        return PipelineDaskExecutor("existing", {"address": config["scheduler"]})
    # One thread per worker: Dagster steps are not thread-safe; processes so NER uses every core.
    return PipelineDaskExecutor("local", {"n_workers": config["n_workers"], "threads_per_worker": 1, "processes": True})
