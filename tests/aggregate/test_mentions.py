"""Mentions given to their entities, as the entity table merged them."""

from __future__ import annotations

from corpus_cli.aggregate.entities import MentionKeys, consolidate, key_index
from corpus_cli.aggregate.ids import EntitySummary
from corpus_cli.aggregate.mentions import Occurrences, columns, mention_rows, occurrences


def row(name, label="PER", resolved=None, start=0):
    return {"name": name, "label": label, "resolved": resolved, "roles": [], "start": start,
            "end": start + len(name), "text": name, "sentence": 0}


def test_every_mention_goes_to_the_entity_holding_its_form():
    documents = [("d1", [row("Olav Brekke"), row("Brekke", resolved="Olav Brekke", start=20),
                         row("République", "LOC", start=40)]),
                 ("d2", [row("Brekke")])]
    entities = consolidate({**r, "document": d} for d, rows in documents for r in rows)
    found = occurrences(documents, MentionKeys(), key_index(entities))
    assert [o[0] for o in found["d1"]] == ["per:olav-brekke", "per:olav-brekke"]
    assert [o[0] for o in found["d2"]] == ["per:olav-brekke"]
    table = EntitySummary({field: [e.to_row()[field] for e in entities]
                           for field in ("id", "name", "label")})
    kept = Occurrences(columns(found).__getitem__)
    rows = mention_rows(kept, [("d2", "2020-01-01"), ("d1", None)], table)
    assert [(r["document"], r["text"], r["start"]) for r in rows] == [
        ("d2", "Brekke", 0), ("d1", "Olav Brekke", 0), ("d1", "Brekke", 20)]
    assert mention_rows(kept, [("d1", None)], table, wanted={"loc:x"}) == []
    assert [r["text"] for r in mention_rows(kept, [("d1", None)], table, labels={"LOC"})] == []


FOUND = {"d1": [["per:ana-lind", 0, 8, 0, "Ana Lind"], ["loc:oslo", 12, 16, 0, "Oslo"],
                ["per:ana-lind", 30, 34, 2, "Lind"]],
         "d2": [],
         "d3": [["loc:oslo", 5, 9, None, "OSLO"]]}


def test_columns_read_back_give_each_document_its_rows():
    kept = Occurrences(columns(FOUND).__getitem__)
    assert kept.documents == ["d1", "d2", "d3"]
    assert {document: kept.rows(document) for document in kept.documents} == FOUND
    assert kept.rows("unknown") == []
    assert list(kept.holding({"loc:oslo"})) == ["d1", "d3"]
    assert list(kept.holding({"per:ana-lind"})) == ["d1"]
    assert kept.positions({"loc:oslo"}) == [1, 3]
    assert [kept.document_at(i) for i in range(4)] == ["d1", "d1", "d1", "d3"]
    assert kept.numbers() == [0, 1, 0, 1]


def test_columns_intern_the_entity_ids():
    parts = columns(FOUND)
    assert parts["index"]["entities"] == ["per:ana-lind", "loc:oslo"]
    assert parts["entity"] == [0, 1, 0, 1]
    assert parts["index"]["bounds"] == [0, 3, 3, 4]


def test_a_part_is_read_when_first_asked_for_and_once():
    asked = []
    parts = columns(FOUND)
    kept = Occurrences(lambda name: asked.append(name) or parts[name])
    assert asked == ["index"]
    kept.column("entity")
    kept.column("entity")
    assert asked == ["index", "entity"]
    assert kept.loaded == {"index", "entity"}
