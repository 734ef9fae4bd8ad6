"""A role an event describes stands for the person of its document who holds it in the corpus.

Every person here is invented."""

from __future__ import annotations

from corpus_cli.aggregate.entities import consolidate
from corpus_cli.aggregate.role_holders import RoleHolders, WithRoles, description_key, role_key
from tests.rows_for_tests import row


def test_a_roles_words_in_any_order_and_case_are_one_role() -> None:
    assert role_key("ministre russe des Affaires étrangères") == role_key(
        "Ministre des affaires etrangeres russe")
    assert description_key("le Premier ministre") == role_key("Premier ministre")
    assert description_key("le patron de Matignon") == role_key("Premier ministre")
    assert description_key("un ministre") is None  # no definite description: no one known


def names(rows: list[dict]) -> WithRoles:
    entities = consolidate(rows)
    index = {place: entity.name for entity in entities for place in entity.occurrences}
    return WithRoles(index, RoleHolders(entities))


def test_the_one_person_of_the_document_holding_the_role_in_the_corpus() -> None:
    found = names([row("Paul Vernier", document="d1", roles=["Premier ministre"]),
                   row("Paul Vernier", document="d5"),
                   row("Vernier", document="d2"), row("Claire Rostand", document="d2")])
    assert found.get(("d2", "le Premier ministre")) == "Paul Vernier"
    assert found.get(("d2", "le patron de Matignon")) == "Paul Vernier"
    assert found.get(("d2", "Vernier")) == "Paul Vernier"  # a mention's own name first
    assert found.get(("d3", "le Premier ministre")) is None  # he is not named in d3
    assert found.get(("d2", "la ministre de la Culture")) is None


def test_two_holders_in_one_document_leave_the_description_as_it_is() -> None:
    found = names([row("Paul Vernier", document="d1", roles=["Premier ministre"]),
                   row("Marc Dutilleul", document="d4", roles=["Premier ministre"]),
                   row("Vernier", document="d2"), row("Dutilleul", document="d2")])
    assert found.get(("d2", "le Premier ministre")) is None
