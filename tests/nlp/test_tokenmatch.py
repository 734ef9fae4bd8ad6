"""The factored TOKEN_MATCH matches exactly what spaCy's French pattern matches.

The ground truth is spaCy's own pattern, compiled once for this module (about 1.7 s here, the
very cost `tokenmatch` removes from start-up).
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest
import srsly
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.tokenizer import Tokenizer

from corpus_cli.nlp import tokenmatch

# Hyphen and elision forms, compounds, numbers, case, apostrophe and hyphen variants.
TRICKY = [
    line
    for line in (Path(__file__).parent.parent / "data" / "tokenmatch_tricky.txt")
    .read_text(encoding="utf-8")
    .splitlines()
    if line and not line.startswith("# ")
]
TRICKY_WORDS = [item for item in TRICKY if " " not in item]


@pytest.fixture(scope="module")
def source(nlp) -> str:
    """The TOKEN_MATCH source the model's tokenizer compiles when it loads."""
    data = srsly.msgpack_loads((Path(nlp.path) / "tokenizer").read_bytes())
    return data["token_match"]


@pytest.fixture(scope="module")
def original(source) -> re.Pattern[str]:
    """spaCy's pattern compiled as spaCy compiles it (the slow compile, paid once here)."""
    return re.compile(source)


@pytest.fixture(scope="module")
def fast(source) -> re.Pattern[str]:
    return re.compile(tokenmatch.factor(source))


def tokenizer_with(nlp, token_match) -> Tokenizer:
    """A copy of the pipeline's tokenizer with another token_match."""
    tokenizer = nlp.tokenizer
    return Tokenizer(
        tokenizer.vocab,
        rules=tokenizer.rules,
        prefix_search=tokenizer.prefix_search,
        suffix_search=tokenizer.suffix_search,
        infix_finditer=tokenizer.infix_finditer,
        token_match=token_match,
        url_match=tokenizer.url_match,
        faster_heuristics=tokenizer.faster_heuristics,
    )


def tokens(tokenizer: Tokenizer, text: str) -> list[tuple[str, str]]:
    return [(token.text, token.whitespace_) for token in tokenizer(text)]


def spans(pattern: re.Pattern[str], text: str) -> tuple[int, int] | None:
    match = pattern.match(text)
    return match.span() if match else None


def test_the_installed_spacy_pattern_is_the_verified_one(source):
    # Fails after a spaCy upgrade: rerun this file and the benchmark, then add the new hash.
    assert tokenmatch.source_hash(source) in tokenmatch.KNOWN_PATTERNS
    import spacy.lang.fr.tokenizer_exceptions as exceptions

    # The compile at import of spacy.lang.fr is of the same string.
    rebuilt = "(?iu)" + "|".join(f"(?:{alternative})" for alternative in exceptions._regular_exp)
    assert rebuilt == source


def test_the_loaded_pipeline_uses_the_factored_pattern(nlp, source):
    pattern = nlp.tokenizer.token_match.__self__.pattern
    assert pattern == tokenmatch.factor(source)
    assert len(pattern) < len(source) / 50


@pytest.mark.parametrize("word", TRICKY_WORDS)
def test_tricky_words_match_the_same_span(word, original, fast):
    for text in (word, word + "\n", word.upper(), word.lower()):
        assert spans(fast, text) == spans(original, text)


def test_tricky_words_and_sentences_tokenise_the_same(nlp, original):
    slow = tokenizer_with(nlp, original.match)
    for text in [*TRICKY, " ".join(TRICKY_WORDS)]:
        assert tokens(nlp.tokenizer, text) == tokens(slow, text), text


def test_the_tricky_words_exercise_token_match(nlp, original):
    """Without TOKEN_MATCH several of these words split differently, so the tests above bite."""
    bare = tokenizer_with(nlp, None)
    slow = tokenizer_with(nlp, original.match)
    differing = [word for word in TRICKY_WORDS if tokens(bare, word) != tokens(slow, word)]
    assert len(differing) >= 5


def test_a_failure_falls_back_to_the_original_pattern(nlp, source, original, monkeypatch, caplog):
    def broken(pattern: str) -> str:
        raise RuntimeError("forced")

    monkeypatch.setattr(tokenmatch, "factor", broken)
    monkeypatch.setattr(tokenmatch, "_BY_DIGEST", {})
    slow = tokenizer_with(nlp, original.match)
    with caplog.at_level(logging.INFO, tokenmatch.__name__), tokenmatch.fast_token_match():
        reloaded = Tokenizer(nlp.vocab).from_disk(Path(nlp.path) / "tokenizer")
    assert re.compile is tokenmatch._ORIGINAL_COMPILE
    # re's cache hands back `original` rather than compiling it again (this test runs before
    # the hypothesis ones, whose hundreds of compiles would evict it).
    assert reloaded.token_match.__self__.pattern == source
    assert "fast token_match unavailable (RuntimeError: forced)" in caplog.text
    for text in TRICKY:
        assert tokens(reloaded, text) == tokens(slow, text)


# Characters the pattern turns on, to mutate strings built from its own alternatives.
_EDIT_CHARS = "-–—‐‑'’ .,\n1aeiéÉèzZßİıſK\u212a"
# Candidates for the stand-in of each big letter class (generating from the classes
# themselves costs hypothesis seconds per example): Latin, plus case-folding oddities.
_CANDIDATES = [chr(code) for code in range(0x250)] + list("ẞKΩωЖжǅ")
_BIG_CLASS = re.compile(r"\[[^\]]{200,}\]")


def stand_in(big_class: str) -> str:
    """A small class of the candidates the big class matches (so, a subset of it)."""
    compiled = re.compile("(?iu)" + big_class)
    return "[" + "".join(re.escape(c) for c in _CANDIDATES if compiled.fullmatch(c)) + "]"


@pytest.fixture(scope="module")
def alternatives(source) -> list[str]:
    return ["".join(seq) for seq in tokenmatch._alternatives(tokenmatch._atoms(source[5:]))]


@pytest.fixture(scope="module")
def generators(alternatives) -> list[str]:
    """The alternatives with each big class replaced by its stand-in: they match less, no more."""
    stand_ins = {cls: stand_in(cls) for cls in set(_BIG_CLASS.findall("".join(alternatives)))}
    return [_BIG_CLASS.sub(lambda m: stand_ins[m.group()], alt) for alt in alternatives]


@st.composite
def near_matches(draw, generator: str) -> str:
    """A string matching the alternative, then possibly edited and extended."""
    text = draw(st.from_regex("(?iu)" + generator, fullmatch=True))
    for _ in range(draw(st.integers(0, 3))):
        position = draw(st.integers(0, len(text)))
        replace = draw(st.integers(0, 1))
        char = draw(st.sampled_from(_EDIT_CHARS) | st.characters(codec="utf-8"))
        text = text[:position] + char + text[position + replace :]
    return text + draw(st.text(_EDIT_CHARS, max_size=3))


def test_alternatives_cover_the_whole_pattern(source, alternatives):
    assert "(?iu)" + "|".join(f"(?:{alternative})" for alternative in alternatives) == source


def test_generated_strings_match_the_same(generators, original, fast):
    matched = []

    @settings(max_examples=500, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.sampled_from(generators).flatmap(near_matches))
    def check(text: str) -> None:
        assert spans(fast, text) == spans(original, text)
        matched.append(original.match(text) is not None)

    check()
    # Both outcomes are well represented, so the comparison is not trivially "no match".
    assert len(matched) / 10 < sum(matched) < len(matched) * 9 / 10


def expand(atoms: list[str]) -> set[tuple[str, ...]]:
    """The atom sequences of a pattern once every unquantified group is distributed out."""
    results: set[tuple[str, ...]] = {()}
    for atom in atoms:
        options = {(atom,)}
        if atom.startswith("(?:") and atom.endswith(")"):
            inner = tokenmatch._split_bars(tokenmatch._atoms(atom[3:-1]))
            options = set().union(*(expand(list(seq)) for seq in inner))
        results = {result + option for result in results for option in options}
    return results


def test_factoring_only_distributes_alternatives(source):
    """Exact and deterministic: both patterns expand to the same set of plain sequences."""
    factored = tokenmatch.factor(source)
    assert factored.startswith("(?iu)")

    def expanded(pattern: str) -> set[tuple[str, ...]]:
        bars = tokenmatch._split_bars(tokenmatch._atoms(pattern[len("(?iu)") :]))
        return set().union(*(expand(list(seq)) for seq in bars))

    assert expanded(factored) == expanded(source)


# A small grammar of anchored alternatives to test the rewrite itself on arbitrary shapes.
_SMALL_ATOMS = ["a", "b", "é", "[ab]", "[-‐]", "['’]", "b?", "a+", "[ab]*", "(?:a|b)", "(?:ab)?"]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(_SMALL_ATOMS), max_size=5), min_size=1, max_size=8),
    st.lists(st.text("abAÉé-‐'’\n", max_size=6), min_size=1, max_size=10),
)
def test_factor_preserves_matches_of_any_small_alternation(alternatives, texts):
    pattern = "(?iu)" + "|".join("(?:^" + "".join(seq) + "$)" for seq in alternatives)
    factored = re.compile(tokenmatch.factor(pattern))
    for text in texts:
        assert spans(factored, text) == spans(re.compile(pattern), text)


def test_factor_pulls_out_common_prefixes_and_suffixes():
    assert tokenmatch.factor("(?iu)(?:^ab$)|(?:^ac$)") == "(?iu)^a(?:b|c)$"
    assert tokenmatch.factor("(?i)(?:^x[a-z]+$)|(?:^yy[a-z]+$)") == "(?i)^(?:x|yy)[a-z]+$"


@pytest.mark.parametrize(
    "pattern",
    [
        "(?:^(a)$)",  # capturing group
        "(?:^a(?=b)$)",  # lookahead
        "(?:^(?>a)$)",  # atomic group
        "(?:^a*+$)",  # possessive quantifier
        "(?:^a.$)",  # any character, newline included in DOTALL
        r"(?:^a\s$)",  # a class with newline
        "(?:^a[^b]$)",  # negated class
        "(?:^ab)",  # not anchored at the end
        "(?:a$)|(?:^b$)",  # not anchored at the start
        "(?ms)(?:^a$)",  # flags that change ^ $ .
        "(?:^a$",  # unbalanced
    ],
)
def test_factor_refuses_what_it_cannot_prove(pattern):
    with pytest.raises(tokenmatch.UnsupportedPatternError):
        tokenmatch.factor(pattern)


def test_an_unknown_pattern_is_compiled_as_is(monkeypatch, caplog):
    monkeypatch.setattr(tokenmatch, "MIN_LENGTH", 10)
    pattern = "(?iu)(?:^abcdefgh$)|(?:^abcdefgi$)"
    with caplog.at_level(logging.INFO, tokenmatch.__name__), tokenmatch.fast_token_match():
        compiled = re.compile(pattern)
    assert compiled.pattern == pattern
    assert "is not a known one" in caplog.text


def test_re_compile_is_restored_even_after_an_error():
    with pytest.raises(KeyError), tokenmatch.fast_token_match():
        assert re.compile is tokenmatch._compile
        with tokenmatch.fast_token_match():
            pass
        assert re.compile is tokenmatch._compile  # still patched: the outer block is open
        raise KeyError
    assert re.compile is tokenmatch._ORIGINAL_COMPILE


def test_small_patterns_go_through_unchanged():
    with tokenmatch.fast_token_match():
        assert re.compile("a+b").pattern == "a+b"
        assert re.compile("a+b", re.I).flags & re.I


def test_the_environment_switch_turns_it_off(monkeypatch, caplog):
    monkeypatch.setenv(tokenmatch.ENV_SWITCH, "0")
    with caplog.at_level(logging.INFO, tokenmatch.__name__), tokenmatch.fast_token_match():
        assert re.compile is tokenmatch._ORIGINAL_COMPILE
    assert f"{tokenmatch.ENV_SWITCH}=0" in caplog.text
