"""The shape of one edit between two names: a slip, or another name. Names written for it."""

from __future__ import annotations

import pytest

from corpus_cli.aggregate.slips import other_ending, slip_in_long_word, slip_shaped


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("comission", "commission", True),  # a doubled letter
    ("valmorie", "valmories", True),  # a plural's s
    ("outre rive", "outre-rive", True),  # a sign
    ("wojciechowski", "wojciechawski", True),  # any edit in a long word
    ("morvier", "morviere", False),  # a letter added to a short word
    ("harlock", "harlook", False),  # a letter changed in a short word
])
def test_slip_shaped(a: str, b: str, slip: bool) -> None:
    assert slip_shaped(a, b) is slip


@pytest.mark.parametrize(("a", "b", "other"), [
    ("valmore", "valmorie", True),
    ("ostrane river", "ostranie river", True),
    ("mississipi", "mississippi", False),
    ("valmorie", "valmories", False),
])
def test_a_vowel_in_a_words_ending_makes_another_name(a: str, b: str, other: bool) -> None:
    assert other_ending(a, b) is other


def test_an_edit_in_a_short_word_of_several_is_no_slip() -> None:
    assert not slip_in_long_word("ligue a", "ligue b")
    assert slip_in_long_word("you tube", "youtube")
