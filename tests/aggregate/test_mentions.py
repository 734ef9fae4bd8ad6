"""Mentions given to their entities, as the entity table merged them."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.aggregate.entities import MentionKeys, consolidate, key_index
from corpus_cli.aggregate.ids import EntitySummary
from corpus_cli.aggregate.mentions import (
    MENTION_FIELDS,
    Occurrences,
    columns,
    mention_rows,
    mention_table,
    occurrences,
)


def row(name, label="PER", resolved=None, start=0):
    return {"name": name, "label": label, "resolved": resolved, "roles": [], "start": start,
            "end": start + len(name), "text": name, "sentence": 0}


def test_every_mention_goes_to_the_entity_holding_its_form():
    documents = [("d1", [row("Olav Brekke"), row("Brekke", resolved="Olav Brekke", start=20),
                         row("République", "LOC", start=40)]),
                 ("d2", [row("Brekke")]), ("d3", [row("Olav Brekke")])]
    entities = consolidate({**r, "document": d} for d, rows in documents for r in rows)
    found = occurrences(documents, MentionKeys(), key_index(entities))
    assert [o[0] for o in found["d1"]] == ["per:olav-brekke", "per:olav-brekke"]
    assert [o[0] for o in found["d2"]] == ["per:olav-brekke"]
    table = EntitySummary({field: [e.to_row()[field] for e in entities]
                           for field in ("id", "name", "label")})
    kept = Occurrences(columns(found, table).__getitem__)
    rows = mention_rows(kept, [("d2", "2020-01-01"), ("d1", None)])
    assert [(r["document"], r["text"], r["start"], r["name"]) for r in rows] == [
        ("d2", "Brekke", 0, "Olav Brekke"), ("d1", "Olav Brekke", 0, "Olav Brekke"),
        ("d1", "Brekke", 20, "Olav Brekke")]
    assert mention_rows(kept, [("d1", None)], wanted={"loc:x"}) == []
    assert [r["text"] for r in mention_rows(kept, [("d1", None)], labels={"LOC"})] == []


FOUND = {"d1": [["per:ana-lind", 0, 8, 0, "Ana Lind"], ["loc:oslo", 12, 16, 0, "Oslo"],
                ["per:ana-lind", 30, 34, 2, "Lind"]],
         "d2": [],
         "d3": [["loc:oslo", 5, 9, None, "OSLO"]]}
NAMED = EntitySummary({"id": ["loc:oslo", "per:ana-lind"], "name": ["Oslo", "Ana Lind"],
                       "label": ["LOC", "PER"]})


def test_columns_read_back_give_each_document_its_rows():
    kept = Occurrences(columns(FOUND, NAMED).__getitem__)
    assert kept.documents == ["d1", "d2", "d3"]
    assert {document: kept.rows(document) for document in kept.documents} == FOUND
    assert kept.rows("unknown") == []
    assert list(kept.holding({"loc:oslo"})) == ["d1", "d3"]
    assert list(kept.holding({"per:ana-lind"})) == ["d1"]
    assert kept.positions({"loc:oslo"}) == [1, 3] == kept.numbered({1})
    assert kept.numbered({0, 1}) == [0, 1, 2, 3] and kept.numbered(set()) == []
    assert [kept.document_at(i) for i in range(4)] == ["d1", "d1", "d1", "d3"]
    assert kept.numbers() == [0, 1, 0, 1]


def test_columns_intern_the_entity_ids():
    parts = columns(FOUND, NAMED)
    assert parts["index"]["entities"] == ["per:ana-lind", "loc:oslo"]
    assert parts["index"]["names"] == ["Ana Lind", "Oslo"]
    assert parts["index"]["labels"] == ["PER", "LOC"]
    assert parts["entity"] == [0, 1, 0, 1]
    assert parts["index"]["bounds"] == [0, 3, 3, 4]


def test_a_part_is_read_when_first_asked_for_and_once():
    asked = []
    parts = columns(FOUND, NAMED)
    kept = Occurrences(lambda name: asked.append(name) or parts[name])
    assert asked == ["index"]
    kept.column("entity")
    kept.column("entity")
    assert asked == ["index", "entity"]
    assert kept.loaded == {"index", "entity"}


def _rows_before(found, documents, entities, wanted=None, labels=None):
    """mention_rows as it was written before `mention_table`: one dict per row."""
    rows = []
    for document, date in documents:
        for key, start, end, sentence, text in found.rows(document):
            row = entities[key]
            if (wanted is None or key in wanted) and (not labels or row["label"] in labels):
                rows.append({"document": document, "date": date, "entity": key,
                             "name": row["name"], "label": row["label"], "text": text,
                             "start": start, "end": end, "sentence": sentence})
    return rows


ENTITIES = ["per:a", "loc:b", "org:c", "per:d"]
SUMMARY = EntitySummary({"id": ENTITIES, "name": ["A", "B", "C", "D"],
                         "label": ["PER", "LOC", "ORG", "PER"]})


@given(st.dictionaries(
           st.sampled_from(["d1", "d2", "d3", "d4"]),
           st.lists(st.tuples(st.sampled_from(ENTITIES), st.integers(0, 50),
                              st.none() | st.integers(0, 3), st.text(max_size=3)),
                    max_size=5), max_size=4),
       st.lists(st.tuples(st.sampled_from(["d1", "d2", "d3", "d4", "d5"]),
                          st.none() | st.just("2020-01-02")), max_size=6),
       st.none() | st.sets(st.sampled_from(ENTITIES)),
       st.none() | st.sets(st.sampled_from(["PER", "LOC", "ORG"])))
def test_the_table_holds_the_rows_made_one_by_one(occurrences, documents, wanted, labels):
    found = {document: sorted([[key, start, start + 2, sentence, text]
                               for key, start, sentence, text in rows],
                              key=lambda row: (row[1], row[2]))
             for document, rows in occurrences.items()}
    kept = Occurrences(columns(found, SUMMARY).__getitem__)
    table = mention_table(kept, documents, wanted, labels)
    assert list(table) == _rows_before(kept, documents, SUMMARY, wanted, labels)
    assert table.fields == MENTION_FIELDS
    every = [(document, "2020") for document in kept.documents]  # read from the columns
    assert list(mention_table(kept, every)) == _rows_before(kept, every, SUMMARY)
