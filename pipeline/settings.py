"""Paths and options from the environment, read when asked (tests change them per test).

Every option is parsed by one reader below; a value that does not parse raises `SettingError`,
whose message names the variable, the value and what is accepted. `problems()` runs every reader
at once: `pipeline run` and the definitions the UI and the daemon load call it before any work,
so a bad value is one line at start rather than a stack trace half-way through a run. The
definitions turn the values into resources (`defs/resources.py`), which the assets and the sensor
take.
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import os
from collections.abc import Callable
from pathlib import Path

from upath import UPath

PROJECT_ROOT = Path(__file__).resolve().parent.parent


class SettingError(ValueError):
    """A PIPELINE_* (or DAGSTER_HOME) value that cannot be used; the message says why."""


def _parsed(var: str, default, parse: Callable, accepted: str):
    text = os.environ.get(var)
    if text is None or text.strip() == "":
        return default
    try:
        return parse(text.strip())
    except (ValueError, TypeError) as err:
        # Python's own conversion messages ("invalid literal for int()") add nothing to `accepted`.
        own = str(err) and not any(s in str(err) for s in ("invalid literal", "could not convert"))
        detail = f" ({err})" if own else ""
        raise SettingError(f"{var}={text!r} is not valid{detail}: expected {accepted}") from None


def _at_least(minimum, kind=int):
    def parse(text: str):
        value = kind(text)
        if value < minimum:
            raise ValueError(f"below {minimum}")
        return value

    return parse


def _int_setting(var: str, default: int, minimum: int = 1) -> int:
    return _parsed(var, default, _at_least(minimum), f"a whole number, at least {minimum}")


def _seconds_setting(var: str, default: float) -> float:
    return _parsed(var, default, _at_least(0.0, float), "a number of seconds, 0 or more")


def _path(var: str, default: Path) -> Path:
    value = os.environ.get(var)
    return Path(value).expanduser().resolve() if value else default


def _is_url(value: str | None) -> bool:
    return bool(value) and "://" in value


def raw_dir() -> Path | UPath:
    """PIPELINE_RAW_DIR: the folder of raw text files (default `raw/`): a local path, or an fsspec
    URL (`s3://bucket/raw`, `gs://…`, `file:///…`) read through universal-pathlib."""
    value = os.environ.get("PIPELINE_RAW_DIR")
    if _is_url(value):
        return UPath(value)
    return _path("PIPELINE_RAW_DIR", PROJECT_ROOT / "raw")


def warehouse_dir() -> Path:
    """PIPELINE_WAREHOUSE_DIR: where the DuckDB file and the marts live (default `warehouse/`).

    A local or mounted folder: DuckDB writes its file in place, with a lock, which object stores
    cannot offer. Copies for readers elsewhere go to PIPELINE_PUBLISH_URL."""
    value = os.environ.get("PIPELINE_WAREHOUSE_DIR")
    if _is_url(value):
        raise SettingError(
            f"PIPELINE_WAREHOUSE_DIR={value}: the warehouse is a DuckDB file the pipeline writes in place, "
            "which needs a local or mounted folder; set PIPELINE_PUBLISH_URL to copy each published "
            "snapshot and its marts to object storage"
        )
    return _path("PIPELINE_WAREHOUSE_DIR", PROJECT_ROOT / "warehouse")


def publish_url() -> str | None:
    """PIPELINE_PUBLISH_URL: an fsspec URL (`s3://bucket/news`) that receives a copy of every
    published snapshot: `warehouse.duckdb` and `marts/<mart>.parquet`. Unset: no copy."""
    return os.environ.get("PIPELINE_PUBLISH_URL") or None


def warehouse_path() -> Path:
    """The published warehouse analysts open (a complete snapshot, replaced atomically)."""
    return warehouse_dir() / "warehouse.duckdb"


def report_path() -> Path:
    """The published HTML report (`warehouse/report` is a symlink swapped with each publish)."""
    return warehouse_dir() / "report" / "index.html"


def working_path() -> Path:
    """The private file the pipeline writes; never opened by analysts."""
    return warehouse_dir() / ".work" / "warehouse.duckdb"


def lock_timeout_seconds() -> float:
    """How long a writer waits for another writer's lock on the working file before failing."""
    return _seconds_setting("PIPELINE_LOCK_TIMEOUT", 120.0)


def dagster_home() -> Path:
    """DAGSTER_HOME: the Dagster instance (runs, partitions, sensor cursors); default `.dagster_home/`."""
    return _path("DAGSTER_HOME", PROJECT_ROOT / ".dagster_home")


def max_file_bytes() -> int:
    return _int_setting("PIPELINE_MAX_FILE_BYTES", 50_000_000)


def max_line_chars() -> int:
    return _int_setting("PIPELINE_MAX_LINE_CHARS", 100_000)


def installed_spacy_models() -> list[str]:
    """spaCy pipelines installed as packages (they register the `spacy_models` entry point)."""
    return sorted({entry.name for entry in importlib.metadata.entry_points(group="spacy_models")})


def _spacy_model(name: str) -> str:
    # A package name (found without importing spaCy, which takes a second) or a model folder.
    if importlib.util.find_spec(name) is not None or (Path(name).expanduser() / "config.cfg").is_file():
        return name
    raise ValueError(f"not an installed spaCy pipeline; installed: {', '.join(installed_spacy_models()) or 'none'}")


def spacy_model() -> str:
    """PIPELINE_SPACY_MODEL: the installed spaCy pipeline used for NER (default: en_core_web_sm 3.8.0)."""
    from pipeline.lib.nlp.mentions import DEFAULT_MODEL

    accepted = "the package name of an installed spaCy pipeline, or its folder"
    return _parsed("PIPELINE_SPACY_MODEL", DEFAULT_MODEL, _spacy_model, accepted)


def _language_models(text: str) -> dict[str, str]:
    models: dict[str, str] = {}
    for pair in text.split(","):
        language, sep, model = (part.strip() for part in pair.partition("="))
        if not sep or len(language) != 2 or not language.isalpha() or not language.islower() or not model:
            raise ValueError(f"{pair.strip()!r} is not a language=model pair")
        if language in models:
            raise ValueError(f"{language} is named twice")
        models[language] = _spacy_model(model)
    return models


def spacy_models() -> dict[str, str]:
    """PIPELINE_SPACY_MODELS: which spaCy pipeline extracts the entities of each language, as
    `en=en_core_web_sm,fr=fr_core_news_sm` (ISO 639-1 codes). Articles in any other language get
    no NER. Default: English only, with PIPELINE_SPACY_MODEL."""
    accepted = "comma-separated language=model pairs with ISO 639-1 codes and installed spaCy pipelines"
    return _parsed("PIPELINE_SPACY_MODELS", None, _language_models, accepted) or {"en": spacy_model()}


def ner_batch_size() -> int:
    return _int_setting("PIPELINE_NER_BATCH_SIZE", 64)


def sensor_interval_seconds() -> int:
    """PIPELINE_SENSOR_INTERVAL: seconds between two looks at the raw folder."""
    return _int_setting("PIPELINE_SENSOR_INTERVAL", 30)


def settle_seconds() -> float:
    """PIPELINE_SETTLE_SECONDS: a file modified more recently than this may still be being written."""
    return _seconds_setting("PIPELINE_SETTLE_SECONDS", 10.0)


EXECUTORS = ("in_process", "multiprocess", "dask")


def executor_name() -> str:
    """PIPELINE_EXECUTOR: `in_process` (default; a step costs ~0.4 s), `multiprocess` (a process
    per step, 4-7 s a step here) or `dask` (steps run on a Dask cluster)."""

    def parse(name: str) -> str:
        if name not in EXECUTORS:
            raise ValueError("unknown executor")
        return name

    return _parsed("PIPELINE_EXECUTOR", "in_process", parse, f"one of {', '.join(EXECUTORS)}")


def dask_scheduler() -> str | None:
    """PIPELINE_DASK_SCHEDULER: address of a running Dask scheduler (`tcp://host:8786`); unset,
    the Dask executor starts a local cluster of PIPELINE_DASK_WORKERS worker processes."""
    return os.environ.get("PIPELINE_DASK_SCHEDULER") or None


def dask_workers() -> int:
    return _int_setting("PIPELINE_DASK_WORKERS", 2)


MIN_TEXTS_FOR_TWO_PROCESSES = 500


def ner_processes_setting() -> str:
    """PIPELINE_NER_PROCESSES: processes for `nlp.pipe`, `auto` (default: every core once there
    are enough paragraphs (500) to pay for starting the workers, else one) or a whole number."""
    accepted = "`auto` or a whole number, at least 1"
    return str(_parsed("PIPELINE_NER_PROCESSES", "auto", lambda t: t if t == "auto" else _at_least(1)(t), accepted))


def processes_for(setting: str, n_texts: int) -> int:
    """The processes `nlp.pipe` runs `n_texts` on, for a PIPELINE_NER_PROCESSES value."""
    if setting != "auto":
        return int(setting)
    # Measured here: two processes parse 500 BBC paragraphs 1.6x faster than one (2.3 s, 3.8 s).
    return min(os.cpu_count() or 1, 2) if n_texts >= MIN_TEXTS_FOR_TWO_PROCESSES else 1


def ner_processes(n_texts: int) -> int:
    return processes_for(ner_processes_setting(), n_texts)


def batch_files() -> int:
    """PIPELINE_BATCH_FILES: raw files per run of `pipeline run` (default 250)."""
    return _int_setting("PIPELINE_BATCH_FILES", 250)


def parallel_runs() -> int:
    """PIPELINE_PARALLEL_RUNS: batch runs `pipeline run` keeps going at once, each in its own
    process (default: one per core, at most 2); 1 runs batches one after another."""
    return _int_setting("PIPELINE_PARALLEL_RUNS", min(os.cpu_count() or 1, 2))


def max_removals():
    """PIPELINE_MAX_REMOVALS: files that may leave the warehouse in one run or sensor tick without
    `--allow-removals` (default `20%,50`: the smaller of 20% of the known files and 50 files)."""
    from pipeline.lib.store.removals import DEFAULT_MAX_REMOVALS, RemovalLimit

    return _parsed(
        "PIPELINE_MAX_REMOVALS",
        RemovalLimit.parse(DEFAULT_MAX_REMOVALS),
        RemovalLimit.parse,
        "a share of the known files (20%), a number of files (50), or both (20%,50)",
    )


def record_fields():
    """PIPELINE_RECORD_FIELDS: the field names of JSON Lines and CSV exports, where they differ from
    title/text/date/url/source (`title=headline,text=body,date=published`)."""
    from pipeline.lib.text.records import RECORD_FIELDS, RecordFields

    return _parsed(
        "PIPELINE_RECORD_FIELDS",
        RecordFields(),
        RecordFields.parse,
        f"comma-separated field=name pairs, fields among {', '.join(RECORD_FIELDS)} (title=headline,text=body)",
    )


def _dagster_home_ok() -> Path:
    value = os.environ.get("DAGSTER_HOME")
    if value and UPath(value).protocol not in ("", "file", "local"):
        raise SettingError(f"DAGSTER_HOME={value!r} is not valid: expected a local folder")
    return dagster_home()


# Every reader, checked at start by `problems()`.
READERS: tuple[Callable, ...] = (
    raw_dir,
    warehouse_dir,
    publish_url,
    lock_timeout_seconds,
    _dagster_home_ok,
    max_file_bytes,
    max_line_chars,
    spacy_model,
    spacy_models,
    ner_batch_size,
    sensor_interval_seconds,
    settle_seconds,
    executor_name,
    dask_workers,
    lambda: ner_processes(0),
    batch_files,
    parallel_runs,
    max_removals,
    record_fields,
)


def problems() -> list[str]:
    """One line per setting that cannot be used (empty when every value parses)."""
    found: dict[str, None] = {}
    for reader in READERS:
        try:
            reader()
        except ValueError as err:  # SettingError, and the URL check of warehouse_dir
            found.setdefault(str(err))  # once: spacy_models() defaults to spacy_model()'s value
    return list(found)


def validate() -> None:
    """Raise SettingError listing every bad setting, one per line."""
    found = problems()
    if found:
        raise SettingError("\n".join(found))
