"""The seed report in a real browser: every chart drawn, no request, no JavaScript error, and
a click on an event keeps its details.

Drives the system's headless Chromium (Debian's `chromium`, or CORPUS_CHROMIUM) through
Playwright, which downloads no browser of its own here. Skipped with a reason when either is
missing, except under CI, which installs Chromium and so must run it.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]

# Counts the items drawn in each chart's scenegraph (marks, not groups).
COUNT_MARKS = """() => Object.fromEntries(Object.entries(window.corpusReport.views).map(
  ([name, view]) => {
    let count = 0;
    const walk = (node) => (node.items || []).forEach((item) => {
      if (item.items) walk(item); else count += 1;
    });
    walk(view.scenegraph().root);
    return [name, count];
  }))"""

# The page coordinates of the centre of the first dot (a day) that carries an event; a span's bar
# may reach past the clipped axis, so its centre need not be on it.
FIRST_EVENT = """() => {
  const view = window.corpusReport.views.timeline;
  const box = view.container().getBoundingClientRect();
  const pad = view.padding();
  const [left, top] = [view.origin()[0] + pad.left, view.origin()[1] + pad.top];
  const find = (node, x, y) => {
    for (const item of node.items || []) {
      if (item.items) {
        const found = find(item, x + (item.x || 0), y + (item.y || 0));
        if (found) return found;
      } else if (item.mark.marktype === 'symbol' && item.datum
                 && item.datum.sentence !== undefined) {
        return [box.left + left + x + item.x, box.top + top + y + item.y];
      }
    }
    return null;
  };
  return find(view.scenegraph().root, 0, 0);
}"""


def chromium() -> str:
    found = os.environ.get("CORPUS_CHROMIUM") or shutil.which("chromium") or next(
        (p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if Path(p).exists()),
        None)
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("CI must have Chromium: .ci/run installs Debian's `chromium`")
        pytest.skip("no Chromium found (apt-get install chromium, or set CORPUS_CHROMIUM)")
    return found


def test_the_seed_report_renders_offline_in_chromium(seed_report: Path, tmp_path: Path) -> None:
    executable = chromium()
    sync_api = pytest.importorskip("playwright.sync_api", reason="pip install '.[test]'")
    url = seed_report.resolve().as_uri()
    requests: list[str] = []
    errors: list[str] = []
    with sync_api.sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(tmp_path / "profile"), executable_path=executable, headless=True,
            args=FLAGS, viewport={"width": 1280, "height": 900})
        try:
            page = context.new_page()
            page.on("request", lambda request: requests.append(request.url))
            page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(url)
            page.wait_for_function("window.corpusReport && window.corpusReport.done",
                                   timeout=60_000)
            charts = page.eval_on_selector_all("[id^=chart-]", "nodes => nodes.map(n => "
                                               "[n.id.slice(6), !!n.querySelector('canvas, svg')])")
            marks = page.evaluate(COUNT_MARKS)
            failures = page.evaluate("window.corpusReport.errors")
            page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
            before = page.inner_text("#detail-timeline")
            page.locator("#chart-timeline").scroll_into_view_if_needed()
            point = page.evaluate(FIRST_EVENT)
            assert point is not None, "no timeline mark carries an event"
            page.mouse.click(*point)
            kept = page.inner_text("#detail-timeline")
        finally:
            context.close()
    assert charts and all(drawn for _, drawn in charts), charts
    assert sorted(marks) == sorted(name for name, _ in charts)
    assert all(count > 0 for count in marks.values()), marks
    assert failures == [] and errors == []
    assert requests == [url]  # the page itself, nothing else
    assert (tmp_path / "report.png").stat().st_size > 10_000
    # A click on an event keeps its evidence below the chart.
    assert "evidence:" not in before and "evidence:" in kept, kept
