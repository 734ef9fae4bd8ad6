"""find_expressions on texts built to make a regex backtrack: the answer, never a hang.

The timings are in benchmarks/bench_dates.py (`--pathological`); here each text must simply
come back with the right answer (a quadratic pattern would take minutes on these).
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.dates.grammar.find import find_expressions


@pytest.mark.parametrize("text", ["trois " * 4000, "trois-" * 4000, "vingt et un " * 2000,
                                  "3, " * 4000, "mars, " * 4000, "trois et " * 3000])
def test_runs_of_numbers_or_list_items_are_no_date(text: str) -> None:
    assert find_expressions(text) == []


def test_a_run_of_weekdays_gives_one_expression_each() -> None:
    found = find_expressions("lundi, " * 4000)
    assert len(found) == 4000
    assert {e.text for e in found} == {"lundi"}


def test_a_long_list_of_dates_keeps_every_date() -> None:
    text = ", ".join(f"le {day} mars" for day in range(1, 29)) + " et le 29 mars 2016"
    found = find_expressions(text)
    assert len(found) == 29
    assert found[-1].text == "29 mars 2016"


def test_the_rules_read_only_near_a_digit_or_a_word_a_pattern_names() -> None:
    from corpus_cli.dates.grammar.find import REACH, regions
    from corpus_cli.dates.grammar.rules import compiled_grammar

    triggers = compiled_grammar().triggers
    assert regions("mot " * 100_000, triggers) == []  # a page no rule can read: one pass
    assert regions("[" * 100_000, triggers) == []
    text = "mot " * 5000 + "le 3 mars" + " mot" * 5000
    [(start, end)] = regions(text, triggers)
    assert end - start <= 2 * REACH + len("le 3 mars")
    assert [e.text for e in find_expressions(text)] == ["3 mars"]


FILLER = st.sampled_from(["mot", "[[", "xyz", "le", "3", "mars", "2016", "hier", "trois", "jours",
                          "plus", "tard", "lundi", ",", "et", "au", "du", "fin", "en", "\n"])


@settings(max_examples=80, deadline=None)
@given(st.lists(st.tuples(FILLER, st.integers(1, 400)), max_size=8))
def test_reading_regions_finds_what_reading_the_whole_text_finds(runs) -> None:
    from corpus_cli.dates.grammar import find as module
    from corpus_cli.dates.grammar.rules import compiled_grammar

    text = " ".join(word for word, times in runs for _ in range(times))
    grammar = compiled_grammar()
    found = module.find(text, grammar)
    original = module.regions
    try:
        module.regions = lambda text, triggers: [(0, len(text))]
        assert module.find(text, grammar) == found
    finally:
        module.regions = original


def _eager(text: str, grammar) -> list:
    """The selection without laziness: every match built, then longest first, none overlapping."""
    from corpus_cli.dates.grammar import find as module

    groups = []
    for order, rule in enumerate(grammar.rules):
        for match in rule.pattern.finditer(text):
            found = [module.finished(grammar, text, e, rule.name)
                     for e in rule.build(grammar, match, text) if e.text.strip()]
            if found:
                first, last = min(e.start for e in found), max(e.end for e in found)
                groups.append((first, last, order, found))
    groups.sort(key=lambda g: (g[0] - g[1], g[0], g[2]))
    taken: list[tuple[int, int]] = []
    chosen = []
    for start, end, _, found in groups:
        if any(start < b and a < end for a, b in taken):
            continue
        taken.append((start, end))
        chosen.extend(found)
    return sorted(chosen, key=lambda e: e.start)


DATED = st.sampled_from(["le 3 mars 2016", "fin mars", "mi-avril", "début 2015", "en 97",
                         "l'été '93", "du 3 au 5 mai", "mars", "2016", "le 4", "et", ",",
                         "jusqu'à fin juin", "mi", "fin", "mot", "lundi", "il y a trois jours"])


@settings(max_examples=120, deadline=None)
@given(st.lists(DATED, max_size=14))
def test_building_lazily_chooses_what_building_everything_chooses(words) -> None:
    from corpus_cli.dates.grammar.find import find
    from corpus_cli.dates.grammar.rules import compiled_grammar

    text = " ".join(words)
    grammar = compiled_grammar()
    assert find(text, grammar) == _eager(text, grammar)


def test_a_match_inside_a_kept_expression_is_never_built() -> None:
    from dataclasses import replace

    from corpus_cli.dates.grammar.find import find
    from corpus_cli.dates.grammar.rules import Grammar

    grammar = Grammar(english=False)
    built: list[str] = []

    def counting(rule):
        def build(g, match, text):
            built.append(rule.name)
            return rule.build(g, match, text)
        return replace(rule, build=build)

    grammar.rules = [counting(rule) for rule in grammar.rules]
    found = find("le 3 mars 2016, " * 200, grammar)
    assert len(found) == 200
    assert len(built) == 200  # "mars 2016" and "2016" lie inside each "3 mars 2016" kept


@pytest.mark.parametrize(("text", "found"), [
    ("le coronavirus 2019-nCoV a tué", []),  # a year heading a hyphenated name
    ("la saison 2019-2020", ["2019-2020"]),
    ("à la mi-2019", ["mi-2019"]),
])
def test_a_year_heading_a_hyphenated_name_is_no_date(text: str, found: list[str]) -> None:
    assert [e.text for e in find_expressions(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("le match de qualification pour la Coupe-2030", []),  # a year ending a hyphenated name
    ("le comité Lyon-2032 a présenté son budget", []),
    ("Mi-2027, la croissance reprendra", ["Mi-2027"]),
    ("la génération post-2000", []),
])
def test_a_year_ending_a_hyphenated_name_is_no_date(text: str, found: list[str]) -> None:
    assert [e.text for e in find_expressions(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    ("la réforme s'appliquera à partir de la génération 1985", []),  # a cohort
    ("les élèves de la promotion 2012 et un millésime 2015", []),
    ("la réforme s'appliquera à partir de 1985", ["1985"]),
])
def test_the_year_of_a_cohort_or_a_vintage_is_no_date(text: str, found: list[str]) -> None:
    assert [e.text for e in find_expressions(text)] == found


@pytest.mark.parametrize(("text", "found"), [
    # a season written with a capital inside a sentence names something
    ("la gauche, sous la houlette du Printemps marseillais, est arrivée en tête", []),
    ("depuis le Printemps arabe, la région a changé", []),
    ("les travaux reprendront au printemps", ["printemps"]),
    ("AU PRINTEMPS 2020", ["PRINTEMPS 2020"]),
])
def test_a_season_written_with_a_capital_after_its_article_is_a_name(
        text: str, found: list[str]) -> None:
    assert [e.text for e in find_expressions(text)] == found
