"""Entity ids and names shown once each, on invented names."""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.aggregate.entities import consolidate, find_entity_row
from corpus_cli.aggregate.ids import Named, entity_ids, shown_names, slug


def row(name: str, label: str = "PER", document: str = "d1", roles: tuple[str, ...] = ()):
    return {"name": name, "label": label, "document": document, "resolved": None,
            "roles": list(roles), "start": 0, "end": len(name), "text": name, "sentence": 0}


def test_slug_folds_accents_case_and_punctuation():
    assert slug("Jean-Marc d'Orléans") == "jean-marc-d-orleans"
    assert slug("Œuvre Éphémère") == "oeuvre-ephemere"
    assert slug("«»") == "x"
    assert slug("Zoe\u0301 Lefe\u0300vre \u20ac") == "zoe-lefevre"  # marks written apart
    assert slug("Ĳssel Þór ﬁn") == "ijssel-or-fin"


@given(st.text(max_size=12))
def test_slug_drops_exactly_the_combining_marks_of_the_decomposed_name(name):
    text = unicodedata.normalize("NFKD", name.casefold().replace("œ", "oe").replace(
        "æ", "ae").replace("ß", "ss"))
    kept = "".join(c for c in text if not unicodedata.combining(c))
    assert slug(name) == (re.sub(r"[^a-z0-9]+", "-", kept).strip("-") or "x")


def test_namesakes_get_a_suffix_and_a_qualifier():
    named = [Named("Velmor", "ORG"), Named("Velmor", "LOC"), Named("Velmor", "ORG")]
    assert entity_ids(named) == ["org:velmor", "loc:velmor", "org:velmor-2"]
    assert len(set(shown_names(named))) == 3
    assert shown_names([Named("Velmor", "ORG"), Named("Velmor", "LOC")]) == [
        "Velmor (ORG)", "Velmor (LOC)"]


def test_namesakes_of_one_label_are_told_apart_by_a_word_only_they_hold():
    named = [Named("Ana Lind", "PER", ["Ana Lind", "A. Lind"], ["ministre"]),
             Named("Ana Lind", "PER", ["Ana Lind"], ["ministre", "chanteuse"]),
             Named("Ana Lind", "PER", ["Ana Lind", "Lind"], ["avocate"])]
    assert shown_names(named) == ["Ana Lind (A. Lind)", "Ana Lind (chanteuse)",
                                  "Ana Lind (avocate)"]
    # a role two of them hold tells none apart; with nothing of its own, all are ranked
    named[0] = Named("Ana Lind", "PER", ["Ana Lind"], ["chanteuse"])
    assert shown_names(named) == ["Ana Lind (PER 1)", "Ana Lind (PER 2)", "Ana Lind (PER 3)"]


def test_ids_are_stable_across_runs_and_unique():
    rows = [row("Olav Brekke"), row("Olav Brekke", document="d2"), row("Brekkeville", "LOC")]
    first = [e.to_row()["id"] for e in consolidate(rows)]
    second = [e.to_row()["id"] for e in consolidate(list(reversed(rows)))]
    assert first == second == ["per:olav-brekke", "loc:brekkeville"]


def test_entity_option_accepts_the_id_the_name_or_an_alias():
    rows = [e.to_row() for e in consolidate([row("Olav Brekke"), row("Brekke")])]
    assert find_entity_row(rows, "per:olav-brekke")["name"] == "Olav Brekke"
    assert find_entity_row(rows, "olav brekke")["id"] == "per:olav-brekke"
    assert find_entity_row(rows, "Brekke")["id"] == "per:olav-brekke"


def test_entity_summary_reads_rows_from_columns_when_asked():
    from corpus_cli.aggregate.ids import EntitySummary

    summary = EntitySummary({"id": ["per:ana-lind", "loc:oslo"], "name": ["Ana Lind", "Oslo"],
                             "label": ["PER", "LOC"]})
    assert list(summary) == ["per:ana-lind", "loc:oslo"] and len(summary) == 2
    assert summary["loc:oslo"] == {"name": "Oslo", "label": "LOC"}
    assert "per:ana-lind" in summary and "per:nobody" not in summary
    assert summary.field("label") == {"per:ana-lind": "PER", "loc:oslo": "LOC"}
    assert summary.lookup("name", ["loc:oslo", "per:ana-lind"]) == ["Oslo", "Ana Lind"]
    assert summary.lookup("name", ["per:nobody"], default=None) == [None]
    with pytest.raises(KeyError):
        summary.lookup("name", ["per:nobody"])
    assert summary.rows({"loc:oslo"}) == [{"id": "loc:oslo", "name": "Oslo", "label": "LOC"}]
    assert summary.column("label") == ["PER", "LOC"]
    table = summary.table({"per:ana-lind", "loc:oslo"})
    assert table.fields == ("id", "name", "label") and table.column("id") == list(summary)
    assert summary.table(set()) == []
