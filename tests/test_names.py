"""Mentions per document and entities per corpus, on short texts and hand-made rows.

Every person and organisation here is invented; places are ones the seed articles never name.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from corpus_cli.aggregate.entities import (
    vote,
)
from corpus_cli.names import (
    abbreviation_of,
    fold,
    given_name_gender,
    given_relation,
    is_demonym,
    name_key,
    other_gender,
    person_name,
    thing_determiners,
    thing_nouns,
)

SEEDS = Path(__file__).resolve().parent.parent / "seeds"

# --- helpers ----------------------------------------------------------------------------------


# --- names --------------------------------------------------------------------------------------


def test_a_things_noun_gives_the_label_of_its_section():
    nouns = thing_nouns()
    assert (nouns["série"], nouns["constructeurs"], nouns["rue"]) == ("MISC", "ORG", "LOC")
    assert "cette" in thing_determiners() and "cette" not in nouns


def test_fold():
    assert fold("Jean-Marc  d’Ormesson") == fold("jean marc d'ormesson") == "jean marc d ormesson"
    assert fold("ÉTATS-UNIS") == fold("Etats Unis")
    assert fold("O.N.U.") == "onu"


@pytest.mark.parametrize(("a", "b"), [
    ("Nikolaï", "Nikolai"), ("Nikolai", "Nikolay"), ("Dmitri", "Dimitri"), ("Dmitri", "Dmitry"),
    ("Sergueï", "Sergei"), ("Sergei", "Sergey"), ("Iouri", "Youri"), ("Hassan", "Hasan"),
    ("Aleksandr", "Alexandre"), ("Vladimir", "Wladimir"),
])
def test_first_name_transliterations_are_variants(a, b):
    assert given_relation((a,), (b,)) == "same"


@pytest.mark.parametrize(("a", "b"), [
    ("Anna", "Boris"), ("Martin", "Martine"), ("Christian", "Christiane"), ("Eric", "Erica"),
    ("Jean", "Joan"), ("Marie", "Mario"), ("Éléonore", "Léonore"),
])
def test_different_first_names_are_not_variants(a, b):
    assert given_relation((a,), (b,)) is None


def test_initials_and_fewer_given_names_are_shorter_forms():
    assert given_relation(("S.",), ("Sergueï",)) == "shorter"
    assert given_relation(("J.-P.",), ("Jean-Pierre",)) == "shorter"
    assert given_relation(("Jean",), ("Jean", "Paul")) == "shorter"
    assert given_relation(("Anne",), ("Rachel", "Anne")) is None
    assert given_relation(("Grégoire",), ("G.",)) == "shorter"  # either way round
    assert given_relation(("J.",), ("Jean-Pierre",)) == "shorter"


def test_a_compound_given_name_is_one_name():
    # a middle initial is written in full: "George W." is not "George H. W." shortened
    assert given_relation(("Jean", "P."), ("Jean", "T.", "P.")) is None
    assert given_relation(("Jean",), ("Jean", "T.", "P.")) == "shorter"
    # "Alain" beside "Alain-Fabien" is another person (often the father), not a shorter form
    assert given_relation(("Alain",), ("Alain-Fabien",)) is None
    assert given_relation(("Fabien",), ("Alain-Fabien",)) is None
    assert not abbreviation_of(("Marc",), ("Marc-Olivier",))
    assert given_relation(("Marc-Olivier",), ("Marc-Olivier", "Paul")) == "shorter"


def test_surname_transliterations_share_a_key():
    assert name_key("Orlovtchev", surname=True) == name_key("Orlovchev", surname=True)
    assert name_key("Karouchev", surname=True) == name_key("Karushev", surname=True)
    assert name_key("Sobanine", surname=True) == name_key("Sobanin", surname=True)


def test_person_name():
    assert person_name("Yann Le Gall").surname == ("Le", "Gall")
    assert person_name("Charles de Valmont").given == ("Charles",)
    assert person_name("Le Gall").given == ()
    assert person_name("Harald V").surname == ()
    # a family's rank after a given name and a surname: the surname is the one before it
    assert person_name("Paul Hébert III").surname == ("Hébert",)
    assert person_name("Paul Hébert Jr").given == ("Paul",)
    assert not person_name("Santé publique Nord").full


def test_vote_ties_go_to_person_then_organisation():
    assert vote({"LOC": 2, "PER": 2}) == "PER"
    assert vote({"LOC": 1, "ORG": 1, "MISC": 1}) == "ORG"
    assert vote({"LOC": 3, "PER": 1}) == "LOC"




@pytest.mark.parametrize(("given", "gender"), [
    ("Valérie", "Fem"), ("Léonard", "Masc"), ("Édouard", "Masc"), ("Jean-Luc", "Masc"),
    # given to both, or unknown: no answer
    ("Dominique", None), ("Claude", None), ("Zorglub", None),
])
def test_a_given_name_tells_a_gender_only_when_nearly_always_one(given, gender):
    assert given_name_gender(given) == gender


@pytest.mark.parametrize(("titles", "name", "other"), [
    ({"mme"}, "Paul Vasseur", True),
    ({"madame"}, "Lucie Vasseur", False),
    ({"m."}, "Lucie Vasseur", True),
    ({"monsieur"}, "Dominique Vasseur", False),  # a name of either sex says nothing
    ({"ministre"}, "Paul Vasseur", False),  # nor does a title of either
    ({"m."}, "Andrea Vasseur", False),  # nor a name France gives to both
    ({"mrs"}, "Paul Vasseur", True),  # English civilities say a gender too
    ({"mr"}, "Lucie Vasseur", True),
])
def test_a_title_of_one_gender_before_a_given_name_of_the_other_is_someone_else(
        titles, name, other):
    assert other_gender(titles, name) is other


def test_a_given_name_of_either_sex_is_a_given_name_and_a_word_is_not():
    from corpus_cli.names import is_given_name

    assert is_given_name("Nicole") and is_given_name("Dominique") and is_given_name("Édouard")
    assert not is_given_name("Culture") and not is_given_name("Vautrin")


@pytest.mark.parametrize(("word", "demonym"), [
    ("Libanais", True), ("Franco-libanais", True), ("germano-américaine", True),
    ("Afro-Américain", True),
    # a prefix that is no people's, a name with a demonym in it
    ("pro-russe", False), ("Jean-Libanais", False), ("Saint-Martin", False),
])
def test_a_demonym_may_join_two_peoples(word, demonym):
    assert is_demonym(word) is demonym
