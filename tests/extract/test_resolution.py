"""Which full name of its document a partial name stands for (extract/resolution.py)."""

from __future__ import annotations

from corpus_cli.extract.resolution import Mention, resolve


def mention(name: str, label: str, at: int) -> Mention:
    return Mention(at, at + len(name.split()), at * 10, at * 10 + len(name), label, name, [])


def test_a_place_is_the_surname_of_a_person_named_in_full():
    for name in ("Paul Verbrugge", "Nordahl Verbrugge"):  # a given name the tables lack too
        full, bare = mention(name, "PER", 0), mention("Verbrugge", "LOC", 5)
        resolve([full, bare])
        assert bare.resolved == name


def test_a_place_is_no_surname_of_a_name_the_model_took_for_a_person(nlp):
    # a site named after its town, or quoted words, tagged as a person: the town stays the
    # town (nlp: the lemmatizer's table says what a word of the language is); so does a
    # name tagged an organisation or a thing ("La Montclair" of a party, a cathedral)
    for name in ("Ouest24 Montclair", "Regardez Montclair", "Fondation Montclair"):
        for label in ("LOC", "ORG", "MISC"):
            site, town = mention(name, "PER", 0), mention("Montclair", label, 5)
            resolve([site, town])
            assert town.resolved is None


def test_a_name_headed_by_a_noun_is_a_things_whose_last_word_is_no_surname(nlp):
    # "Fondation Montclair" tagged a person gives no surname; "Rose Montclair" does: a given
    # name that is also a noun of the language
    thing, bare = mention("Fondation Montclair", "PER", 0), mention("Montclair", "PER", 5)
    resolve([thing, bare])
    assert bare.resolved is None
    person, bare = mention("Rose Montclair", "PER", 0), mention("Montclair", "PER", 5)
    resolve([person, bare])
    assert bare.resolved == "Rose Montclair"


def test_a_bare_surname_is_the_person_whose_rank_follows_it():
    full, bare = mention("Paul Hébert III", "PER", 0), mention("Hébert", "PER", 5)
    resolve([full, bare])
    assert bare.resolved == "Paul Hébert III"


def test_a_titled_surname_is_the_namesake_who_holds_that_title():
    chief = Mention(0, 3, 0, 30, "PER", "Kenji Sato", ["premier ministre japonais"])
    wife = Mention(5, 7, 50, 60, "PER", "Aiko Sato", [])
    titled = Mention(9, 10, 90, 94, "PER", "Sato", ["Premier ministre"])
    bare = Mention(12, 13, 120, 124, "PER", "Sato", [])
    resolve([chief, wife, titled, bare])
    assert (titled.resolved, bare.resolved) == ("Kenji Sato", "Aiko Sato")  # bare: the nearest


def test_a_surname_completing_a_kinship_noun_beside_its_relative_is_neither_s(nlp):
    # "le petit-fils du général X, Y X": the document names two people X, one in full; a
    # bare X may be the ancestor, so it goes to no one in the document
    from corpus_cli.extract.mentions import extract_mentions

    doc = nlp("La statue du général Mercier a été inaugurée samedi en présence du "
              "petit-fils du général Mercier, Yves Mercier. Le discours de Mercier fut relu.")
    bare = [m for m in extract_mentions(doc) if m["name"] == "Mercier"]
    assert len(bare) == 3 and all(m["resolved"] is None for m in bare)
    # a relative named apart from the kinship noun keeps the full name's surname
    doc = nlp("Yves Mercier est arrivé lundi à la mairie. Le fils de Mercier était là.")
    assert [m["resolved"] for m in extract_mentions(doc) if m["name"] == "Mercier"] == [
        "Yves Mercier"]
