"""The report asset on a small warehouse, through dg.materialize: staged, published with the marts,
and its materialisation shows the path and a PNG preview."""

import base64

from pipeline.lib.store.publish import REPORT_LINK

STORY = (
    "Leaders meet in Brasilia\n\n"
    "BRASILIA, July 5 (Xinhua) — Chinese President Xi Jinping met Brazilian President Luiz Inácio Lula "
    "da Silva in Brasilia on July 5, 2025.\n\n"
    "China and Brazil signed trade agreements, and Venezuela and Argentina sent observers.\n"
)
QUIET = "A quiet day\n\nThe weather in Lisbon was mild on Tuesday, 8 July 2025.\n"


def _report_metadata(result):
    return next(
        e.materialization.metadata
        for e in result.get_asset_materialization_events()
        if e.asset_key.to_user_string() == "report"
    )


def test_the_report_is_staged_then_published_with_the_marts(workspace):
    for name, text in {"leaders.txt": STORY, "quiet.txt": QUIET}.items():
        assert workspace.materialize(workspace.add(name, text)).success
    result = workspace.resolve()
    assert result.success

    metadata = _report_metadata(result)
    page = workspace.warehouse / REPORT_LINK / "index.html"
    assert metadata["path"].value == str(page)
    assert metadata["meetings"].value == workspace.query("SELECT count(*) FROM mart_meetings_timeline")[0][0] >= 1
    assert "meetings" in metadata["charts"].value and "map" in metadata["charts"].value
    preview = metadata["preview"].value
    images = [part.split(")")[0] for part in preview.split("data:image/png;base64,")[1:]]
    assert len(images) == 2 and all(base64.b64decode(i).startswith(b"\x89PNG") for i in images)

    # Published in the same step as the marts: both links swapped, nothing left staged.
    assert (workspace.warehouse / REPORT_LINK).is_symlink() and (workspace.warehouse / "marts").is_symlink()
    assert not (workspace.warehouse / ".work" / "report-next").exists()
    html = page.read_text(encoding="utf-8")
    assert ">2 files<" in html and "Leaders meet in Brasilia" in html and "<script src" not in html
    assert list((workspace.warehouse / ".work").glob("vega-bundle-*.js"))  # the bundle is kept for next time

    # A second run swaps in a new report and keeps the previous one for readers still in it.
    assert workspace.resolve().success
    assert len([p for p in workspace.warehouse.glob(".report-*") if p.is_dir()]) == 2


def test_no_meetings_gives_a_report_that_says_so(workspace):
    assert workspace.materialize(workspace.add("quiet.txt", QUIET)).success
    result = workspace.resolve()
    assert result.success
    metadata = _report_metadata(result)
    assert metadata["meetings"].value == 0
    assert "meetings" in metadata["empty_sections"].value
    html = (workspace.warehouse / REPORT_LINK / "index.html").read_text(encoding="utf-8")
    assert "No meetings yet" in html and ">1 file<" in html
