"""The HTML report in headless Chromium (Debian's, driven by Playwright), with the network cut off.

Used by the report's browser test and by the throughput benchmark (render time): open the page
from `file://`, refuse every request that would leave the machine, wait until every chart is
drawn, and say what was drawn.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path

CHROMIUM = Path("/usr/bin/chromium")
# Flags this machine needs: no sandbox as root, and nothing that phones home on a closed network.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
LOCAL_SCHEMES = ("file:", "data:", "blob:", "about:")

# Every Vega mark the report names, as `<g class="... <name>_marks">` in the SVG.
MARKS = (
    "meetings",
    "network_edges",
    "network_nodes",
    "network_labels",
    "entities_time",
    "outlets",
    "stories",
    "map_land",
    "map_countries",
)


def require_chromium() -> None:
    """At a browser test's import: skip it, saying why, when Debian's chromium is missing; under CI
    (which installs it) fail instead."""
    import pytest

    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{CHROMIUM} is missing: .ci/run should have installed Debian's chromium", pytrace=False)
        pytest.skip(f"browser test skipped: {CHROMIUM} not found (apt-get install chromium)", allow_module_level=True)


@dataclass
class RenderedReport:
    seconds: float  # from navigation until every chart is drawn
    console_errors: list[str] = field(default_factory=list)
    outside_requests: list[str] = field(default_factory=list)
    marks: dict[str, int] = field(default_factory=dict)  # mark name → items drawn
    charts: list[str] = field(default_factory=list)  # sections whose chart was drawn
    empty: dict[str, str] = field(default_factory=dict)  # sections with no chart → what they say
    entity_rows: int = 0  # rows of the entity table before any search
    found: list[str] = field(default_factory=list)  # its rows after typing `search`
    meeting_tooltip: str = ""  # the tooltip over the first meeting
    header: str = ""


def open_report(path: Path, screenshot: Path | None = None, search: str | None = None) -> RenderedReport:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        try:
            context = browser.new_context(viewport={"width": 1200, "height": 900})
            outside: list[str] = []

            def guard(route):
                if route.request.url.startswith(LOCAL_SCHEMES):
                    route.continue_()
                else:
                    outside.append(route.request.url)
                    route.abort()

            context.route("**/*", guard)
            page = context.new_page()
            errors: list[str] = []
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: errors.append(str(e)))
            page.on("requestfailed", lambda r: None if r.url.startswith(LOCAL_SCHEMES) else outside.append(r.url))
            started = time.perf_counter()
            page.goto(path.absolute().as_uri())
            page.wait_for_function("document.body.dataset.rendered === 'true'", timeout=60_000)
            seconds = time.perf_counter() - started
            result = RenderedReport(seconds, errors, sorted(set(outside)))
            for name in MARKS:
                result.marks[name] = page.locator(f"g.{name}_marks > *").count()
            result.charts = page.eval_on_selector_all(
                "div.chart[data-rendered='true']", "els => els.filter(e => e.querySelector('svg')).map(e => e.id)"
            )
            result.charts = [c.removeprefix("chart-") for c in result.charts]
            result.empty = dict(
                page.eval_on_selector_all(".empty", "els => els.map(e => [e.id.replace('empty-', ''), e.textContent])")
            )
            result.header = page.locator("header").inner_text()
            first_meeting = page.locator("g.meetings_marks > *").first
            if result.marks["meetings"]:
                first_meeting.hover(force=True)
                page.locator("#vg-tooltip-element.visible").wait_for(timeout=5_000)
                result.meeting_tooltip = page.locator("#vg-tooltip-element").inner_text()
            result.entity_rows = page.locator("#entity-table tbody tr").count()
            if search is not None:
                page.fill("#entity-search", search)
                result.found = page.locator("#entity-table tbody tr").all_inner_texts()
            if screenshot is not None:
                screenshot.parent.mkdir(parents=True, exist_ok=True)
                page.screenshot(path=str(screenshot), full_page=True)
            return result
        finally:
            browser.close()
