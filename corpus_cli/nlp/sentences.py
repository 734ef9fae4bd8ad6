"""Sentence starts set before the parser, from the layout and with a bound on length.

The parser keeps a start set here (`is_sent_start` True) and never starts a sentence where one
is refused (False): spaCy's arc-eager transitions check both (`Break` is invalid before a token
that cannot start a sentence; no arc crosses one that must). So the bounds set here hold for
every layer downstream, whose cost grows faster than linearly with a sentence.

spaCy is imported inside the component only, as everywhere outside model loading.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from .glued import GLUED_ENDS, acronym_end, glued_start, quote_glued_start

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# Words after which a line break does not end the sentence (a hard-wrapped line).
_CONTINUING_POS = frozenset({"DET", "ADP", "CCONJ", "SCONJ", "PRON"})
_SENTENCE_END = frozenset(".!?…»\"”)")
_FINAL = frozenset(".!?…")
# Longest run of tokens with no possible sentence start (no sentence punctuation, no line
# break): a list, a table flattened to one line, a text without punctuation. Cut at the best
# point of its second half. News sentences are shorter: over the seeds and 300 OrangeSum
# articles, 99% of the parser's sentences have at most 115 tokens, and 15 of 4,334 more than
# 150 (the longest, 417, a run of headlines glued by non-breaking spaces).
MAX_RUN = 150
# Longest stretch without a sure start: where punctuation offers starts that the parser may
# decline ("M. M. M. ..."), the likeliest one offered (final punctuation, then a capital) is
# made sure; on a paragraph of ordinary sentences it is one the parser takes anyway. Over the
# same articles the parser's longest sentence with the MAX_RUN cut is 294 tokens.
MAX_SENTENCE = 400
# Cut points inside a run, best first: after a semicolon or colon, after a comma or dash,
# before a coordinating conjunction.
_STRONG = frozenset(";:")
_WEAK = frozenset({",", "–", "—", "-", ")", "»"})
# Longest intertitle between its two dashes, in tokens.
_MAX_INTERTITLE = 25
_OPENING_CHARACTERS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZÀÂÄÇÉÈÊËÎÏÔÖÛÙÜŒÆ\"«“")


def mark_line_breaks(doc: Doc) -> Doc:
    """Sentence starts from the layout, set before the parser (which keeps them).

    A headline never runs into the paragraph below: a blank line always starts a sentence, and
    so does a single line break unless the line ends on a word that needs what follows (a
    determiner, a preposition, a conjunction, a comma: the text was wrapped mid-sentence).
    Inside a line a sentence starts only after sentence-final punctuation, so the parser
    cannot cut "À Genève, X et Y ont tenu..." at its comma; and always after a period the
    scrape glued between two sentences ("domestique.Consternant"). No sentence is longer than
    MAX_SENTENCE tokens, nor a stretch without a possible start longer than MAX_RUN.

    The starts are written in one array: `Token.is_sent_start = ...` checks the whole Doc for
    a parse on each call, which made this step quadratic in the length of a text.
    """
    if len(doc) < 2:
        return doc
    import numpy
    from spacy.attrs import SENT_START

    starts: list[int] = doc.to_array(SENT_START).astype(numpy.int64).tolist()
    _layout_starts(doc, starts)
    _intertitle_starts(doc, starts)
    _bound(doc, starts)
    values = numpy.array(starts, dtype=numpy.int64).view(numpy.uint64)  # -1 as spaCy keeps it
    doc.from_array([SENT_START], values)  # type: ignore[arg-type]  # a 1-d array is accepted
    return doc


def _layout_starts(doc: Doc, starts: list[int]) -> None:
    """1 where the layout starts a sentence, -1 where it cannot; 0 (the parser decides)."""
    previous = None  # the last token that is not whitespace
    newlines = 0  # line breaks in the whitespace since then
    for token in doc:
        if token.is_space:
            newlines += token.text.count("\n")
            continue
        if previous is not None:
            wrapped = previous.pos_ in _CONTINUING_POS or previous.text in (",", "-", "–")
            if (newlines > 1 or (newlines == 1 and not wrapped) or _glued(previous, token)
                    or glued_start(previous.text, token.text, _touching(previous, token))
                    or _after_glued_quote(previous, token)):
                starts[token.i] = 1
            elif not newlines and previous.text[-1] not in _SENTENCE_END:
                starts[token.i] = -1
        previous, newlines = token, 0


def _intertitle_starts(doc: Doc, starts: list[int]) -> None:
    """An agency's intertitle inside a paragraph ('... jeudi. - Sanctuaire -Une annonce'): a
    dash after a sentence's end opens it, a dash glued to a capital closes it; both the
    intertitle and the text after it start a sentence."""
    for dash in doc:
        if not (_dash(dash) and not dash.whitespace_ and dash.i + 1 < len(doc)
                and dash.i > 0 and doc[dash.i - 1].whitespace_
                and doc[dash.i + 1].text[:1] in _OPENING_CHARACTERS):
            continue
        for j in range(dash.i - 1, max(dash.i - _MAX_INTERTITLE, 0) - 1, -1):
            token = doc[j]
            if "\n" in token.text or token.text in _FINAL:
                break
            if _dash(token) and token.whitespace_ and (
                    j == 0 or doc[j - 1].text[-1:] in _SENTENCE_END or "\n" in doc[j - 1].text):
                starts[j] = starts[dash.i + 1] = 1
                break


def _dash(token: Token) -> bool:
    return token.text in ("-", "–", "—")


def _bound(doc: Doc, starts: list[int]) -> None:
    """Force starts so that no run without a possible start exceeds MAX_RUN tokens and no
    sentence exceeds MAX_SENTENCE; a text that needs neither is left as it is."""
    forced = possible = 0  # the last sure start, the last possible one
    offered: list[int] = []  # possible starts since the last sure one
    for i in range(1, len(doc)):
        value = starts[i]
        if value == 1:
            forced = possible = i
            offered.clear()
        elif value == 0 and not doc[i].is_space:
            possible = i
            offered.append(i)
        if i - possible >= MAX_RUN:
            cut = _best_cut(doc, possible + MAX_RUN // 2, i)
        elif i - forced >= MAX_SENTENCE:
            cut = max(offered, key=lambda j: (_likely_start(doc, j), j))
        else:
            continue
        starts[cut] = 1
        forced = possible = cut
        offered = [j for j in offered if j > cut]


def _best_cut(doc: Doc, first: int, last: int) -> int:
    """The token in [first, last] that best starts the next piece of a run: after a
    semicolon or a colon, else after a comma or a dash, else on a coordinating conjunction,
    else the last one; the latest of equals."""
    def score(j: int) -> tuple[int, int]:
        token, before = doc[j], doc[j - 1].text
        if token.is_space:
            return (-1, j)
        if before in _STRONG:
            return (3, j)
        if before in _WEAK:
            return (2, j)
        return (1 if token.pos_ == "CCONJ" else 0, j)

    return max(range(max(first, 1), last + 1), key=score)


def _likely_start(doc: Doc, j: int) -> int:
    """2 when a start after final punctuation looks like one (a capital follows), else 1."""
    before = doc[j - 1].text
    return 2 if before[-1:] in _FINAL and doc[j].text[:1].isupper() else 1


def _touching(first: Token, second: Token) -> bool:
    """No character between the two tokens."""
    return first.idx + len(first.text) == second.idx


def _after_glued_quote(mark: Token, token: Token) -> bool:
    """The quotation mark before `token` is glued to it and to the word before ('soit"Ce')."""
    if mark.i == 0:
        return False
    before = mark.doc[mark.i - 1]
    return quote_glued_start(before.text, mark.text, token.text,
                             _touching(before, mark) and _touching(mark, token))


def _glued(period: Token, token: Token) -> bool:
    """A sentence the scrape glued to the one before ("domestique.Consternant", "en
    1972.L'émission", "(OCLCIFF).Le", "l'AFP.Le", "virale?Probablement"): a final mark
    between the end of a word, a number, a closing mark or an acronym and a capital, no space
    on either side. The tokenizer
    has split the three already; the text keeps its length, as offsets into the file
    require."""
    if period.text not in (".", "?", "!") or period.i == 0 or not token.text[:1].isupper():
        return False
    before = period.doc[period.i - 1]
    last = before.text[-1:]
    return ((last.islower() or last.isdigit() or last in GLUED_ENDS
             or acronym_end(before.text, token.text))
            and before.idx + len(before.text) == period.idx
            and period.idx + 1 == token.idx)
