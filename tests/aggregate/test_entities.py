"""Mentions per document and entities per corpus, on short texts and hand-made rows.

Every person and organisation here is invented; places are ones the seed articles never name.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpus_cli.aggregate.aliases import Aliases
from corpus_cli.aggregate.entities import (
    Entity,
    Forms,
    collect,
    consolidate,
    consolidate_forms,
    find_entity_row,
    mention_index,
)
from corpus_cli.extract.mentions import extract_mentions
from corpus_cli.names import (
    fold,
    person_name,
)
from tests.rows_for_tests import row, rows

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# --- helpers ----------------------------------------------------------------------------------


def entity(entities: list[Entity], name: str) -> Entity:
    found = [e for e in entities if e.name == name]
    assert len(found) == 1, [e.name for e in entities]
    return found[0]


def reasons(e: Entity, alias: str) -> set[str]:
    return {r["reason"] for r in e.merge_reasons if r["alias"] == alias}


# --- consolidation: merges ----------------------------------------------------------------------


def test_names_equal_after_folding_are_one_entity():
    entities = consolidate([row("Jean-Marc Dufresne"), row("jean marc dufresne", document="d2"),
                            row("JEAN-MARC DUFRESNE", document="d3")])
    assert len(entities) == 1
    assert entities[0].name == "Jean-Marc Dufresne"
    assert entities[0].documents == 3
    assert reasons(entities[0], "JEAN-MARC DUFRESNE") == {"folded"}


def test_initials_spelling_a_word_stay_apart_from_that_word_s_name():
    union = [{**row("SUD", "ORG", document=f"u{i}"), "acronym": True} for i in range(3)]
    entities = consolidate([*union, *rows("Sud", 4, "LOC"), row("SUD", "LOC", document="h1")])
    by_label = {e.label: e for e in entities}
    assert len(entities) == 2
    assert by_label["ORG"].aliases == {"SUD": 3}
    # the heading's "SUD", not marked, is the word's name
    assert by_label["LOC"].aliases == {"Sud": 4, "SUD": 1}


def test_initials_spelling_a_word_join_the_same_initials_written_with_inner_capitals():
    initials = [{**row("MODEM", "ORG", document=f"u{i}"), "acronym": True} for i in range(2)]
    entities = consolidate([*initials, *rows("MoDem", 3, "ORG"), row("Modem", "ORG")])
    assert len(entities) == 1 and entities[0].aliases == {"MoDem": 3, "MODEM": 2, "Modem": 1}


def test_a_name_its_document_gives_stays_that_documents_own():
    # "une employée prénommée Lorna": her, not the one Lorna the corpus names in full
    given = [{**row("Lorna", document="x1"), "introduced": True} for _ in range(2)]
    entities = consolidate([*given, *rows("Maud Lorna", 3), row("Lorna", document="d9"),
                            {**row("Lorna", document="x2"), "introduced": True}])
    # (documents, mentions): each given name alone; the full name with the other bare surname
    assert sorted((e.documents, e.mentions) for e in entities) == [(1, 1), (1, 2), (4, 4)]
    assert all(not e.ambiguous_with for e in entities if e.documents == 1)


def test_a_name_its_document_gives_and_resolves_joins_the_full_name():
    resolved = {**row("Lorna", document="x1", resolved="Maud Lorna"), "introduced": True}
    entities = consolidate([resolved, *rows("Maud Lorna", 3)])
    assert len(entities) == 1


@pytest.mark.parametrize("variants", [
    ["Nikolaï Orlov", "Nikolai Orlov", "Nikolay Orlov"],
    ["Dmitri Karpov", "Dimitri Karpov", "Dmitry Karpov"],
    ["Sergueï Belov", "Sergei Belov", "Sergey Belov"],
])
def test_first_name_variants_with_one_surname_are_one_person(variants):
    entities = consolidate(row(v, document=f"d{i}") for i, v in enumerate(variants))
    assert len(entities) == 1
    assert entities[0].mentions == 3
    # accents fold away; a transliteration is a first-name variant
    assert all(reasons(entities[0], v) <= {"first_name_variant", "folded"}
               for v in variants if v != entities[0].name)
    assert any(reasons(entities[0], v) == {"first_name_variant"} for v in variants)


def test_surname_transliteration_with_one_first_name_is_one_person():
    entities = consolidate([*rows("Igor Karouchev", 2), row("Igor Karushev", document="x")])
    assert len(entities) == 1
    assert reasons(entities[0], "Igor Karushev") == {"surname_variant"}


def test_partial_name_resolved_in_its_document_joins_the_person():
    entities = consolidate([row("Piotr Valenko"), row("Valenko", resolved="Piotr Valenko"),
                            row("Valenko", "LOC", resolved="Piotr Valenko")])
    assert len(entities) == 1
    e = entities[0]
    assert (e.name, e.label, e.mentions, e.labels) == ("Piotr Valenko", "PER", 3,
                                                       {"PER": 2, "LOC": 1})
    assert reasons(e, "Valenko") == {"resolved_in_document"}


def test_bare_surname_joins_the_only_person_with_that_surname():
    entities = consolidate([*rows("Piotr Valenko", 2), row("Valenko", document="x")])
    assert len(entities) == 1
    assert reasons(entities[0], "Valenko") == {"unique_surname"}


def test_a_person_named_in_full_once_takes_a_bare_surname_of_the_same_story_only():
    # named in full in one document only, Piotr Valenko is no one the corpus tells of...
    once = [row("Piotr Valenko", document="d1"), row("Valenko", document="d2")]
    assert entity(consolidate(once), "Valenko").ambiguous_with == ["Piotr Valenko"]
    # ...but where the documents share two names the rest of the corpus seldom gives
    story = [*once, *(row(name, "LOC", document) for name in ("Lormont", "Vessac")
                      for document in ("d1", "d2"))]
    assert reasons(entity(consolidate(story), "Piotr Valenko"), "Valenko") == {"unique_surname"}
    # names in most of the corpus's documents tell no story ("France" of a French corpus)
    common = [*story, *(row(name, "LOC", f"o{n}") for name in ("Lormont", "Vessac")
                        for n in range(6))]
    assert entity(consolidate(common), "Valenko").ambiguous_with == ["Piotr Valenko"]
    # one name shared is not enough
    one = [*once, row("Lormont", "LOC", "d1"), row("Lormont", "LOC", "d2")]
    assert entity(consolidate(one), "Valenko").ambiguous_with == ["Piotr Valenko"]


@pytest.mark.parametrize("role", ["petit", "frère"])
def test_a_name_its_documents_give_a_child_or_a_relative_is_no_surname_to_guess(role):
    # "la mère du petit Valenko", "son frère Valenko": a first name, not Piotr Valenko's surname
    entities = consolidate([row("Piotr Valenko", document="d1"),
                            row("Valenko", document="d2", roles=[role])])
    assert len(entities) == 2


def test_a_bare_surname_is_no_guess_beside_a_namesake_a_place_is_named_after():
    # "l'avenue Charles Valenko" names another Valenko, whom the corpus names in full only so
    entities = consolidate([row("Piotr Valenko", document="d1"), row("Charles Morvan"),
                            row("Charles Valenko", "LOC", document="d2"),
                            row("Valenko", document="d3")])
    assert entity(entities, "Valenko").ambiguous_with == ["Piotr Valenko"]
    # a word that is no first name names no one: "la loi Valenko" is Piotr Valenko's
    entities = consolidate([*rows("Piotr Valenko", 2), row("Charles Morvan"),
                            row("Loi Valenko", "MISC", document="x2"),
                            row("Valenko", document="x3")])
    assert reasons(entity(entities, "Piotr Valenko"), "Valenko") == {"unique_surname"}


def test_a_name_with_a_middle_initial_is_no_shorter_form_of_a_longer_one():
    # the son "Jean P. Morvan" and his father "Jean T. P. Morvan"
    entities = consolidate([row("Jean P. Morvan"), row("Jean T. P. Morvan")])
    assert len(entities) == 2
    assert len(consolidate([row("Jean Morvan"), row("Jean T. P. Morvan")])) == 1


def test_a_bare_initial_joins_no_one():
    entities = consolidate([row("Anna K.", document="d1"), row("K.", document="d2")])
    assert len(entities) == 2


def test_a_bare_name_that_ends_an_organisations_name_in_its_document_stays_apart():
    # "Dupré" beside "les laboratoires Dupré" may be the company, not its founder
    entities = consolidate([row("Henri Dupré", document="d1"),
                            row("laboratoires Dupré", "ORG", document="d2"),
                            row("Dupré", document="d2")])
    assert entity(entities, "Dupré").ambiguous_with == ["Henri Dupré"]
    # a place that the parse ran into a person's full name still lets the surname join
    entities = consolidate([*rows("Henri Dupré", 2),
                            row("République de Lyon Henri Dupré", "LOC", document="x2"),
                            row("Dupré", document="x2")])
    assert reasons(entity(entities, "Henri Dupré"), "Dupré") == {"unique_surname"}


def test_initial_joins_the_only_matching_person():
    entities = consolidate([*rows("Sergueï Belov", 2), row("S. Belov", document="x")])
    assert len(entities) == 1
    assert reasons(entities[0], "S. Belov") == {"shorter_form"}


def test_spelling_slip_joins_a_frequent_person_and_says_so():
    entities = consolidate([*rows("Piotr Wojciechowski", 6),
                            row("Piotr Wojciechawski", document="x")])
    assert len(entities) == 1
    assert reasons(entities[0], "Piotr Wojciechawski") == {"similarity"}
    explained = entities[0].to_row(explain=True)["variants"]
    assert {"form": "Piotr Wojciechawski", "count": 1, "reasons": ["similarity"]} in explained


@pytest.mark.parametrize(("frequent", "rare", "joined"), [
    # in a short name, a changed or added letter makes another name
    ("Piotr Valenko", "Piotr Valemko", False),
    ("Paul Morvier", "Paul Morviere", False),
    ("Maison Harlock", "Maison Harlook", False),
    # a doubled letter, a plural's "s", a sign are slips; in a long name any one edit is
    ("Maison Harlock", "Maison Harlocks", True),
    ("Piotr Wojciechowski", "Piotr Wojciechawski", True),
    ("Outre-Rive", "Outre Rive", True),
])
def test_only_a_slip_shaped_edit_joins_a_short_name(frequent, rare, joined):
    label = "PER" if frequent.startswith(("Piotr", "Paul")) else "ORG"
    entities = consolidate([*rows(frequent, 6, label), row(rare, label, document="x")])
    assert (len(entities) == 1) is joined


@pytest.mark.parametrize(("frequent", "rare", "label"), [
    ("Valmorie", "Valmories", "LOC"),  # the region's plural: two regions
    ("Piotr Valmorin", "Valmorins", "PER"),  # a surname's plural: the family
    # an organisation's or a work's singular: the word, another name
    ("Valmorines", "Valmorine", "ORG"),
    ("Valmorines", "Valmorine", "MISC"),
])
def test_a_one_word_plural_does_not_join_its_singular_as_a_slip(frequent, rare, label):
    entities = consolidate([*rows(frequent, 6, label), row(rare, label, document="x")])
    assert len(entities) == 2


@pytest.mark.parametrize(("first_name_elsewhere", "joined"), [(False, True), (True, False)])
def test_a_bare_first_name_of_the_corpus_is_no_slip_of_a_surname(first_name_elsewhere, joined):
    # "Brandt" one letter from "Brandts": a slip, unless the corpus gives a Brandt as first name
    others = [row("Brandt Olavsen", document="y")] if first_name_elsewhere else []
    entities = consolidate([*rows("Daniel Brandts", 6), row("Brandt", document="x"), *others])
    assert ("Brandt" in entity(entities, "Daniel Brandts").aliases) is joined


def test_a_rare_form_is_not_a_slip_of_a_rare_form():
    entities = consolidate([*rows("Piotr Valenko", 2), row("Piotr Valemko", document="x")])
    assert len(entities) == 2


def test_spelling_slip_of_an_organisation():
    entities = consolidate([*rows("Conservatoire national", 5, "ORG"),
                            row("Conservatoire nationnal", "ORG", document="x")])
    assert len(entities) == 1
    assert entities[0].name == "Conservatoire national"


def test_country_forms_and_demonyms_join_the_country():
    entities = consolidate([*rows("Italie", 3, "LOC"), row("Italiens", "LOC", "x1"),
                            row("République italienne", "LOC", "x2"),
                            row("Italienne", "MISC", "x3")])
    assert len(entities) == 1
    e = entities[0]
    assert (e.name, e.label, e.mentions) == ("Italie", "LOC", 6)
    assert reasons(e, "Italiens") == {"demonym"}
    assert reasons(e, "République italienne") == {"country_form"}


def test_a_person_tagged_with_a_demonym_like_name_stays_a_person():
    entities = consolidate([row("Allemand", "PER"), *rows("Allemagne", 2, "LOC")])
    assert {e.name for e in entities} == {"Allemand", "Allemagne"}


def test_place_with_and_without_its_article():
    entities = consolidate([*rows("La Rochelle", 2, "LOC"), row("Rochelle", "LOC", "x")])
    assert len(entities) == 1
    assert entities[0].name == "La Rochelle"
    assert reasons(entities[0], "Rochelle") == {"article"}


def test_label_vote_keeps_one_entity():
    entities = consolidate([*rows("Lisbonne", 3, "LOC"), row("Lisbonne", "PER", "x")])
    assert len(entities) == 1
    assert entities[0].label == "LOC"


def test_label_tie_goes_to_person():
    entities = consolidate([row("Valmont", "LOC"), row("Valmont", "PER", "d2")])
    assert entities[0].label == "PER"


def test_roles_are_gathered():
    entities = consolidate([row("Marc Aubertin", roles=["président"]),
                            row("Marc Aubertin", document="d2",
                                roles=["président", "M.", "Dr"]),
                            row("Aubertin", document="d2", resolved="Marc Aubertin")])
    # "M." says nothing of what he does; "Dr" does.
    assert entities[0].to_row()["roles"] == ["président", "Dr"]


def test_first_and_last_seen_come_from_document_dates():
    documents = {"d1": {"date": "2016-03-02"}, "d2": {"date": "2015"}, "d3": {"date": None}}
    entities = consolidate([row("Olav Brekke", document=d) for d in documents], documents)
    assert (entities[0].first_seen, entities[0].last_seen) == ("2015", "2016-03-02")


# --- consolidation: what must stay apart ----------------------------------------------------------


def test_same_surname_different_first_names_across_documents_are_two_people():
    entities = consolidate([*rows("Anna Karassev", 3), *rows("Boris Karassev", 3, prefix="e")])
    assert {e.name for e in entities} == {"Anna Karassev", "Boris Karassev"}


def test_same_surname_different_first_names_in_one_document_are_two_people():
    entities = consolidate([row("Anna Karassev"), row("Boris Karassev"), row("Boris Karassev"),
                            row("Karassev", resolved="Boris Karassev")])
    assert {e.name: e.mentions for e in entities} == {"Anna Karassev": 1, "Boris Karassev": 3}
    # evenly split in its document and in the corpus: the bare surname is nobody's guess
    entities = consolidate([row("Anna Karassev"), row("Boris Karassev"),
                            row("Karassev", resolved="Boris Karassev")])
    assert {e.name: e.mentions for e in entities} == {"Anna Karassev": 1, "Boris Karassev": 1,
                                                      "Karassev": 1}


def test_a_slip_never_joins_a_person_with_another_first_name():
    entities = consolidate([*rows("Piotr Valenko", 6), row("Ivan Valemko", document="x"),
                            row("Ivan Valenko", document="y")])
    assert len(entities) == 3


def test_bare_surname_shared_by_two_people_stays_ambiguous():
    entities = consolidate([row("Anna Karassev", document="d1"),
                            row("Boris Karassev", document="d2"), row("Karassev", document="d3")])
    bare = entity(entities, "Karassev")
    assert bare.ambiguous_with == ["Anna Karassev", "Boris Karassev"]
    assert bare.to_row(explain=True)["ambiguous_with"] == ["Anna Karassev", "Boris Karassev"]


def test_bare_surname_goes_to_the_person_who_holds_nearly_all_its_mentions():
    entities = consolidate([*rows("Boris Karassev", 19), row("Anna Karassev", document="a"),
                            row("Karassev", document="b")])
    boris = entity(entities, "Boris Karassev")
    assert reasons(boris, "Karassev") == {"dominant_surname"}
    assert boris.mentions == 20 and entity(entities, "Anna Karassev").mentions == 1
    # Below nine in ten, nobody is guessed.
    entities = consolidate([*rows("Boris Karassev", 8), *rows("Anna Karassev", 2, prefix="a"),
                            row("Karassev", document="b")])
    assert entity(entities, "Karassev").ambiguous_with == ["Anna Karassev", "Boris Karassev"]


def test_bare_word_that_is_also_a_first_name_is_not_guessed():
    entities = consolidate([row("Claude Martin", document="d1"),
                            row("Martin Dubois", document="d2"), row("Martin", document="d3")])
    assert entity(entities, "Martin").ambiguous_with == ["Claude Martin"]


def test_short_names_one_edit_apart_stay_apart():
    entities = consolidate([*rows("Iran", 9, "LOC"), row("Irak", "LOC", "x"),
                            *rows("Ligue A", 9, "ORG"), row("Ligue B", "ORG", "y")])
    assert len(entities) == 4


def test_names_differing_by_a_digit_stay_apart():
    entities = consolidate([*rows("Avion Z320", 9, "MISC"), row("Avion Z321", "MISC", "x")])
    assert len(entities) == 2


def test_a_vowel_added_to_a_words_ending_makes_another_name_not_a_slip():
    # a river and a region, a people and a country: one root, two names
    entities = consolidate([*rows("Valmorie", 9, "LOC"), row("Valmore", "LOC", "x"),
                            *rows("Ostrane", 9, "LOC"), row("Ostranie", "LOC", "y")])
    assert len(entities) == 4
    # a plural's "s" left out or a letter slipped inside the word is still a slip
    entities = consolidate([*rows("Valmories", 9, "LOC"), row("Valmorie", "LOC", "x"),
                            *rows("Ostrane", 9, "LOC"), row("Osttrane", "LOC", "y")])
    assert len(entities) == 2


def test_two_frequent_names_one_edit_apart_stay_apart():
    entities = consolidate([*rows("Fontenelle", 5, "LOC"), *rows("Fontanelle", 5, "LOC", "e")])
    assert len(entities) == 2


# --- alias file -------------------------------------------------------------------------------


def test_alias_merge_names_the_entity():
    aliases = Aliases(merge={"Banque du Nord": ["BdN", "Banque Nord"]})
    entities = consolidate([row("BdN", "ORG"), row("Banque Nord", "ORG", "d2")], aliases=aliases)
    assert len(entities) == 1
    assert entities[0].name == "Banque du Nord"
    assert reasons(entities[0], "BdN") == {"alias_file"}


def test_alias_split_keeps_names_apart():
    mentions = [*rows("Piotr Valenko", 6), row("Piotr Valennko", document="x")]
    assert len(consolidate(mentions)) == 1
    aliases = Aliases(split=[["Piotr Valenko", "Piotr Valennko"]])
    assert len(consolidate(mentions, aliases=aliases)) == 2


def test_alias_split_of_one_name_keeps_it_out_of_every_merge():
    mentions = [row("Piotr Valenko", document="d1"), row("Valenko", document="d2")]
    assert len(consolidate(mentions, aliases=Aliases(split=[["Valenko"]]))) == 2


def test_alias_ignore_drops_mentions():
    entities = consolidate([row("Cliquez Ici", "MISC"), row("Olav Brekke")],
                           aliases=Aliases(ignore=["cliquez ici"]))
    assert [e.name for e in entities] == ["Olav Brekke"]


# --- lookups and rows ---------------------------------------------------------------------------


def test_find_entity_by_any_alias():
    entities = consolidate([row("Piotr Valenko"), row("Valenko", resolved="Piotr Valenko"),
                            *rows("Lisbonne", 2, "LOC")])
    table = [e.to_row() for e in entities]
    assert find_entity_row(table, "valenko")["name"] == "Piotr Valenko"
    assert find_entity_row(table, "PIOTR VALENKO")["name"] == "Piotr Valenko"
    assert find_entity_row(table, "Oslo") is None


def test_mention_index_maps_document_names_to_entities():
    entities = consolidate([row("Piotr Valenko", document="a"),
                            row("Valenko", document="a", resolved="Piotr Valenko"),
                            row("Nikolai Orlov", document="b"), row("Nikolaï Orlov", document="c")])
    index = mention_index(entities)
    assert index[("a", "Valenko")] == "Piotr Valenko"
    assert index[("a", "Piotr Valenko")] == "Piotr Valenko"
    assert index[("b", "Nikolai Orlov")] == index[("c", "Nikolaï Orlov")]


def test_rows_have_the_documented_fields():
    entities = consolidate([row("Piotr Valenko"), row("Valenko", resolved="Piotr Valenko")])
    plain = entities[0].to_row()
    assert list(plain) == ["id", "name", "label", "mentions", "documents", "aliases", "roles",
                           "first_seen", "last_seen"]
    assert plain["aliases"] == ["Valenko"]
    explained = entities[0].to_row(explain=True)
    assert explained["variants"][0] == {"form": "Piotr Valenko", "count": 1, "reasons": ["name"]}
    assert set(explained) >= {"variants", "labels", "ambiguous_with"}


def test_consolidation_reads_a_stream_once():
    entities = consolidate(row("Olav Brekke", document=f"d{i}") for i in range(3))
    assert entities[0].documents == 3


def test_seed_people_appear_once_each(seed_mentions):
    """On the seeds: no person is counted twice under a folded name or as a bare surname that
    could only be them."""
    people = [e for e in consolidate(m for _, m in seed_mentions) if e.label == "PER"]
    assert people
    folded = [fold(e.name) for e in people]
    assert len(folded) == len(set(folded))
    full_surnames = {person_name(e.name).surname_key for e in people if person_name(e.name).full}
    for e in people:
        person = person_name(e.name)
        if not person.given and person.surname_key in full_surnames:
            assert e.ambiguous_with, e.name


def test_digits_glued_to_a_personal_name_are_cut(nlp):
    doc = nlp("Le président Jacques Chirac3 avait reçu la délégation à Paris.")
    names = {m["name"]: m for m in extract_mentions(doc)}
    assert "Jacques Chirac" in names
    mention = names["Jacques Chirac"]
    assert doc.text[mention["start"]:mention["end"]] == "Jacques Chirac"


def test_a_name_that_designates_several_entities_is_said_and_the_most_cited_wins(caplog):
    from corpus_cli.aggregate.entities import find_entity_row, matching_entity_rows

    rows = [
        {"id": "per:paul-girard", "name": "Paul Girard", "mentions": 9, "aliases": ["Girard"]},
        {"id": "per:anne-girard", "name": "Anne Girard", "mentions": 4, "aliases": ["Girard"]},
        {"id": "loc:lyon", "name": "Lyon", "mentions": 3, "aliases": []},
    ]
    assert [r["id"] for r in matching_entity_rows(rows, "Girard")] == [
        "per:paul-girard", "per:anne-girard"]
    with caplog.at_level("WARNING", logger="corpus_cli"):
        assert find_entity_row(rows, "Girard")["id"] == "per:paul-girard"
    [message] = [r.getMessage() for r in caplog.records]
    assert "2 entities" in message and "per:anne-girard" in message
    caplog.clear()
    with caplog.at_level("WARNING", logger="corpus_cli"):
        assert find_entity_row(rows, "per:anne-girard")["name"] == "Anne Girard"
        assert find_entity_row(rows, "lyon")["id"] == "loc:lyon"
    assert caplog.records == []


def test_forms_added_up_give_the_entities_of_all_documents_in_any_order(seed_mentions):
    """What incremental answers rest on: the forms of two sets of documents add up to the
    forms of both, survive JSON, and the entities do not depend on the documents' order."""
    rows = [m for _, m in seed_mentions]
    documents = list(dict.fromkeys(r["document"] for r in rows))
    expected = consolidate(rows)
    later, earlier = set(documents[::2]), set(documents[1::2])
    forms = collect(r for r in rows if r["document"] in later)
    forms.add(collect(r for r in rows if r["document"] in earlier))
    kept = Forms.from_rows(json.loads(json.dumps(forms.rows())))
    reordered = [r for document in reversed(documents) for r in rows
                 if r["document"] == document]
    for found in (consolidate_forms(kept), consolidate(reordered)):
        assert [e.to_row(explain=True) for e in found] == [
            e.to_row(explain=True) for e in expected]
        assert mention_index(found) == mention_index(expected)
