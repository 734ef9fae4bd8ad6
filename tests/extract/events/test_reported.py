"""Dates around an incise of reporting (extract/events/reported.py): the words it reports keep
their dates, the report its own. Sentences written for each rule."""

from __future__ import annotations

import pytest

from .test_floor import rows


@pytest.mark.parametrize(("text", "reporter", "date_text"), [
    # after the outlet and a comma, the date is the report's; the reported act stays undated
    ("Le suspect avait envoyé une lettre de menaces à Paul Hébert, révèle Le Journal du Centre, "
     "ce mardi 9 mars.", "révéler", "mardi 9 mars"),
    ("Les élèves de Lyon se verront proposer un cours de Paul Hébert a relevé Le Journal du "
     "Centre, mardi 9 mars.", "relever", "mardi 9 mars"),
])
def test_a_date_after_an_inverted_report_dates_the_report_only(nlp, text, reporter,
                                                               date_text) -> None:
    assert [row["lemma"] for row in rows(nlp, text) if row["date_text"] == date_text] == [
        reporter]


@pytest.mark.parametrize(("text", "lemma"), [
    ("Paul Hébert n'a été prévenu qu'en début de semaine dernière, ajoute le quotidien "
     "régional.", "ajouter"),
    # the reporter's complements after it; a subject the parse also read before it
    ("Pour le reste, la baisse se déploiera sur trois années, soit un premier tiers en 2021, un "
     "deuxième en 2022 et le dernier en 2023, avait précisé le président du syndicat.",
     "préciser"),
    # the reported words run on after the quotation, to an incise whose subject is a pronoun
    ("Ensuite, \"le premier réflexe de la direction est de dire que les grévistes ne sont pas "
     "les bienvenus\" dans les ateliers le 5 décembre, a-t-il regretté.", "regretter"),
])
def test_a_report_in_incise_takes_no_date_from_before_its_comma(nlp, text, lemma) -> None:
    assert not [row for row in rows(nlp, text) if row["lemma"] == lemma and row["date_text"]]
