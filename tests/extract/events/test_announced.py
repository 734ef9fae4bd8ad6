"""Acts announced or called for: the date after the act is the act's, its performer is who
announced or called for it, and the announcement is dated only by its own words. Sentences
written for the rule; the real mentions and dates layers run."""

from __future__ import annotations

from spacy.tokens import Doc

from corpus_cli.extract.events.announced import called_for, complement
from tests.rows_for_tests import layered


def by_trigger(nlp, text: str, reference: str = "2021-02-10") -> dict[str, dict]:
    return {row["trigger"]: row for row in layered(nlp, text, reference)}


def test_a_strike_called_for_takes_the_date_and_the_callers_as_actors(nlp) -> None:
    rows = by_trigger(nlp, "Les syndicats ont appelé à une journée de grève le 5 mars.")
    strike = rows["grève"]
    assert (strike["date_text"], strike["actors"], strike["status"]) == (
        "5 mars", ["Les syndicats"], "planned")
    assert all(row["date_text"] is None for trigger, row in rows.items() if trigger != "grève")


def test_an_announced_resignation_is_dated_and_the_announcement_is_not(nlp) -> None:
    rows = by_trigger(nlp, "Jean Dupont a annoncé sa démission le 15 février.")
    assert (rows["démission"]["date_text"], rows["démission"]["actors"]) == (
        "15 février", ["Jean Dupont"])
    assert rows["annoncé"]["date_text"] is None


def test_the_announcement_keeps_its_own_date_and_the_visit_its_own(nlp) -> None:
    rows = by_trigger(nlp, "Le ministre a annoncé lundi une visite à Rome le 3 mars.")
    assert rows["annoncé"]["date_text"] == "lundi"
    assert (rows["visite"]["date_text"], rows["visite"]["actors"]) == ("3 mars", ["Le ministre"])


def test_a_date_after_a_comma_closing_the_announced_act_is_the_announcements(nlp) -> None:
    rows = by_trigger(nlp, "Paul Hébert a annoncé sa candidature à la présidence du parti "
                           "dans un entretien au Courrier du Sud, ce dimanche 7 février.")
    assert (rows["annoncé"]["date_text"], rows["annoncé"]["status"]) == (
        "dimanche 7 février", "occurred")
    assert by_trigger(nlp, "Jean Dupont a annoncé sa démission le 15 février.")[
        "démission"]["date_text"] == "15 février"


def test_an_infinitive_called_for_is_planned(nlp) -> None:
    rows = by_trigger(nlp, "Le syndicat Force ouvrière a appelé à manifester samedi.")
    assert (rows["manifester"]["date_text"], rows["manifester"]["status"]) == ("samedi",
                                                                               "planned")


def test_whom_a_call_addresses_performs_the_act_called_for(nlp) -> None:
    # object control: the addressed, not the caller, performs the infinitive
    rows = by_trigger(nlp, "Le Parti vert et les libéraux ont appelé leurs sympathisants à "
                           "manifester dimanche contre le gouvernement.")
    assert (rows["manifester"]["date_text"], rows["manifester"]["actors"]) == (
        "dimanche", ["leurs sympathisants"])
    rows = by_trigger(nlp, "Paul Hébert a invité Claire Vautrin à venir le 12 juin à Lyon.")
    assert rows["venir"]["actors"] == ["Claire Vautrin"]
    # with no one addressed, the caller performs it
    rows = by_trigger(nlp, "Le syndicat a appelé à manifester jeudi.")
    assert rows["manifester"]["actors"] == ["Le syndicat"]


def test_the_one_accused_of_an_act_performs_it(nlp) -> None:
    rows = by_trigger(nlp, "Un passant accuse Paul Hébert de l'avoir frappé le 1er mai à Lyon.")
    assert (rows["frappé"]["date_text"], rows["frappé"]["actors"]) == ("1er mai", ["Paul Hébert"])
    rows = by_trigger(nlp, "Une journaliste accuse l'ancien ministre de lui avoir menti fin 2018.")
    assert rows["menti"]["actors"] == ["l'ancien ministre"]




def test_an_infinitive_with_a_the_parse_hung_as_an_adverbial_is_the_act_called_for(nlp) -> None:
    # "Claire Vautrin a appelé, dans un discours, les Canadiens à voter." as the model once
    # parsed a sentence of this shape: the infinitive an adverbial, its addressee its subject
    words = ["Claire", "Vautrin", "a", "appelé", ",", "dans", "un", "discours", ",", "les",
             "Canadiens", "à", "voter", "."]
    heads = [3, 0, 3, 3, 3, 7, 7, 3, 12, 10, 12, 12, 3, 3]
    deps = ["nsubj", "flat:name", "aux:tense", "ROOT", "punct", "case", "det", "obl:mod",
            "punct", "det", "nsubj", "mark", "advcl", "punct"]
    pos = ["PROPN", "PROPN", "AUX", "VERB", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "DET",
           "NOUN", "ADP", "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos,
              lemmas=[w.lower() for w in words],
              morphs=["VerbForm=Inf" if w == "voter" else "" for w in words])
    doc[3].lemma_ = "appeler"
    assert complement(doc[3]).text == "voter"
    assert called_for(doc[12])
