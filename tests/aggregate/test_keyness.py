"""Keyness against the rest: G² and log ratio on counts small enough to check by hand."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from corpus_cli.aggregate.keyness import grouped, keywords, log_likelihood, log_ratio


def test_log_likelihood_matches_the_textbook_formula():
    # 10 in 1,000 words against 10 in 10,000: E1 = 1000*20/11000, E2 = 10000*20/11000
    e1, e2 = 1000 * 20 / 11000, 10000 * 20 / 11000
    expected = 2 * (10 * math.log(10 / e1) + 10 * math.log(10 / e2))
    assert log_likelihood(10, 10, 1000, 10000) == pytest.approx(expected)
    assert log_likelihood(5, 50, 100, 1000) == pytest.approx(0.0)  # same rate: no keyness
    assert log_ratio(10, 10, 1000, 10000) == pytest.approx(math.log2(10))
    assert log_ratio(4, 0, 100, 100) == pytest.approx(math.log2(8))  # zero taken as 0.5


def test_keywords_are_over_used_lemmas_strongest_first():
    groups = {"a": Counter({"port": 30, "mer": 10, "jour": 50}),
              "b": Counter({"champ": 25, "jour": 55, "mer": 12})}
    rows = keywords(groups, top=5)
    assert [(r["group"], r["lemma"]) for r in rows] == [("a", "port"), ("b", "champ")]
    assert rows[0]["frequency"] == 30 and rows[0]["rest"] == 0 and rows[0]["g2"] > 3.84


def test_grouped_sums_per_group_and_a_document_may_be_in_several():
    groups = grouped([(["x"], {"a": 1}), (["x", "y"], {"a": 2, "b": 1})])
    assert groups == {"x": Counter({"a": 3, "b": 1}), "y": Counter({"a": 2, "b": 1})}
