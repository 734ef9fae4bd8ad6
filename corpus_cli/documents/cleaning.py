"""Boilerplate removal for scraped news articles saved as text.

A document is split into blocks (a line, or the inline "date 2016-12" header that a scraper
wrote before the body on the same line). Each block is classified as `content`, `boilerplate`
or `metadata`, with the reason. The methods work together:

- metadata: date and byline lines ("Publié le …", "Modifié …", "Par …", "Source : …");
- patterns: the furniture phrases of data/boilerplate_patterns.txt (legal notices, teasers,
  widgets, cookie and newsletter notices);
- shape: a headline ticker (a long line of many title-like segments and no sentences), a menu
  (short link-like segments), a line of navigation or share words
  (data/boilerplate_navigation.txt);
- repetition: a block already seen in the same document (a title shown twice) is kept once;
  a block seen in several documents of the run (`repeated`, learned by the caller from
  `block_fingerprints`) is furniture;
- context: items listed under a bare teaser heading ("À lire aussi"), a rubric label above the
  article, and the footer region around a legal notice near the end of the page.

Where a block is ambiguous it stays content. The masked text keeps every offset of the
original (see ARCHITECTURE.md): removed characters become spaces, whitespace is kept.
"""

from __future__ import annotations

import functools
import hashlib
import re
import statistics
import unicodedata
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from corpus_cli import lexicon

from .bylines import Byline, header_prefix, read_byline
from .lines import SENTENCE_END, WORD, is_heading, is_prose, normalise, words

CONTENT = "content"
BOILERPLATE = "boilerplate"
METADATA = "metadata"

# A block must have this many words to be fingerprinted: shorter lines ("Économie", "Contexte")
# recur across articles without being furniture.
MIN_FINGERPRINT_WORDS = 3
# A fingerprint seen in this many documents of a run is furniture. Three rather than two: two
# articles of the same story often share a quoted paragraph, three pages rarely do unless a
# site prints it on every page.
REPEAT_MIN_DOCUMENTS = 3
# If blocks shared with other documents make up more than this share of a document's prose,
# the document is a duplicate or a reprinted wire story, not a page of furniture: keep them.
REPEAT_MAX_PROSE_SHARE = 0.5
# A legal notice starts the footer only when what follows it is at most this share of what
# precedes it (a photo credit "© AFP" in the middle of an article does not end the article).
FOOTER_MAX_TAIL_SHARE = 0.5
# Lines before a legal notice are its promotion block when at most this long.
FOOTER_PROMO_MAX_WORDS = 25
TEASER_LIST_MAX_ITEMS = 12
# A bare date line ("Le 15 décembre 2016 à 11h30") is the page's dateline when at most this many
# paragraphs precede it (sites print the title and a lede first).
DATELINE_MAX_PROSE_BEFORE = 1
TICKER_MAX_SEGMENT_WORDS = 30

# Scrapers glue adjacent links: "RoyaumeFinances", "InternationalNational". Four lower-case
# letters on the left and a capitalised word of four on the right: camel-case names have a
# shorter part ("YouTube", "FlixBus", "LinkedIn") and stay whole.
_GLUE = re.compile(r"(?<=[a-zà-ÿ]{4})(?=[A-ZÀ-Ý][a-zà-ÿ]{3})")
# Not "»" (a French closing quote) nor "/" (prose writes "Paris / Londres").
_SEGMENT_SEPARATOR = re.compile(r"\s{2,}|\s+[•·◆▪►>]\s+|\s*\|\s*")
_SECOND_PERSON = re.compile(r"\b(?:vous|votre|vos)\b", re.IGNORECASE)
_OUTLET_VOICE = re.compile(
    r"\b(?:notre|nos)\s+(?:journal|site|rédaction|média|médias|équipe|newsletter|"
    r"publication|quotidien|hebdomadaire|magazine|application)\b",
    re.IGNORECASE,
)
_QUOTE_MARK = re.compile(r"[«»“”\"]")


@dataclass(frozen=True)
class Block:
    """A classified piece of a document: offsets into the original text, without edges' spaces."""

    start: int
    end: int
    kind: str  # "content" | "boilerplate" | "metadata"
    reason: str


@dataclass(frozen=True)
class Cleaned:
    """The masked text (same length as the input) and how every block was classified."""

    text: str
    blocks: list[Block] = field(default_factory=list)
    removed_chars: int = 0
    removed_share: float = 0.0

    def kept_blocks(self) -> list[Block]:
        """Blocks left in the masked text (all of them under `keep_boilerplate`)."""
        return [b for b in self.blocks if not self.text[b.start:b.end].isspace()]

    def removed_blocks(self) -> list[Block]:
        return [b for b in self.blocks if self.text[b.start:b.end].isspace()]

    def readable(self) -> str:
        """The kept blocks joined, paragraphs separated as in the original (`corpus clean`)."""
        parts: list[str] = []
        previous_end: int | None = None
        for block in self.kept_blocks():
            if previous_end is not None:
                newlines = self.text.count("\n", previous_end, block.start)
                parts.append("\n\n" if newlines > 1 else "\n" if newlines else " ")
            parts.append(self.text[block.start:block.end])
            previous_end = block.end
        return "".join(parts)


# --- data files -----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Pattern:
    reason: str
    max_words: int | None
    regex: re.Pattern[str]
    legal: bool


@functools.cache
def _patterns() -> tuple[_Pattern, ...]:
    patterns = []
    for section, entries in lexicon.sections("boilerplate_patterns.txt").items():
        for entry in entries:
            reason, max_words, expression = (part.strip() for part in entry.split("|", 2))
            patterns.append(_Pattern(
                reason=reason,
                max_words=None if max_words == "-" else int(max_words),
                regex=re.compile(expression, re.IGNORECASE),
                legal=section == "legal",
            ))
    return tuple(patterns)


@functools.cache
def _navigation() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Share words, section words, filler words."""
    def words(name: str) -> frozenset[str]:
        return frozenset(lexicon.entries("boilerplate_navigation.txt", name))

    return words("share"), words("sections"), words("fillers")


# --- line shapes ----------------------------------------------------------------------------


def segments(line: str) -> list[str]:
    """The parts of a line split at link separators: wide gaps, bars, bullets, glued words."""
    parts: list[str] = []
    for piece in _SEGMENT_SEPARATOR.split(line):
        parts.extend(p.strip() for p in _GLUE.split(piece))
    return [p for p in parts if p and any(c.isalnum() for c in p)]


def _sentence_count(line: str) -> int:
    return len(SENTENCE_END.findall(line))


def ticker_or_menu(line: str) -> str | None:
    """A reason when the line is a headline ticker or a menu of links."""
    parts = segments(line)
    count = len(parts)
    if count < 3:
        return None
    sizes = [len(words(p)) for p in parts]
    sentences = sum(_sentence_count(p) for p in parts)
    total = sum(sizes)
    # Headlines are short but not single words: one long segment means running text (a list
    # glued inside prose), many one-word segments mean camel-case names ("BlaBlaCar").
    titled = sum(1 for size in sizes if size >= 3)
    if (count >= 5 and total >= 30 and sentences <= 0.2 * count and titled >= 0.7 * count
            and statistics.median(sizes) <= 20 and max(sizes) <= TICKER_MAX_SEGMENT_WORDS):
        return f"headline ticker: {count} title-like segments, {sentences} sentence ends"
    if max(sizes) <= 4 and sentences == 0 and total <= 40:
        return f"menu: {count} short link-like segments"
    return None


def _navigation_tokens(line: str) -> list[str] | None:
    """The navigation words of a line, or None if it has another word. A word glued from two
    ("InternationalNational") counts when its parts do; "LinkedIn" counts as itself."""
    share, sections, fillers = _navigation()
    vocabulary = share | sections | fillers
    tokens: list[str] = []
    for word in re.findall(r"[^\W\d_]+(?:[-'][^\W\d_]+)*", line):
        parts = [word] if word.lower() in vocabulary else _GLUE.split(word)
        if any(part.lower() not in vocabulary for part in parts):
            return None
        tokens.extend(part.lower() for part in parts)
    return tokens


def navigation(line: str, above_article: bool) -> str | None:
    """A reason when the line is only navigation, share or rubric words."""
    if any(map(str.isdigit, line)):
        return None
    tokens = _navigation_tokens(line)
    if not tokens or len(tokens) > 12:
        return None
    share, _, fillers = _navigation()
    meaningful = [t for t in tokens if t not in fillers]
    if any(t in share for t in meaningful) or len(meaningful) >= 2:
        return "navigation: share or section words"
    if meaningful and above_article:
        return "rubric label above the article"
    return None


def pattern_reason(line: str) -> tuple[str, bool] | None:
    """The furniture pattern a line matches, and whether it is a legal notice."""
    text = normalise(line)
    count = len(words(text))
    for pattern in _patterns():
        if pattern.max_words is not None and count > pattern.max_words:
            continue
        if pattern.regex.search(text):
            return pattern.reason, pattern.legal
    return None


def fingerprint(line: str) -> str | None:
    """Stable hash of a block for repetition, or None when the block is too short to count."""
    text = unicodedata.normalize("NFKC", line).casefold()
    text = re.sub(r"\d+", "0", text)
    tokens = WORD.findall(text.replace("’", "'"))
    if len(tokens) < MIN_FINGERPRINT_WORDS:
        return None
    return hashlib.blake2b(" ".join(tokens).encode(), digest_size=8).hexdigest()


# --- splitting and classifying --------------------------------------------------------------


@dataclass
class _Piece:
    start: int
    end: int
    text: str
    kind: str = CONTENT
    reason: str = ""
    legal: bool = False
    by_corpus: bool = False
    teaser_heading: bool = False


def _pieces(text: str) -> Iterator[_Piece]:
    """Every non-blank line, without its edge whitespace; an inline header is its own piece."""
    for match in re.finditer(r"[^\n]+", text):
        line = match.group(0)
        stripped = line.lstrip()
        if not stripped.strip():
            continue
        start = match.start() + len(line) - len(stripped)
        end = match.start() + len(line.rstrip())
        # A line that is a byline as a whole ("Publié le …, mis à jour le …") stays one block.
        prefix = header_prefix(text[start:end])
        if prefix is not None and read_byline(text[start:end]) is None:
            header_end = start + len(text[start:start + prefix].rstrip())
            body_start = start + prefix + (len(text[start + prefix:end]) -
                                           len(text[start + prefix:end].lstrip()))
            yield _Piece(start, header_end, text[start:header_end], METADATA,
                         "inline header before the body")
            yield _Piece(body_start, end, text[body_start:end])
        else:
            yield _Piece(start, end, text[start:end])


def block_fingerprints(text: str) -> set[str]:
    """Fingerprints of the blocks of a text, for counting repetition across a corpus."""
    found = (fingerprint(piece.text) for piece in _pieces(text))
    return {f for f in found if f is not None}


def text_digest(text: str) -> bytes:
    """What tells identical texts apart in pass 1 (BLAKE2b, 16 bytes)."""
    return hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()


@dataclass
class BlockCount:
    """Pass 1 over some texts: in how many distinct texts each block fingerprint occurs, and
    the digests of those texts (identical texts count once)."""

    blocks: Counter[str] = field(default_factory=Counter)
    texts: set[bytes] = field(default_factory=set)

    def add(self, digest: bytes, fingerprints: Iterable[str]) -> bool:
        """Count a text's blocks unless a text of that digest was counted; say if it was new."""
        if digest in self.texts:
            return False
        self.texts.add(digest)
        self.blocks.update(fingerprints)
        return True

    def add_text(self, text: str) -> None:
        """Count a text (once, however often it comes)."""
        digest = text_digest(text)
        if digest not in self.texts:
            self.add(digest, block_fingerprints(text))

    def merge(self, other: BlockCount) -> bool:
        """Add another count, as if its texts had been added here one by one, if it shares
        no text with this one; else add nothing (which texts would count once is then
        unknown) and say so."""
        if not self.texts.isdisjoint(other.texts):
            return False
        self.blocks.update(other.blocks)
        self.texts |= other.texts
        return True

    def repeated(self) -> frozenset[str]:
        """The fingerprints found in at least REPEAT_MIN_DOCUMENTS distinct texts."""
        return frozenset(key for key, count in self.blocks.items()
                         if count >= REPEAT_MIN_DOCUMENTS)


def count_blocks(texts: Iterable[str]) -> BlockCount:
    """Pass 1 over `texts` (one file's, or a whole run's): see BlockCount."""
    counted = BlockCount()
    for text in texts:
        counted.add_text(text)
    return counted


def repeated_fingerprints(texts: Iterable[str]) -> frozenset[str]:
    """The fingerprints found in at least REPEAT_MIN_DOCUMENTS distinct texts (pass 1 of a run).

    Identical texts count once: a file read twice must not turn its own article into furniture.
    A run counts file by file (`count_blocks`) and merges the counts of files that share no
    text: the same set.
    """
    return count_blocks(texts).repeated()


def clean(
    text: str, repeated: frozenset[str] = frozenset(), keep_boilerplate: bool = False
) -> Cleaned:
    """Classify every block of `text` and mask the boilerplate and metadata ones.

    `repeated` holds the fingerprints seen in at least REPEAT_MIN_DOCUMENTS documents of the
    run. With `keep_boilerplate`, blocks are still classified (for bylines and `--explain`) but
    nothing is masked.
    """
    pieces = list(_pieces(text))
    _classify_lines(pieces, repeated)
    _undo_shared_document(pieces)
    _teaser_lists(pieces)
    _footer_region(pieces)
    blocks = [Block(p.start, p.end, p.kind, p.reason) for p in pieces]
    if keep_boilerplate:
        return Cleaned(text, blocks, 0, 0.0)
    masked = list(text)
    removed = 0
    for block in blocks:
        if block.kind == CONTENT:
            continue
        for i in range(block.start, block.end):
            if not masked[i].isspace():
                masked[i] = " "
                removed += 1
    total = _non_space(text)
    return Cleaned("".join(masked), blocks, removed, removed / total if total else 0.0)


@dataclass
class _Reading:
    """What the classifier has seen so far in a document."""

    repeated: frozenset[str]
    seen: dict[str, int] = field(default_factory=dict)
    prose_blocks: int = 0
    dateline: bool = False  # an unlabelled date line was already taken as the page's dateline

    @property
    def above_article(self) -> bool:
        return self.prose_blocks == 0


def _classify_lines(pieces: list[_Piece], repeated: frozenset[str]) -> None:
    reading = _Reading(repeated)
    for piece in pieces:
        if piece.kind == METADATA:
            reading.dateline = True
            continue
        _classify(piece, reading)
        if piece.kind == CONTENT and is_prose(piece.text):
            reading.prose_blocks += 1


def _classify(piece: _Piece, reading: _Reading) -> None:
    line = piece.text
    byline = read_byline(line)
    if byline is not None and _is_page_byline(byline, reading):
        piece.kind, piece.reason = METADATA, byline.reason
        reading.dateline = reading.dateline or not byline.labelled
        return
    matched = pattern_reason(line)
    if matched is not None:
        piece.kind, piece.reason, piece.legal = BOILERPLATE, matched[0], matched[1]
        piece.teaser_heading = matched[0] == "teaser" and len(words(line)) <= 5
        return
    shape = ticker_or_menu(line) or navigation(line, reading.above_article)
    if shape is not None:
        piece.kind, piece.reason = BOILERPLATE, shape
        return
    key = fingerprint(line)
    if key is not None and key in reading.seen:
        piece.kind = BOILERPLATE
        piece.reason = f"repeated in this document (first at {reading.seen[key]})"
        return
    if key is not None:
        reading.seen[key] = piece.start
    if key is not None and key in reading.repeated:
        piece.kind, piece.by_corpus = BOILERPLATE, True
        piece.reason = f"repeated in {REPEAT_MIN_DOCUMENTS}+ documents of the corpus"
        return
    if byline is not None:
        piece.reason = "date line inside the article"
        return
    piece.reason = "prose" if is_prose(line) else "short line"


def _is_page_byline(byline: Byline, reading: _Reading) -> bool:
    """A labelled byline counts anywhere; a bare date line only as the page's one dateline near
    the top (after at most a lede): further down, "15 mars 2020" heads a timeline entry."""
    if byline.labelled:
        return True
    return not reading.dateline and reading.prose_blocks <= DATELINE_MAX_PROSE_BEFORE


def _non_space(text: str) -> int:
    """Characters that are not whitespace (str.split cuts at exactly those that isspace)."""
    return sum(map(len, text.split()))


def _undo_shared_document(pieces: list[_Piece]) -> None:
    """Keep corpus-repeated blocks when they are most of the document's prose."""
    prose = [p for p in pieces if (p.kind == CONTENT or p.by_corpus) and is_prose(p.text)]
    total = sum(_non_space(p.text) for p in prose)
    shared = sum(_non_space(p.text) for p in prose if p.by_corpus)
    if total and shared / total > REPEAT_MAX_PROSE_SHARE:
        for piece in pieces:
            if piece.by_corpus:
                piece.kind = CONTENT
                piece.reason = "kept: shared with other documents, but most of this one is"


def _teaser_lists(pieces: list[_Piece]) -> None:
    """Items listed under a bare teaser heading ("À lire aussi") are teasers too.

    The list ends at prose, at a non-heading line, or at a heading directly followed by prose
    (that one is more likely an intertitle of the article).
    """
    for index, piece in enumerate(pieces):
        if not piece.teaser_heading:
            continue
        following = pieces[index + 1:index + 1 + TEASER_LIST_MAX_ITEMS]
        for position, item in enumerate(following):
            if item.kind != CONTENT:
                continue
            after = following[position + 1] if position + 1 < len(following) else None
            if not is_heading(item.text) or is_prose(item.text) or (
                after is not None and after.kind == CONTENT and is_prose(after.text)
            ):
                break
            item.kind, item.reason = BOILERPLATE, f"teaser list under the heading at {piece.start}"


def _footer_region(pieces: list[_Piece]) -> None:
    """Around a legal notice near the end: the promotion lines before it, the outlet's lines
    after it. Prose after it that neither names the outlet nor speaks as it stays content."""
    content_sizes = [_non_space(p.text) if p.kind == CONTENT else 0 for p in pieces]
    for index, piece in enumerate(pieces):
        if not piece.legal:
            continue
        before, after = sum(content_sizes[:index]), sum(content_sizes[index + 1:])
        if before == 0 or after > FOOTER_MAX_TAIL_SHARE * before:
            continue
        holder = copyright_holder(piece.text)
        _footer_promotion(pieces, index)
        for item in pieces[index + 1:]:
            if item.kind != CONTENT:
                continue
            reason = _after_footer_reason(item.text, holder)
            if reason is not None:
                item.kind = BOILERPLATE
                item.reason = f"{reason} after the legal notice at {piece.start}"
        return


def _footer_promotion(pieces: list[_Piece], index: int) -> None:
    """Walk back from the legal notice over short non-sentences and lines to the reader."""
    for item in reversed(pieces[:index]):
        if item.kind != CONTENT:
            continue
        text = item.text
        short = len(words(text)) <= FOOTER_PROMO_MAX_WORDS
        to_reader = _SECOND_PERSON.search(text) is not None and not _QUOTE_MARK.search(text)
        if not short or not (_sentence_count(text) == 0 or to_reader):
            return
        item.kind = BOILERPLATE
        item.reason = f"promotion just before the legal notice at {pieces[index].start}"


def _after_footer_reason(text: str, holder: str | None) -> str | None:
    if not is_prose(text):
        return "page line"
    if holder and holder.casefold() in text.casefold():
        return "text about the outlet"
    if _OUTLET_VOICE.search(text) or (_SECOND_PERSON.search(text) and not _QUOTE_MARK.search(text)):
        return "outlet's message"
    return None


def copyright_holder(line: str) -> str | None:
    """The name after © or "Copyright" in a legal notice ("© Le Journal 2023. …" → "Le Journal")."""
    match = re.search(
        r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*)?"
        r"(?P<name>[^\W\d_][^.,;|\n]*?)\s*(?:(?:19|20)\d\d)?\s*(?:[.,;|–-]|\s-\s|$)",
        normalise(line), re.IGNORECASE,
    )
    if match is None:
        return None
    name = match.group("name").strip()
    if re.match(r"(?i)tous\s+droits|all\s+rights", name) or len(words(name)) > 6:
        return None
    return name or None
