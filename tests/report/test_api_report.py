"""`api.report_data` on the seeds: plain JSON data, an asked entity drawn over time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_cli import api
from corpus_cli.errors import UsageError

pytestmark = pytest.mark.slow


def test_report_data_is_plain_data_and_follows_an_asked_entity(seed_report: Path,
                                                               monkeypatch) -> None:
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(seed_report.parent / "store"))
    with api.analyse([]) as corpus:
        people = api.entity_rows(corpus, api.EntityQuery(labels=["PER"]))
        default = api.report_data(corpus)
        beyond = [row["name"] for row in people if row["name"] not in
                  default["mentions"]["entities"]]
        assert beyond, "the seeds name more people than the report draws by default"
        asked = api.report_data(corpus, api.ReportQuery(entities=[beyond[0]]))
    assert json.loads(json.dumps(asked)) == asked
    assert asked["mentions"]["entities"] == [*default["mentions"]["entities"], beyond[0]]
    assert set(asked) == {"limits", "glance", "timeline", "mentions", "network", "entities"}
    lines = [line for card in asked["entities"] for line in card["concordance"]]
    assert lines and all(line["match"] for line in lines)


def test_an_unknown_entity_is_refused(seed_report: Path, monkeypatch) -> None:
    monkeypatch.setenv("CORPUS_CACHE_DIR", str(seed_report.parent / "store"))
    with api.analyse([]) as corpus, pytest.raises(UsageError, match="no entity named"):
        api.report_data(corpus, api.ReportQuery(entities=["Personne Inconnue Zzz"]))
