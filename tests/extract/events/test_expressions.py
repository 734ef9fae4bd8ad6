"""Verb-noun expressions type their event (data/events_expressions.txt). Sentences written for
each rule; the real mentions and dates layers run."""

from __future__ import annotations

import pytest

from corpus_cli import lexicon as wordfiles
from corpus_cli.extract import dates as date_layer
from corpus_cli.extract import mentions as mention_layer
from corpus_cli.extract.events import extract_events
from corpus_cli.extract.events.kinds import EXPRESSIONS_FILE, expressions
from corpus_cli.rows import EVENT_TYPES


@pytest.mark.parametrize(("text", "date_text", "expected"), [
    ("Paul Hébert a été mis en examen dimanche pour escroquerie.", "dimanche", "charge"),
    ("Paul Hébert a été placé en détention provisoire jeudi.", "jeudi", "coerce"),
    ("Claire Vautrin a été placée sous contrôle judiciaire mardi.", "mardi", "coerce"),
    ("Claire Vautrin a été placée en garde à vue mardi à Lyon.", "mardi", "arrest"),
    ("Le ministère a fait état lundi de douze cas, selon Marc Delorme.", "lundi",
     "public_statement"),
])
def test_an_expression_types_its_event(nlp, text, date_text, expected):
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    row = next(row for row in found if row["date_text"] == date_text)
    assert row["type"] == expected


def test_every_expression_line_is_read_with_a_known_type():
    lines = wordfiles.entries(EXPRESSIONS_FILE, "expressions")
    assert lines and len(expressions()) == len(lines)
    assert all(kind in EVENT_TYPES for kind, _ in expressions().values())
