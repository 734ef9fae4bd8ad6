"""`corpus report` on the seed articles: one self-contained page, figures, usage errors."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corpus_cli.cli import app
from corpus_cli.report.charts import CHARTS

pytestmark = pytest.mark.slow


def test_the_seed_report_is_one_self_contained_page(seed_report: Path) -> None:
    html = seed_report.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>")
    markup = re.sub(r"(?s)(<script[^>]*>).*?</script>", r"\1</script>", html)
    assert not re.search(r"<[a-z]+[^>]+(src|href)=(?!['\"]?#)", markup)
    assert "<link" not in markup
    for name in CHARTS:
        assert f'id="chart-{name}"' in html
    assert "<mark>" in html  # concordance lines from the documents' texts


def test_figures_are_written_as_svg_and_png(seed_report: Path) -> None:
    folder = seed_report.parent / "figures"
    for name in CHARTS:
        assert (folder / f"{name}.svg").read_text(encoding="utf-8").startswith("<svg")
        assert (folder / f"{name}.png").read_bytes().startswith(b"\x89PNG")


def test_an_unknown_entity_is_a_usage_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(tmp_path / "store"))
    result = CliRunner().invoke(app, ["report", "-o", str(tmp_path / "r.html"),
                                      "--entity", "Personne Inconnue Zzz"])
    assert result.exit_code == 2
    assert "no entity named" in result.output
    assert not (tmp_path / "r.html").exists()
