"""Corpus figures: languages and unreadable metadata dates are counted, and said once."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corpus_cli.cli import app
from tests.documents.test_language import ENGLISH, FRENCH

runner = CliRunner()


def test_languages_and_unreadable_dates_are_counted(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [{"id": "fr", "text": FRENCH, "date": "le lendemain"},
             {"id": "en", "text": ENGLISH, "date": "2019-03-05"}]
    feed.write_text("\n".join(json.dumps(line) for line in lines) + "\n", encoding="utf-8")
    result = runner.invoke(app, ["stats", str(feed), "--format", "json"],
                           env={"CORPUS_CACHE_DIR": str(tmp_path / "store")})
    assert result.exit_code == 0, result.output
    summary = json.loads(result.stdout)["corpus"]
    assert summary["languages"] == {"fr": 1, "en": 1}
    assert summary["unreadable_dates"] == ["fr"]
    warnings = [line for line in result.stderr.splitlines() if "not French" in line]
    assert len(warnings) == 1 and "en" in warnings[0]
