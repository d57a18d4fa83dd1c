"""`pipeline run`: register every raw file as a partition and materialise everything in-process.

`dagster asset materialize --select '*'` refuses dynamically partitioned assets, so this is the
one command that takes the raw folder to a complete warehouse, with progress and a summary. This
module reads the arguments and prints; `runner.py` plans and launches the runs, and
`lib/store/readers.py` reads what they landed.
"""

from __future__ import annotations

import argparse
import os
import sys

from pipeline.runner import CommandError, RunReport, run_all


def print_summary(report: RunReport, out=sys.stdout) -> None:
    from pipeline import settings
    from pipeline.lib.store.readers import warehouse_summary

    summary = warehouse_summary(settings.warehouse_path())
    print("\nSummary", file=out)
    if summary is None:
        print("  no warehouse yet", file=out)
    else:
        counts = summary.counts
        status_text = ", ".join(f"{n} {s}" for s, n in sorted(summary.files_by_status.items()))
        print(f"  files         {counts['documents']}  ({status_text or 'none'})", file=out)
        for table in ("articles", "paragraphs", "sections", "attributions"):
            print(f"  {table:<13} {counts[table]}", file=out)
        print(f"  mentions      {counts['entity_mentions']}", file=out)
        types_text = ", ".join(f"{n} {t.lower()}" for t, n in summary.entity_types)
        print(f"  entities      {counts['entities']}  ({types_text or 'none'})", file=out)
        print(f"  stories       {summary.stories[0]}  ({summary.stories[1]} with more than one copy)", file=out)
        events_text = ", ".join(f"{n} {t.lower()}" for t, n in summary.event_types)
        print(f"  events        {sum(n for _, n in summary.event_types)}  ({events_text or 'none'})", file=out)
        print(f"  quotations    {counts['quotations']}", file=out)
        print(f"  quarantined   {counts['quarantine']} rows (see table quarantine)", file=out)
        for file_name, status, reason in summary.problems:
            print(f"  {status:<9} {file_name}: {reason}", file=out)
    for key, error in report.failed.items():
        print(f"  FAILED    {key}: {error}", file=out)


def show_report(open_it: bool = False, out=None) -> int:
    """Print the published report's path; with `open_it`, open it in a browser when there is one."""
    from pipeline import settings

    out = out or sys.stdout

    path = settings.report_path()
    if not path.is_file():
        print(f"pipeline: no report yet at {path}: `uv run pipeline run` builds it", file=sys.stderr)
        return 1
    print(path.absolute(), file=out)
    if open_it:
        import webbrowser

        try:
            opened = webbrowser.get().open(path.absolute().as_uri())
        except webbrowser.Error:
            opened = False
        if not opened:
            print("no browser found here: open the file above in one", file=sys.stderr)
    return 0


def _start_ui(port: str) -> int:
    """Replace this process with `dagster dev` on the project's instance and workspace."""
    from pipeline import settings
    from pipeline.instance import ensure_dagster_home

    ensure_dagster_home()
    workspace = str(settings.PROJECT_ROOT / "workspace.yaml")
    os.chdir(settings.PROJECT_ROOT)
    os.execvp("dagster", ["dagster", "dev", "-w", workspace, "-h", "127.0.0.1", "-p", port])
    return 0  # not reached


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="pipeline", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="ingest every file in the raw folder and materialise all assets")
    run.add_argument("--raw-dir", help="raw folder (default: $PIPELINE_RAW_DIR or raw/)")
    run.add_argument("--warehouse-dir", help="warehouse folder (default: $PIPELINE_WAREHOUSE_DIR or warehouse/)")
    run.add_argument("--force", action="store_true", help="reprocess files even if their content did not change")
    run.add_argument(
        "--rebuild",
        action="store_true",
        help="start a fresh working warehouse from the raw folder, keeping the caches, the entity ids and "
        "the published snapshot (which is replaced when the rebuild publishes)",
    )
    run.add_argument(
        "--allow-removals",
        action="store_true",
        help="confirm removing files gone from the raw folder beyond PIPELINE_MAX_REMOVALS (default 20%%,50)",
    )
    run.add_argument(
        "--file",
        action="append",
        metavar="NAME",
        help="replay only this raw file (repeatable); the whole-corpus step still runs after it",
    )
    sub.add_parser("summary", help="print the warehouse summary without running anything")
    report = sub.add_parser("report", help="print the path of the HTML report (warehouse/report/index.html)")
    report.add_argument("--open", action="store_true", help="also open it in a browser, when one is present")
    sub.add_parser("doctor", help="check the installation read-only: say what is wrong and the command that fixes it")
    ui = sub.add_parser("ui", help="start the Dagster UI (dagster dev) on the project's instance")
    ui.add_argument("--port", default="3000")
    args = parser.parse_args(argv)
    if getattr(args, "rebuild", False) and args.file:
        parser.error("--rebuild replays every file; it does not combine with --file")

    if getattr(args, "raw_dir", None):
        os.environ["PIPELINE_RAW_DIR"] = args.raw_dir
    if getattr(args, "warehouse_dir", None):
        os.environ["PIPELINE_WAREHOUSE_DIR"] = args.warehouse_dir
    from pipeline import settings
    from pipeline.lib.text.rawfiles import RawFolderError

    if args.command == "doctor":  # before the settings check: bad settings are one of its findings
        from pipeline.doctor import main as doctor

        return doctor()
    bad_settings = settings.problems()
    if bad_settings:
        for line in bad_settings:
            print(f"pipeline: {line}", file=sys.stderr)
        return 1
    if args.command == "ui":
        return _start_ui(args.port)
    if args.command == "summary":
        print_summary(RunReport())
        return 0
    if args.command == "report":
        return show_report(open_it=args.open)
    try:
        report = run_all(only=args.file, force=args.force, allow_removals=args.allow_removals, rebuild=args.rebuild)
    except (CommandError, RawFolderError) as err:
        print(f"pipeline: {err}", file=sys.stderr)
        return 1
    print_summary(report)
    return 1 if report.failed else 0


if __name__ == "__main__":
    sys.exit(main())
