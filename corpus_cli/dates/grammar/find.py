"""Finding temporal expressions in a text: pure text, no parse."""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right, insort
from dataclasses import replace
from heapq import heappop, heappush
from typing import cast

from .rules import Grammar, Rule, compiled_grammar
from .spec import Expression
from .words import key


def find_expressions(text: str) -> list[Expression]:
    """Every temporal expression of a text, in order: pure text, no parse. Longest match wins."""
    return find(text, compiled_grammar())


def find(text: str, grammar: Grammar) -> list[Expression]:
    """The expressions of every rule, longest first, keeping those that overlap none kept.

    Matches are built lazily, in the order of the longest span they could give: a match lying
    wholly inside a span already kept can only lose, so it is never built. A list of dates
    repeated thousands of times then costs one build per date, not one per rule that matches.
    """
    pending: list[tuple[tuple[int, int, int], int, int, object]] = []
    spans = regions(text, grammar.triggers)
    modifiers = [m.start() for m in grammar.modifier_words.finditer(text)]
    for order, rule in enumerate(grammar.rules):
        for start, end in spans:
            for match in rule.pattern.finditer(text, start, end):
                low = _lowest_start(modifiers, match)
                heappush(pending, ((low - match.end(), low, order), _BOUND, len(pending),
                                   (rule, match)))
    taken: list[tuple[int, int]] = []  # disjoint spans, sorted: a lookup is a bisection
    chosen: list[Expression] = []
    while pending:
        (_, start, order), kind, seq, item = heappop(pending)
        if kind == _BOUND:
            rule, match = cast("tuple[Rule, re.Match[str]]", item)
            if _within(taken, match.start(), match.end()):
                continue
            built = rule.build(grammar, match, text)
            found = [finished(grammar, text, e, rule.name) for e in built if e.text.strip()]
            if found:
                first, last = min(e.start for e in found), max(e.end for e in found)
                heappush(pending, ((first - last, first, order), _BUILT, seq, found))
            continue
        found = cast("list[Expression]", item)
        end = max(e.end for e in found)
        if _overlaps(taken, start, end):
            continue
        insort(taken, (start, end))
        chosen.extend(found)
    return sorted(chosen, key=lambda e: e.start)


# An expression starts at most one character before its match ("'93" keeps its apostrophe), or
# at a modifier ("fin", "mi-") that ends where it starts, looked for within 40 characters.
_MODIFIER_REACH = 41
_BUILT, _BOUND = 0, 1  # on equal keys a built group goes first: a bound never beats it


# How far a match may reach from the nearest word a pattern names or digit: far more than any
# expression (a coordination of 13 dates is about 500 characters, each with a digit).
REACH = 1000
_WORD_OR_DIGIT = re.compile(r"\d|[^\W\d_]+")


def regions(text: str, triggers: frozenset[str]) -> list[tuple[int, int]]:
    """The disjoint stretches of a text within REACH of a digit or of a word some pattern
    names: the rules need look nowhere else. Ordinary prose is one region; a long stretch of
    text no rule can read (a page of "[[[", a line of one word repeated) costs one pass."""
    spans: list[tuple[int, int]] = []
    for match in _WORD_OR_DIGIT.finditer(text):
        word = match.group()
        if not (word.isdigit() or word.lower() in triggers):
            continue
        start, end = max(0, match.start() - REACH), min(len(text), match.end() + REACH)
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], end)
        else:
            spans.append((start, end))
    return spans


def _overlaps(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) overlaps one of the sorted disjoint spans: only its neighbours can."""
    index = bisect_left(taken, (start, end))
    before = index > 0 and taken[index - 1][1] > start
    after = index < len(taken) and taken[index][0] < end
    return before or after


def _lowest_start(modifiers: list[int], match: re.Match[str]) -> int:
    """The lowest start an expression built from this match can have."""
    index = bisect_left(modifiers, match.start() - _MODIFIER_REACH)
    if index < len(modifiers) and modifiers[index] < match.end():
        return max(0, match.start() - _MODIFIER_REACH)
    return max(0, match.start() - 1)


def _within(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies wholly inside one of the sorted disjoint spans."""
    index = bisect_right(taken, (start, sys.maxsize)) - 1
    return index >= 0 and taken[index][0] <= start and end <= taken[index][1]


def finished(grammar: Grammar, text: str, expression: Expression, rule: str) -> Expression:
    """Name the rule and take in a modifier written before a date ("fin avril", "mi-juin")."""
    if not expression.rule:
        expression = replace(expression, rule=rule)
    spec = expression.spec
    if spec.kind != "date" or spec.mod is not None or spec.anchor == "event":
        return expression
    match = grammar.mod_before.search(text, max(0, expression.start - 40), expression.start)
    if match is None:
        return expression
    word = match.group("mi") or match.group("mod")
    start = match.start("mi") if match.group("mi") else match.start("mod")
    mod = grammar.modifiers[key(word)]
    return replace(expression, start=start, text=text[start:expression.end],
                   spec=replace(spec, mod=mod))
