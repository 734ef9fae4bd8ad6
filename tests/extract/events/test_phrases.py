"""The phrase that owns a date a clause holds (events/phrases.py), read on sentences written
for it with the real dates layer."""

from __future__ import annotations

import pytest

from corpus_cli.extract.dates import extract_dates
from corpus_cli.extract.events.phrases import (
    background_phrase,
    referred_phrase,
    restated_bound,
    source_phrase,
)
from tests.rows_for_tests import dated_row, trigger_row, triggers


def _row(doc, text: str) -> dict:
    return next(row for row in extract_dates(doc, "2020-05-04") if row["text"] == text)


@pytest.mark.parametrize(("owner", "text", "date", "phrase"), [
    # a day after a comma restating a bound's noun
    (restated_bound, "Avant l'expiration de son mandat, le 28 avril, Paul Hébert a signé un "
     "décret.", "28 avril", "Avant l'expiration de son mandat, le 28 avril"),
    # a date completing the noun "après" opens
    (background_phrase, "Paul Hébert a réagi après la mise en examen fin janvier de son "
     "directeur.", "fin janvier", "après la mise en examen fin janvier de son directeur"),
    # a date in a "selon" phrase
    (source_phrase, "Selon un article daté du 24 mars, la consigne vient du ministère.",
     "24 mars", "Selon un article daté du 24 mars"),
    # a date right after the act's noun a verb of referring takes
    (referred_phrase, "Paul Hébert a rappelé l'attentat de la rue Royale en 1995.", "1995",
     "l'attentat de la rue Royale en 1995"),
    # or of accusing of one
    (referred_phrase, "Son conseiller, accusé de violences sur des manifestants le 1er mai, a "
     "été licencié.", "1er mai", "de violences sur des manifestants le 1er mai"),
])
def test_a_phrase_owns_the_date_it_holds(nlp, owner, text: str, date: str, phrase: str) -> None:
    doc = nlp(text)
    found = owner(doc, _row(doc, date))
    assert found is not None and doc.text[found[0]:found[1]] == phrase


def test_a_day_on_the_clause_has_no_owning_phrase(nlp) -> None:
    doc = nlp("Paul Hébert a signé le 28 avril un décret.")
    row = _row(doc, "28 avril")
    assert (restated_bound(doc, row), background_phrase(doc, row), source_phrase(doc, row),
            referred_phrase(doc, row)) == (None, None, None, None)


def test_an_accusation_of_doing_gives_the_date_after_the_infinitive_to_the_act(nlp) -> None:
    doc = nlp("Claire Vautrin accuse Paul Hébert de l'avoir insultée en mars 2009 à Lyon.")
    found = referred_phrase(doc, _row(doc, "mars 2009"))
    # the parse splits the perfect infinitive in two complements: the act's word is held
    assert found is not None and doc.text[found[0]:found[1]].endswith("insultée en mars 2009")


def test_a_finite_accusation_keeps_its_own_date(nlp) -> None:
    doc = nlp("Claire Vautrin l'a accusé de violences cet été.")
    assert referred_phrase(doc, _row(doc, "cet été")) is None


def test_a_verb_of_referring_takes_no_date_of_the_act_it_refers_to(nlp) -> None:
    text = "Paul Hébert a rappelé l'attentat de la rue Royale en 1995."
    # the date is the act's that the verb makes known (announced.py), never the verb's
    assert triggers(nlp, text, date_text="1995") == ["attentat"]
    assert dated_row(nlp, "Paul Hébert a rappelé mardi l'attentat.", "mardi")["actors"] == [
        "Paul Hébert"]


def test_a_date_written_right_after_an_apres_phrase_s_noun_is_that_noun_s(nlp):
    # the parse hangs "en février" on the verb: it dates the rejection, not the appointment
    row = trigger_row(nlp, "Après le rejet en février par l'Assemblée d'un premier candidat, "
                           "le président avait nommé Hugo Ferrand.", "nommé")
    assert row["date_text"] is None
