"""Which words are events' triggers (extract/events/triggers.py). Sentences written for each
rule."""

from __future__ import annotations

from tests.rows_for_tests import layered


def test_a_noun_inside_a_preposition_it_builds_is_no_trigger(nlp):
    rows = layered(nlp, "Paul Hébert gagne deux points en mars par rapport au mois de février. "
                        "Le rapport de Claire Vautrin a été publié mardi.")
    # the report published is one; the comparison's "rapport" none
    assert [(row["trigger"], row["date_text"]) for row in rows
            if row["trigger"] == "rapport"] == [("rapport", "mardi")]


def test_en_revanche_is_no_event_even_as_its_clause_predicate(nlp):
    rows = layered(nlp, "Il sera en revanche candidat aux municipales à Lyon en 2020, a précisé "
                        "Paul Hébert. Claire Vautrin a pris sa revanche lundi à Lyon.")
    assert [row["date_text"] for row in rows if row["trigger"] == "revanche"] in ([], ["lundi"])


def test_a_compter_de_is_no_event(nlp):
    rows = layered(nlp, "Les trois questeurs souhaitaient y mettre un terme à compter du 1er "
                        "janvier 2018, selon Paul Hébert.")
    assert [row for row in rows if row["trigger"] == "compter"] == []
