"""Who a mention stands for: bare surnames by the document's majority, common nouns, roles."""

from __future__ import annotations

from corpus_cli.aggregate.attribution import clean_roles, reattributed
from corpus_cli.aggregate.entities import consolidate


def row(name: str, label: str = "PER", document: str = "d1", resolved: str | None = None,
        roles: tuple[str, ...] = ()):
    return {"name": name, "label": label, "document": document, "resolved": resolved,
            "roles": list(roles), "start": 0, "end": len(name), "text": name, "sentence": 0}


def entity(entities, name):
    return next(e for e in entities if e.name == name)


def test_bare_surname_goes_to_the_document_majority_not_the_nearest_namesake():
    rows = [row("Paul Vasseur"), row("Paul Vasseur"), row("Lucie Vasseur"),
            row("Vasseur", resolved="Lucie Vasseur")]  # the extractor took the nearest
    bare = list(reattributed(rows))[-1]
    assert (bare["resolved"], bare["preferred"]) == (None, "Paul Vasseur")
    paul = entity(consolidate(rows), "Paul Vasseur")
    assert paul.mentions == 3
    assert paul.ambiguous_with == []


def test_a_title_that_says_a_gender_only_one_namesake_has_is_theirs():
    rows = [row("Paul Vasseur"), row("Paul Vasseur"), row("Lucie Vasseur"),
            row("Vasseur", roles=("Mme",)), row("Vasseur", roles=("M.",))]
    madame, monsieur = list(reattributed(rows))[-2:]
    assert (madame["resolved"], monsieur["resolved"]) == ("Lucie Vasseur", "Paul Vasseur")


def test_a_bare_surname_goes_to_the_namesake_who_spells_it_alike():
    # a transliteration key joins Ibarra and Ybarra; the bare form is spelt as hers
    rows = [row("Luis Ybarra"), row("Luis Ybarra"), row("Ana Ibarra"),
            row("Ibarra", roles=("Mme",))]
    bare = list(reattributed(rows))[-1]
    assert bare["resolved"] == "Ana Ibarra"
    assert entity(consolidate(rows), "Ana Ibarra").mentions == 2


def test_a_document_s_majority_yields_to_the_corpus_s_dominant_namesake():
    # the document names her twice and him once; the corpus names him in full twenty times
    document = [row("Lucie Vasseur"), row("Paul Vasseur"), row("Lucie Vasseur"),
                row("Vasseur", resolved="Lucie Vasseur")]
    elsewhere = [row("Paul Vasseur", document=f"o{i}") for i in range(20)]
    entities = consolidate([*document, *elsewhere])
    assert entity(entities, "Paul Vasseur").mentions == 22
    assert entity(entities, "Lucie Vasseur").mentions == 2


def test_an_even_split_in_the_document_is_left_to_the_corpus():
    document = [row("Paul Vasseur"), row("Lucie Vasseur"),
                row("Vasseur", resolved="Lucie Vasseur")]
    elsewhere = [row("Paul Vasseur", document=f"o{i}") for i in range(20)]
    entities = consolidate([*document, *elsewhere])
    assert entity(entities, "Paul Vasseur").mentions == 22
    assert entity(entities, "Lucie Vasseur").mentions == 1


def test_a_bare_surname_tagged_a_place_is_a_bare_surname_all_the_same():
    # the model tagged it a place; the extraction gave it to the nearest full name, hers
    document = [row("Paul Vasseur"), row("Lucie Vasseur"),
                row("Vasseur", label="LOC", resolved="Lucie Vasseur")]
    elsewhere = [row("Paul Vasseur", document=f"o{i}") for i in range(20)]
    entities = consolidate([*document, *elsewhere])
    assert entity(entities, "Paul Vasseur").mentions == 22
    assert entity(entities, "Lucie Vasseur").mentions == 1


def test_never_to_a_minority_namesake_of_the_corpus_when_the_document_is_split():
    document = [row("Paul Vasseur"), row("Lucie Vasseur"),
                row("Vasseur", resolved="Lucie Vasseur")]
    elsewhere = [row("Lucie Vasseur", document=f"o{i}") for i in range(5)]
    elsewhere += [row("Paul Vasseur", document=f"p{i}") for i in range(5)]
    entities = consolidate([*document, *elsewhere])
    assert entity(entities, "Lucie Vasseur").mentions == 6
    assert entity(entities, "Vasseur").ambiguous_with == ["Lucie Vasseur", "Paul Vasseur"]


def test_capitalised_common_nouns_are_not_places_but_named_places_stay():
    rows = [row("État", "LOC"), row("République", "LOC"), row("République tchèque", "LOC"),
            row("État", "ORG")]
    names = {(e.name, e.label) for e in consolidate(rows)}
    assert names == {("République tchèque", "LOC"), ("État", "ORG")}


def test_a_role_that_names_another_person_is_not_this_persons_role():
    roles = {"ancien ministre de l'Industrie Paul Vasseur": 1, "maire": 2}
    cleaned = clean_roles(roles, {"anne morvan"}, frozenset({"paul vasseur", "anne morvan"}))
    assert cleaned == {"maire": 2}
    rows = [row("Anne Morvan", roles=("ancien ministre de l'Industrie Paul Vasseur", "maire")),
            row("Paul Vasseur", roles=("ancien ministre de l'Industrie",))]
    anne = entity(consolidate(rows), "Anne Morvan")
    assert anne.to_row()["roles"] == ["maire"]


def test_a_full_name_and_a_compound_given_name_it_only_begins_stay_two_people():
    # "Marc Verdier" beside "Marc-Olivier Verdier": his father (the extraction resolves
    # neither to the other, tests/extract/test_mentions.py)
    rows = [row("Marc-Olivier Verdier"), row("Marc Verdier"),
            *(row("Marc Verdier", document=f"o{i}") for i in range(4))]
    entities = consolidate(rows)
    assert entity(entities, "Marc Verdier").mentions == 5
    assert entity(entities, "Marc-Olivier Verdier").mentions == 1


def test_a_bare_name_tagged_as_a_thing_beside_a_things_name_is_not_its_founder():
    # the extraction pointed "Vautrin" (tagged ORG) at the founder; the document also writes
    # "Vautrin Ondine", a car: there the bare name is the carmaker
    document = [row("Paul Vautrin"), row("Vautrin Ondine", "MISC"),
                row("Vautrin", "ORG", resolved="Paul Vautrin"),
                row("Vautrin", "ORG", resolved="Paul Vautrin")]
    assert [r["resolved"] for r in reattributed(document)][2:] == [None, None]
    entities = consolidate(document)
    assert entity(entities, "Paul Vautrin").mentions == 1
    assert entity(entities, "Vautrin").label == "ORG"


def test_a_bare_name_tagged_as_a_thing_still_joins_the_person_elsewhere():
    # no thing's name holds it: a person's surname the model tagged ORG
    plain = [row("Paul Vautrin"), row("Vautrin", "ORG", resolved="Paul Vautrin")]
    assert [r["resolved"] for r in reattributed(plain)] == [None, "Paul Vautrin"]
    # tagged as a person it stays his; and a "person" the document also writes as a thing
    # (a model tagged PER once and MISC once) keeps its bare name
    tagged = [row("Paul Vautrin"), row("Vautrin Ondine", "MISC"),
              row("Vautrin", resolved="Paul Vautrin")]
    assert [r["resolved"] for r in reattributed(tagged)][-1] == "Paul Vautrin"
    model = [row("Vautrin Ondine"), row("Vautrin Ondine", "MISC"),
             row("Ondine", "MISC", resolved="Vautrin Ondine")]
    assert [r["resolved"] for r in reattributed(model)][-1] == "Vautrin Ondine"


def test_a_bare_first_name_is_the_one_person_its_document_names_in_full_with_it():
    rows = [row("Sylvain Morel", document="d1"), row("Sylvain", document="d1"),
            row("Sylvain Brun", document="d2"), row("Sylvain", document="d2"),
            row("Sylvain", document="d2"), row("Sylvain Perrot", document="d3"),
            row("Sylvain Roux", document="d3"), row("Sylvain", document="d3"),
            row("Paul Sylvain", document="d4"),
            row("Sylvain", document="d4", resolved="Paul Sylvain")]  # as extracted
    entities = consolidate(rows)
    assert entity(entities, "Sylvain Morel").mentions == 2
    assert entity(entities, "Sylvain Brun").mentions == 3
    # two people of the name in d3: the first name stays alone; in d4 it is a surname
    assert entity(entities, "Sylvain Perrot").mentions == 1
    assert entity(entities, "Paul Sylvain").mentions == 2
    assert entity(entities, "Sylvain").mentions == 1


def test_a_first_name_after_a_kinship_noun_or_a_royal_title_is_someone_else():
    rows = [row("Aurèle Vantomme", document="d1"), row("Aurèle", document="d1", roles=("frère",)),
            row("Aurèle Vantomme", document="d2"), row("Aurèle", document="d2", roles=("prince",)),
            # a relative the document names in full, of a family it names: him
            row("Aurèle Ruiz", document="d3"), row("Paulin Ruiz", document="d3"),
            row("Aurèle", document="d3", roles=("frère",))]
    entities = consolidate(rows)
    assert entity(entities, "Aurèle Vantomme").mentions == 2
    assert entity(entities, "Aurèle").mentions == 2
    assert entity(entities, "Aurèle Ruiz").mentions == 2


def test_a_first_name_after_a_kinship_noun_or_a_title_goes_to_a_family_or_a_titled_holder():
    rows = [# "leur fille Aurèle" beside "les époux Vantomme": the family the document names
            row("Aurèle Vantomme", document="d1"), row("époux Vantomme", "MISC", document="d1"),
            row("Aurèle", document="d1", roles=("fille",)),
            # "la reine Aurèle" of "la reine Aurèle de Morvanel"
            row("Aurèle de Morvanel", document="d2", roles=("reine",)),
            row("Aurèle", document="d2", roles=("reine", "duchesse"))]
    entities = consolidate(rows)
    assert entity(entities, "Aurèle Vantomme").mentions == 2
    assert entity(entities, "Aurèle de Morvanel").mentions == 2


def _known(name: str, roles: tuple[str, ...] = (), documents: int = 12) -> list[dict]:
    """A person the corpus names in full in many documents, with the bare surname too."""
    surname = name.split()[-1]
    return [row(name, document=f"k{i}", roles=roles) for i in range(documents)] + [
        row(surname, document=f"k{i}") for i in range(documents)]


def test_a_bare_surname_with_a_rank_still_goes_to_the_known_namesake():
    # "le colonel X" beside "Jean X" the leader, whose roles say nothing of a rank: the
    # corpus cannot tell a namesake from the leader's other title
    leader = _known("Paul Vasseur", roles=("dirigeant libyen",))
    rows = [*leader, row("Vasseur", document="x", roles=("colonel",)),
            row("Vasseur", document="x")]
    assert entity(consolidate(rows), "Paul Vasseur").mentions == 26


def test_a_bare_surname_with_a_woman_s_title_is_not_given_to_a_man():
    rows = [*_known("Paul Vasseur"), row("Lucie Vasseur", document="z"),
            row("Vasseur", document="w", roles=("Mme",))]
    entities = consolidate(rows)
    assert entity(entities, "Paul Vasseur").mentions == 24
    madame = entity(entities, "Vasseur")  # hers maybe, the corpus too little to say
    assert (madame.mentions, madame.ambiguous_with) == (1, ["Lucie Vasseur"])
    # where the corpus names only him, she is someone of her own (his wife, most often)
    wife = consolidate([*_known("Paul Vasseur"), row("Vasseur", document="w", roles=("Mme",))])
    assert entity(wife, "Paul Vasseur").mentions == 24
    assert entity(wife, "Vasseur").mentions == 1


def test_bare_surnames_with_a_civility_of_nobody_named_in_full_stay_one_entity():
    rows = [row("Vasseur", document="a", roles=("docteur",)), row("Vasseur", document="b"),
            row("Vasseur", document="c", roles=("M.",))]
    marked = [r.get("titled") for r in reattributed(rows)]
    assert marked == [None, None, "Masc"]
    assert [(e.name, e.mentions) for e in consolidate(rows)] == [("Vasseur", 3)]
    couple = [row("Vasseur", document="a", roles=("Mme",)),
              row("Vasseur", document="c", roles=("M.",))]
    assert sorted(e.mentions for e in consolidate(couple)) == [1, 1]


def test_a_civility_of_the_other_gender_than_the_documents_one_full_name_is_someone_else():
    rows = [row("Paul Vasseur", document="w"), row("Vasseur", document="w", roles=("Mme",)),
            row("Vasseur", document="w", roles=("M.",))]
    assert [r.get("titled") for r in reattributed(rows)] == [None, "Fem", None]
    entities = consolidate(rows)
    assert entity(entities, "Paul Vasseur").mentions == 2
    assert entity(entities, "Vasseur").mentions == 1
