"""Dagster wiring: assets, checks, jobs, sensors and schedules that call `pipeline.lib`."""

import warnings

import dagster as dg

# `backfill_policy` (one run for many files) is marked beta; it is used on purpose.
warnings.filterwarnings("ignore", category=dg.BetaWarning)
