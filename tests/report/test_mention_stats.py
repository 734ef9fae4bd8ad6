"""Mentions by month, sentence pairs and concordance places from mention rows."""

from __future__ import annotations

from corpus_cli.aggregate.mention_stats import collect, entity_of, month_of


def _mention(name: str, sentence: int, start: int = 0, resolved: str | None = None) -> dict:
    return {"name": name, "resolved": resolved, "sentence": sentence, "start": start,
            "end": start + len(name), "text": name, "label": "PER"}


INDEX = {("a", "Jeanne Arnal"): "Jeanne Arnal", ("a", "Arnal"): "Jeanne Arnal",
         ("a", "Vernon"): "Vernon", ("b", "Jeanne Arnal"): "Jeanne Arnal",
         ("b", "Vernon"): "Vernon", ("b", "Société Lune"): "Société Lune"}
LABELS = {"Jeanne Arnal": "PER", "Vernon": "LOC", "Société Lune": "ORG"}


def test_month_of_keeps_months_and_drops_bare_years() -> None:
    assert month_of("2021-03-04") == "2021-03"
    assert month_of("2021-03") == "2021-03"
    assert month_of("2021") is None
    assert month_of(None) is None


def test_a_partial_name_counts_for_its_resolved_entity() -> None:
    assert entity_of("a", _mention("Arnal", 0, resolved="Jeanne Arnal"), INDEX) == "Jeanne Arnal"
    assert entity_of("a", _mention("Inconnu", 0), INDEX) is None


def test_collect_counts_months_pairs_and_keeps_one_occurrence_per_document() -> None:
    documents = [
        ("a", "2021-03-04", [_mention("Jeanne Arnal", 0), _mention("Vernon", 0, 20),
                             _mention("Arnal", 1, 40, "Jeanne Arnal"), _mention("Vernon", 1, 60)]),
        ("b", "2021-04", [_mention("Jeanne Arnal", 0), _mention("Société Lune", 0, 30),
                          _mention("Vernon", 2, 50)]),
        ("c", None, []),
    ]
    found = collect(documents, INDEX, LABELS, wanted=["Jeanne Arnal"])
    assert found["months"]["Jeanne Arnal"] == {"2021-03": 2, "2021-04": 1}
    assert found["months"]["Vernon"] == {"2021-03": 2, "2021-04": 1}
    # Two sentences of "a" name both; an organisation is not in the network.
    assert found["pairs"] == [["Jeanne Arnal", "Vernon", 2]]
    assert found["occurrences"] == {"Jeanne Arnal": [["a", 0, 12, "Jeanne Arnal"],
                                                     ["b", 0, 12, "Jeanne Arnal"]]}
