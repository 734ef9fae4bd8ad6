"""Participles the tagger read as nouns or adjectives are given back their verb (the
`participles` pipeline component). Sentences written for the rule."""

from __future__ import annotations


def test_a_participle_with_an_agent_is_a_verb_with_its_infinitive(nlp):
    doc = nlp("Nommé par la ministre en septembre 2015, le directeur a quitté ses fonctions.")
    token = doc[0]
    assert (token.pos_, token.lemma_) == ("VERB", "nommer")
    assert token.morph.get("VerbForm") == ["Part"]


def test_nouns_and_adjectives_without_an_agent_keep_their_tags(nlp):
    doc = nlp("La réunion du conseil a été longue.")
    assert [t.pos_ for t in doc if t.text in ("réunion", "longue")] == ["NOUN", "ADJ"]


def test_the_component_runs_after_the_lemmatizer(nlp):
    names = nlp.pipe_names
    assert names.index("participles") > names.index("lemmatizer")


def test_a_future_read_as_a_participle_is_a_future(nlp):
    doc = nlp("Le 23 avril, Paul Hébert signera un accord avec Claire Vautrin.")
    token = next(t for t in doc if t.text == "signera")
    assert token.morph.get("Tense") == ["Fut"]
    assert token.morph.get("VerbForm") == ["Fin"]


def test_a_participle_keeps_its_tense(nlp):
    doc = nlp("Le 23 avril, Paul Hébert a signé un accord avec Claire Vautrin.")
    token = next(t for t in doc if t.text == "signé")
    assert token.morph.get("Tense") == ["Past"]


def test_the_future_endings_are_those_of_every_future():
    from corpus_cli.nlp.participles import _FUTURE

    assert all(_FUTURE.search(word) for word in ("signera", "pourra", "verra", "mettra",
                                                 "devra", "viendra", "finiront"))
    assert not any(_FUTURE.search(word) for word in ("déclara", "entra", "nommé", "signé"))
