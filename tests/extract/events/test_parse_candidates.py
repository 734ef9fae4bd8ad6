"""Candidates and their people read from the parse where the dates layer or the names leave a
gap: a fronted date the parse left hanging, an outlet inverted after its verb, a described
agent of a passive, a pronoun subject under a modal. Sentences written for each rule."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.tokens import Doc

from corpus_cli.extract import dates as date_layer
from corpus_cli.extract import mentions as mention_layer
from corpus_cli.extract.events import extract_events
from corpus_cli.extract.events.candidates import date_token
from tests.rows_for_tests import date_row


def dated(nlp, text: str, reference: str = "2021-03-10") -> list[dict[str, Any]]:
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, reference))
    return [row for row in found if row["date"] is not None]


def test_a_fronted_date_the_parse_left_hanging_dates_the_main_verb_not_the_relative(nlp):
    # The parse the model gives such sentences at times, built by hand: the date's noun is the
    # root, the subject and the main verb its conjuncts, the relative clause on the subject.
    words = ["Fin", "mai", ",", "une", "passante", "qui", "marchait", ",", "avait", "été",
             "frappée", "."]
    heads = [0, 0, 4, 4, 0, 6, 4, 10, 10, 10, 0, 0]
    deps = ["ROOT", "nmod", "punct", "det", "conj", "nsubj", "acl:relcl", "punct",
            "aux:tense", "aux:pass", "conj", "punct"]
    pos = ["NOUN", "NOUN", "PUNCT", "DET", "NOUN", "PRON", "VERB", "PUNCT", "AUX", "AUX",
           "VERB", "PUNCT"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)
    row = {"start": 0, "end": len("Fin mai"), "attached_start": None}
    token = date_token(doc, row)
    assert token is not None and token.text == "frappée"


def test_an_outlet_inverted_after_its_verb_is_the_actor_of_the_publication(nlp):
    text = ("Un homme âgé de 45 ans a frappé les pompiers venus pour le secourir, révèle mardi 2 "
            "mars La Voix de l'Est.")
    row = next(r for r in dated(nlp, text) if r["lemma"] == "révéler")
    assert row["type"] == "publication"
    assert row["actors"] == ["La Voix de l'Est"]


def test_the_described_agent_of_a_passive_acts(nlp):
    text = "Le tireur a été neutralisé le 2 mars par les forces de l'ordre."
    row = next(r for r in dated(nlp, text) if r["lemma"] == "neutraliser")
    assert row["actors"] == ["les forces de l'ordre"]
    assert row["targets"] == ["Le tireur"]


def test_a_pronoun_subject_of_a_modal_is_the_subject_of_the_verb_it_governs(nlp):
    text = ("Une femme de 45 ans a été interpellée samedi à Dole. Selon les enquêteurs, elle "
            "devrait être présentée lundi 8 mars à un juge.")
    row = next(r for r in dated(nlp, text) if r["date_text"] == "lundi 8 mars")
    assert row["targets"][:1] == ["Une femme de 45 ans"]


def test_a_date_inside_a_quotation_is_not_the_date_of_the_verb_of_saying_outside_it(nlp):
    text = ("Marc Delorme a prévenu les élus : \"Dans dix ans, la ville aura doublé\", "
            "selon le maire.")
    doc = nlp(text)
    found = extract_events(doc, mention_layer.extract_mentions(doc),
                           date_layer.extract_dates(doc, "2021-03-10"))
    assert all(row["date_text"] != "Dans dix ans" for row in found
               if row["lemma"] == "prévenir")


def test_a_tally_since_a_day_dates_no_event(nlp):
    text = "Selon le ministère, les pluies ont tué 30 personnes à Vira depuis vendredi."
    assert all(row["date_text"] != "vendredi" for row in dated(nlp, text))


def test_a_things_date_in_its_de_complement_does_not_date_the_verb(nlp):
    text = "Le comité Delta a diffusé la vidéo du 3 février sur son site."
    assert all(row["date_text"] != "3 février" or row["lemma"] != "diffuser"
               for row in dated(nlp, text))


@pytest.mark.parametrize(("text", "trigger", "event_type", "actors"), [
    # a listed event noun, subject of a modal whose infinitive is its support verb
    ("Le sommet entre Paul Hébert et Luc Barre devrait se tenir mercredi à Genève.", "sommet",
     "consult", ["Paul Hébert", "Luc Barre"]),
    ("La rencontre entre Paul Hébert et Luc Barre va se dérouler jeudi.", "rencontre",
     "consult", ["Paul Hébert", "Luc Barre"]),
    # an event noun the date's verb carries through the modal's subject; its people meet
    ("La réunion des ministres de Valmy doit avoir lieu jeudi à Lyon.", "réunion", "consult",
     ["ministres de Valmy"]),
])
def test_an_event_noun_subject_of_a_modal_is_held_by_the_infinitive(nlp, text, trigger,
                                                                     event_type, actors):
    found = dated(nlp, text)
    assert [(row["trigger"], row["type"], row["status"], row["actors"]) for row in found] == [
        (trigger, event_type, "planned", actors)]


def test_a_date_the_parse_reads_as_a_clause_yields_to_the_verbs_own_date(nlp):
    # The parse the model gives such sentences at times, built by hand: the subordinate
    # clause's "dimanche" hung on the main verb as an advcl, beside the main verb's own date.
    words = ["Alors", "que", "Luc", "Barre", "a", "critiqué", "dimanche", "Claire", "Vautrin",
             ",", "le", "ministre", "a", "répondu", "lundi", "8", "mars", "."]
    heads = [5, 0, 5, 2, 5, 13, 13, 5, 7, 13, 11, 13, 13, 13, 13, 14, 15, 13]
    deps = ["mark", "fixed", "nsubj", "flat:name", "aux:tense", "advcl", "advcl", "obj",
            "flat:name", "punct", "det", "nsubj", "aux:tense", "ROOT", "obl:mod", "nmod", "nmod",
            "punct"]
    pos = ["ADV", "SCONJ", "PROPN", "PROPN", "AUX", "VERB", "NOUN", "PROPN", "PROPN", "PUNCT",
           "DET", "NOUN", "AUX", "VERB", "NOUN", "NUM", "NOUN", "PUNCT"]
    lemmas = ["alors", "que", "Luc", "Barre", "avoir", "critiquer", "dimanche", "Claire",
              "Vautrin", ",", "le", "ministre", "avoir", "répondre", "lundi", "8", "mars", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos, lemmas=lemmas)
    dates = [date_row(doc, "dimanche", "2021-03-07", attached_to="répondu"),
             date_row(doc, "lundi 8 mars", "2021-03-08", attached_to="répondu")]
    found = extract_events(doc, [], dates)
    row = next(row for row in found if row["trigger"] == "répondu")
    assert row["date_text"] == "lundi 8 mars"


def test_the_described_agent_hung_on_the_date_s_number_acts(nlp):
    # the parse hangs "par les juges" on the "6" of "le 6 décembre"
    text = ("L'ancien candidat à l'élection doit être entendu le 6 décembre prochain par les juges "
            "d'instruction du pôle financier.")
    row = next(r for r in dated(nlp, text) if r["lemma"] == "entendre")
    assert row["actors"] == ["les juges d'instruction du pôle financier"]


@pytest.mark.parametrize("text", [
    "Ce matin, il y a une jeune femme qui était en CDD, on lui a trouvé un emploi.",
    "Selon Paul Hébert, il y a aujourd'hui une impasse au conseil municipal.",
])
def test_il_y_a_with_a_date_tells_no_act(nlp, text):
    assert not [row for row in dated(nlp, text) if row["trigger"] in ("a", "y a", "avoir")]


def test_a_presence_with_etre_and_a_date_stays_a_visit(nlp):
    rows = dated(nlp, "Paul Hébert était lundi à Genève.")
    assert [row["actors"] for row in rows] == [["Paul Hébert"]]


def test_the_subject_of_a_causative_faire_under_its_infinitive_acts(nlp):
    # the parse hangs "fait" and its subject under "savoir"; the fronted years leave the
    # clause to the floor, which reads the described subject there too
    rows = dated(nlp, "En 2017 et 2018, le maire de Cerville avait fait savoir qu'il n'avait "
                      "pas payé sa cotisation.", "2019-01-03")
    assert rows and all(row["actors"] == ["le maire de Cerville"] for row in rows)


@pytest.mark.parametrize(("text", "trigger", "date_text"), [
    ("Les rebelles mènent depuis le 9 octobre une offensive dans le nord du pays.", "offensive",
     "9 octobre"),
    ("Les cheminots sont en grève depuis le 5 décembre.", "grève", "5 décembre"),
    # a month too for the state a passive tells: the act that put them there
    ("Depuis février 2018, Paul Hébert est mis en examen pour fraude, pour des faits dénoncés "
     "par une élue en 2012.", "examen", "février 2018"),
    ("Paul Hébert est incarcéré depuis mars 2018 à la prison de Lyon.", "incarcéré",
     "mars 2018"),
])
def test_depuis_and_a_day_on_an_act_that_lasts_dates_its_start(nlp, text, trigger, date_text):
    assert [row["date_text"] for row in dated(nlp, text, "2019-10-13")
            if row["trigger"] == trigger] == [date_text]


def test_depuis_and_a_day_on_an_untyped_measure_dates_nothing(nlp):
    assert not dated(nlp, "Le chômage baisse depuis le 3 mars selon Paul Hébert.", "2019-10-13")


def test_depuis_and_a_month_on_an_active_state_dates_nothing(nlp):
    assert not dated(nlp, "Paul Hébert dirige le club depuis mars 2018.", "2019-10-13")


def test_a_date_in_a_fronted_adjective_phrase_dates_no_act_of_the_main_clause(nlp):
    assert not dated(nlp, "Touchée en son sein le 3 octobre 2019, la préfecture de Lyon va "
                          "demander la radiation de trois fonctionnaires.", "2019-10-10")


def test_a_date_between_an_auxiliary_and_its_participle_dates_the_participle_s_act(nlp):
    # "avoir en 2013 frappé": the parse makes "frappé" the complement of "avoir"
    found = dated(nlp, "En février 2018, Claire Vautrin avait été condamnée en appel à 20 ans "
                       "de réclusion pour avoir en 2013 frappé à mort un voisin.", "2018-12-12")
    row = next(r for r in found if r["date_text"] == "2013")
    assert (row["trigger"], row["type"]) == ("frappé", "assault")


@pytest.mark.parametrize(("text", "date_text", "trigger", "kind"), [
    # the modal the date hangs on tells no act: the verb it governs does
    ("Finalement, vers 19h30, les policiers ont pu interpeller le suspect à Lyon.",
     "vers 19h30", "interpeller", "arrest"),
    # and the modal's subject makes the expression with it
    ("Les deux textes doivent être examinés par les députés à partir du 17 février.",
     "17 février", "examinés", "other"),
])
def test_a_modal_s_date_dates_the_verb_it_governs(nlp, text, date_text, trigger, kind):
    row = next(r for r in dated(nlp, text, "2020-02-10") if r["date_text"] == date_text)
    assert (row["trigger"], row["type"]) == (trigger, kind)
