"""Bounded property tests (seconds) of the model-free layers: the JSON Lines reader, cleaning,
metadata. Whatever the input, they return, with text that can be written as UTF-8."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.documents.cleaning import clean
from corpus_cli.documents.metadata import describe
from corpus_cli.documents.read import parse_jsonl

TEXT = st.text(st.characters(codec=None), max_size=300)
FRENCH = st.lists(st.sampled_from(["Publié le 3 mars 2016", "VIDÉO.", "Le ministre", "?", "\n",
                                   "\n\n", "© Le Monde", "Par Anne Roche", "|", "mardi", " "]),
                  max_size=30).map(" ".join)


@settings(max_examples=150, deadline=None)
@given(st.one_of(TEXT, FRENCH))
def test_cleaning_keeps_the_length_and_metadata_returns(text):
    cleaned = clean(text, frozenset())
    assert len(cleaned.text) == len(text)
    described = describe(text, cleaned, "2016-12-15-x.txt")
    for value in (described.title, described.date, described.source):
        assert value is None or isinstance(value, str)


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(["id", "text", "date", "title", "x"]),
                       st.one_of(TEXT, st.integers(), st.none(), st.lists(TEXT, max_size=2))))
def test_any_json_line_is_a_document_or_a_reported_error(record):
    errors = []
    line = json.dumps(record)  # ensure_ascii: lone surrogates travel as \\ud800 escapes
    for document in parse_jsonl([line], "f.jsonl", errors.append):
        json.dumps([document.id, document.text, document.title, document.meta],
                   ensure_ascii=False).encode("utf-8")
    assert len(errors) <= 1
