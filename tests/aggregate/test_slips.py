"""The shape of one edit between two names: a slip, or another name. Names written for it."""

from __future__ import annotations

import pytest

from corpus_cli.aggregate.slips import other_ending, plural_of, slip_in_long_word, slip_shaped


@pytest.mark.parametrize(("a", "b", "slip"), [
    ("comission", "commission", True),  # a doubled letter
    ("valmorie", "valmories", True),  # a plural's s
    ("outre rive", "outre-rive", True),  # a sign
    ("wojciechowski", "wojciechawski", True),  # any edit in a long word
    ("morvier", "morviere", False),  # a letter added to a short word
    ("harlock", "harlook", False),  # a letter changed in a short word
    ("saint-morvanel", "sainte-morvanel", False),  # in a short word of a hyphenated name
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


@pytest.mark.parametrize(("rare", "frequent", "plural"), [
    ("valmories", "valmorie", True),  # a one-word name's plural: many, or another thing
    ("harlocx", "harlock", False),  # not the frequent form with a letter added
    ("maison harlocks", "maison harlock", False),  # inside a longer name: a slip
    ("valmorie", "valmories", False),  # the plural's letter dropped: a slip
])
def test_a_one_word_plural_is_no_slip_of_its_singular(rare: str, frequent: str,
                                                       plural: bool) -> None:
    assert plural_of(rare, frequent) is plural
