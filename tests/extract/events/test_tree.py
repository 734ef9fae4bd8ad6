"""The parse helpers of the events layer, on parses written by hand where the model's parse
of a sentence varies with its names."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.tree import (
    _Mentions,
    beyond_locution,
    describes_person,
    locution_participle,
    object_read_as_subject,
)
from tests.rows_for_tests import layered

# "Invité de Radio Nord lundi, Paul Hébert a défendu sa position." as the model once parsed
# a sentence of this shape: the medium's last word a verb and the root, the real verb its conj.
_WORDS = ["Invité", "de", "Radio", "Nord", "lundi", ",", "Paul", "Hébert", "a", "défendu", "sa",
          "position", "."]
_HEADS = [3, 2, 0, 3, 3, 3, 9, 6, 9, 3, 11, 9, 3]
_DEPS = ["dep", "case", "nmod", "ROOT", "obl:mod", "punct", "nsubj", "flat:name", "aux:tense",
         "conj", "det", "obj", "punct"]
_POS = ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "DET",
        "NOUN", "PUNCT"]


def test_a_name_s_word_parsed_as_the_root_verb_yields_the_verb_coordinated_to_it(nlp):
    doc = Doc(nlp.vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS)
    rows = [{"start": doc[2].idx, "end": doc[3].idx + len("Nord"), "label": "ORG",
             "name": "Radio Nord"}]
    assert _Mentions(doc, rows).outside_name(doc[3]).text == "défendu"


def _doc(nlp, words, heads, deps, pos):
    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, pos=pos)


def test_a_noun_a_name_is_hung_on_after_a_comma_describes_that_name(nlp):
    # "Critique de Lyon, Paul Hébert a parlé." with the name hung on the fronted noun
    doc = _doc(nlp, ["Critique", "de", "Lyon", ",", "Paul", "Hébert", "a", "parlé", "."],
               [7, 2, 0, 0, 0, 4, 7, 7, 7],
               ["nsubj", "case", "nmod", "punct", "nmod", "flat:name", "aux:tense", "ROOT",
                "punct"],
               ["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "PUNCT"])
    rows = [{"start": doc[4].idx, "end": doc[5].idx + len("Hébert"), "label": "PER",
             "name": "Paul Hébert"}]
    assert describes_person(doc[0], _Mentions(doc, rows))


def test_a_noun_a_preposition_opens_describes_no_one(nlp):
    # "Après la tuerie de Lyon, Paul Hébert a fui." with the same misreading
    doc = _doc(nlp, ["Après", "la", "tuerie", "de", "Lyon", ",", "Paul", "Hébert", "a", "fui",
                     "."],
               [2, 2, 9, 4, 2, 2, 2, 6, 9, 9, 9],
               ["case", "det", "obl:mod", "case", "nmod", "punct", "nmod", "flat:name",
                "aux:tense", "ROOT", "punct"],
               ["ADP", "DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB",
                "PUNCT"])
    rows = [{"start": doc[6].idx, "end": doc[7].idx + len("Hébert"), "label": "PER",
             "name": "Paul Hébert"}]
    assert not describes_person(doc[2], _Mentions(doc, rows))


def _infinitive_doc(nlp, governor: str):
    # "Elle dit avoir prévenu Paul." / "Elle a fait venir Paul." with Paul read as a subject
    words = ["Elle", governor, "avoir", "prévenu", "Paul", "."]
    doc = _doc(nlp, words, [1, 1, 3, 1, 3, 1],
               ["nsubj", "ROOT", "aux:tense", "xcomp", "nsubj", "punct"],
               ["PRON", "VERB", "AUX", "VERB", "PROPN", "PUNCT"])
    doc[1].lemma_ = {"dit": "dire", "fait": "faire"}[governor]
    doc[2].set_morph("VerbForm=Inf")
    return doc


def test_a_subject_after_an_infinitive_is_its_object_misread_but_not_after_a_causative(nlp):
    assert object_read_as_subject(_infinitive_doc(nlp, "dit")[4])
    assert not object_read_as_subject(_infinitive_doc(nlp, "fait")[4])


@pytest.mark.parametrize("text", [
    # the attack is what the clause's subject speaks of, uses or sits in the trial of
    "Lors d'un meeting à Lyon, Paul Hébert a de nouveau évoqué les attentats du 3 mars 2015 "
    "pour défendre sa réforme.",
    "Claire Vautrin a-t-elle sa place au procès des attentats de janvier 2015 ?",
    # the attack is the background of the clause
    "Depuis l'attentat du 14 juillet, le gouvernement fait face à de nombreuses critiques.",
])
def test_an_attack_takes_no_author_from_its_sentence(nlp, text):
    rows = [row for row in layered(nlp, text, "2019-08-07")
            if row["type"] in ("assault", "mass_violence")]
    assert [(row["actors"], row["status"]) for row in rows] == [([], "occurred")]


@pytest.mark.parametrize(("text", "author"), [
    # the author the clause says commits it
    ("Le groupe Front du Nord a commis les attentats du 3 mars 2015.", "Front du Nord"),
    ("Le 3 mars 2015, les attentats de l'organisation Jaych al-Nour ont fait 30 morts.",
     "Jaych al-Nour"),
    # a noun of its authors names them
    ("Paul Hébert, l'auteur de l'attaque du 3 mars, a été condamné.", "Paul Hébert"),
])
def test_an_attack_s_stated_author_acts(nlp, text, author):
    row = next(row for row in layered(nlp, text, "2019-08-07")
               if row["type"] in ("assault", "mass_violence"))
    assert author in " ".join(row["actors"])


def test_a_spell_of_time_as_subject_is_no_act(nlp):
    rows = layered(nlp, "Une semaine décisive s'ouvre lundi pour Paul Hébert à Lyon.")
    assert [row for row in rows if row["date_text"] == "lundi"] == []


@pytest.mark.parametrize(("text", "day"), [
    # a fronted time is no subject, nor a time after the verb, nor a passive's thing
    ("Cette année, le congrès de Paul Hébert aura lieu le 22 juin à Lyon.", "22 juin"),
    ("\"C'est faux\", a dénoncé le mois dernier le délégué Paul Hébert.", "le mois dernier"),
    ("Ce nouveau jour férié avait été voté par le Parlement de Paul Hébert en décembre.",
     "décembre"),
])
def test_a_time_the_parse_reads_as_a_subject_leaves_the_act(nlp, text, day):
    assert [row for row in layered(nlp, text) if row["date_text"] == day]


def test_a_participle_closing_a_bare_prepositional_noun_is_a_locution(nlp):
    doc = nlp("Des milliers de partisans sont descendus dans la rue en ordre dispersé lundi.")
    word = next(t for t in doc if t.text == "dispersé")
    assert locution_participle(word) and beyond_locution(word).text == "ordre"
    doc = nlp("Les manifestants arrêtés lundi ont été libérés.")
    assert not locution_participle(next(t for t in doc if t.text == "arrêtés"))
    doc = nlp("Le collectif se désolidarise des violences commises samedi à Paris.")
    assert not locution_participle(next(t for t in doc if t.text == "commises"))
