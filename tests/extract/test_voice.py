"""Être as the auxiliary of a past tense or of a passive; sentences written for each case."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.passives import passive_voice
from corpus_cli.extract.voice import etre_is_tense, object_of, takes_etre


def verb(nlp, text: str, lemma: str):
    return next(t for t in nlp(text) if t.lemma_ == lemma and t.pos_ in ("VERB", "AUX"))


@pytest.mark.parametrize(("text", "lemma"), [
    ("La ministre est arrivée lundi à Lisbonne.", "arriver"),
    ("Le président est parti mardi pour Vienne.", "partir"),
    ("Paul Hébert était intervenu samedi devant les députés.", "intervenir"),
    ("Claire Vautrin s'est rendue jeudi à Genève.", "rendre"),
    # a noun after a comma that the parse made an object is an apposition
    ("Paul Hébert s'en est pris à Laurent Vasseur, l'actuel patron des Républicains.",
     "prendre"),
    # the attribute of a verb of state, which the parse reads as an object
    ('Paul Hébert, qui est devenu dimanche un "héros" 24 heures après son acte spontané, a '
     "rencontré le chef de l'Etat en tête-à-tête.", "devenir"),
    ("Les huit blessés en sont ressortis le lendemain sans séquelle.", "ressortir"),
])
def test_etre_of_a_verb_of_motion_or_a_pronominal_verb_is_a_tense(nlp, text, lemma):
    found = verb(nlp, text, lemma)
    assert takes_etre(found)
    assert etre_is_tense(found)
    assert not passive_voice(found)


@pytest.mark.parametrize(("text", "lemma"), [
    ("Paul Hébert a été arrêté lundi par la police.", "arrêter"),
    ("Le texte a été voté mardi par les sénateurs.", "voter"),
    ("Le texte est passé par le Sénat mardi.", "passer"),
])
def test_a_passive_stays_passive(nlp, text, lemma):
    found = verb(nlp, text, lemma)
    assert not etre_is_tense(found)
    assert passive_voice(found)


def test_a_reflexive_the_parse_hangs_on_the_auxiliary_makes_a_tense(nlp):
    # The parse seen in an article: "s'" hung on "est", and "est" read aux:pass.
    words = ["Il", "s'", "est", "ensuite", "proposé", "mardi", "de", "revoir", "son", "cas", "."]
    heads = [4, 2, 4, 4, 4, 4, 7, 4, 9, 7, 4]
    deps = ["nsubj:pass", "expl:comp", "aux:pass", "advmod", "ROOT", "obl:mod", "mark",
            "xcomp", "det", "obj", "punct"]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps,
              lemmas=["il", "se", "être", "ensuite", "proposer", "mardi", "de", "revoir",
                      "son", "cas", "."],
              pos=["PRON", "PRON", "AUX", "ADV", "VERB", "NOUN", "ADP", "VERB", "DET", "NOUN",
                   "PUNCT"],
              morphs=["Person=3", "Person=3|Reflex=Yes", "VerbForm=Fin", "", "VerbForm=Part",
                      "", "", "VerbForm=Inf", "", "", ""])
    assert takes_etre(doc[4])
    assert not passive_voice(doc[4])


@pytest.mark.parametrize(("text", "expected"), [
    ("Paul Hébert a fait l'objet d'une enquête.", True),
    ("Paul Hébert a fait lundi l'objet d'une plainte.", True),
    ("Paul Hébert a fait un geste pour les salariés.", False),
    ("Paul Hébert a fait de l'objet un symbole.", False),
])
def test_faire_l_objet_de_is_a_passive_in_all_but_form(nlp, text, expected):
    assert object_of(verb(nlp, text, "faire")) is expected
