"""Mentions given to their entities, as the entity table merged them."""

from __future__ import annotations

from corpus_cli.aggregate.entities import MentionKeys, consolidate, key_index
from corpus_cli.aggregate.mentions import mention_rows, occurrences


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
    table = {e.id: e.to_row() for e in entities}
    rows = mention_rows(found, [("d2", "2020-01-01"), ("d1", None)], table)
    assert [(r["document"], r["text"], r["start"]) for r in rows] == [
        ("d2", "Brekke", 0), ("d1", "Olav Brekke", 0), ("d1", "Brekke", 20)]
    assert mention_rows(found, [("d1", None)], table, wanted={"loc:x"}) == []
