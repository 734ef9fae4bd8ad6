"""Dates around an incise of reporting ("..., a précisé X", "..., a-t-il déploré", "...,
rapporte Le Journal lundi"): a date in the words it reports is theirs, not the report's; a
date inside the incise is the report's own, or that of the act its clause tells."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .anaphora import hyphened, offices
from .clauses import inverted_report
from .kinds import type_of
from .tokens import once_per_row, quotations, span_of, token_index
from .tree import QUOTE_TYPES, is_relative
from .wordlists import _words, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_INCISES_KEY = "corpus_cli.events.incises"


def reported_before(doc: Doc, row: Mapping[str, Any], trigger: int) -> bool:
    """The trigger is the verb of an incise that ends its sentence ("..., ajoute le
    quotidien régional", "..., a-t-il déploré") and the date is before the incise's comma,
    wherever the parse hangs it: what was reported has that date, not the report."""
    if row["start"] >= trigger:
        return False
    token = token_index(doc).at(doc, trigger)
    if token is None or token.pos_ != "VERB":
        return False
    if any(hyphened(c) for c in token.children):  # '"...", dans les cortèges le 5 décembre,
        # a-t-il déploré.' Not a date before the quotation ('Ce lundi, "...", a-t-il dit').
        quoted = any(start < row["start"] and start >= token.sent.start_char
                     for start, _ in quotations(doc))
        return quoted and _incise_closes(doc, token, row) and (
            token.lemma_.lower() in lexicon().reporting
            or type_of(token.lemma_, "VERB")[0] in QUOTE_TYPES)
    if not _incise_closes(doc, token, row):
        return False
    sentence = token.sent
    end = next((t.i for t in doc[token.i:sentence.end] if t.is_punct), sentence.end)
    report = inverted_report(doc[token.i:end])
    return report is not None and report.i == token.i


def _incise_closes(doc: Doc, verb: Token, row: Mapping[str, Any]) -> bool:
    """The verb opens an incise after a comma (its auxiliaries and clitics between), and the
    date is before that comma."""
    comma = next((t for t in reversed(doc[verb.sent.start:verb.i]) if t.text == ","), None)
    if comma is None or any(c.dep_.startswith("aux") and c.i < comma.i for c in verb.children):
        return False  # "X a, en avril dernier, animé": the verb group opens before the comma
    return row["start"] < comma.idx and all(
        t.dep_.startswith(("aux", "expl")) or (t.pos_ == "PRON" and t.lower_.startswith("-"))
        for t in doc[comma.i + 1:verb.i])


def incise_clause(doc: Doc, row: Mapping[str, Any], trigger: int) -> bool:
    """The date is in an incise between commas that tells its own act, with a participle or a
    relative pronoun before the date ("X, le policier abattu le 20 avril, s'est marié en mai"),
    and the trigger is outside it: the incise's date."""
    bounds = _incise_bounds(doc, row)
    return bounds is not None and not bounds[0] <= trigger <= bounds[1]


@once_per_row(_INCISES_KEY)
def _incise_bounds(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The character bounds of the commas around the date when what lies between the first
    comma and the date holds a participle or a relative pronoun, or is a role apposed to a
    person with no verb ("X, ministre de l'Education entre 2009 et 2012": the office's time,
    to the sentence's end when no comma closes it); of a participle's phrase that opens the
    sentence; None otherwise."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return None
    sentence = doc[span[0]].sent
    left = next((t.i for t in reversed(doc[sentence.start:span[0]]) if t.text == ","), None)
    right = next((t.i for t in doc[span[1]:sentence.end] if t.text == ","), None)
    if left is None:
        # "Convoqué le 18 mai devant le tribunal, le couple se voit notifier": the fronted
        # participle's phrase, up to its comma
        opener = next((t for t in sentence if not t.is_punct), None)
        if (right is None or opener is None or opener.pos_ != "VERB"
                or "Part" not in opener.morph.get("VerbForm", [])):
            return None
        return sentence.start_char, doc[right].idx
    between = doc[left + 1:span[0]]
    if _apposed_role(between):
        end = doc[right].idx if right is not None else sentence.end_char
        return doc[left].idx, end
    report = _report_of(doc, left, between, sentence) if right is None else None
    if report is not None:
        # "X a été placé en garde à vue mardi, rapporte BFMTV mercredi 8 mai": the report's
        return min(report.idx, doc[left].idx), sentence.end_char
    if right is None and any(is_relative(t) for t in between):
        # "lors du sommet de l'Alliance, qui a lieu début décembre.": to the sentence's end
        return doc[left].idx, sentence.end_char
    # a participle with its auxiliaries is the main clause's compound tense ("Le procès, prévu
    # en janvier, avait été renvoyé au 13 mai, mais..."), no incise
    if right is None or not any(
            ("Part" in t.morph.get("VerbForm", []) and t.pos_ == "VERB"
             and not any(c.dep_.startswith("aux") for c in t.children)
             and not _medium_participle(t)) or is_relative(t)
            for t in between):
        return None
    return doc[left].idx, doc[right].idx


def _medium_participle(participle: Token) -> bool:
    """ "daté" of a medium ("dans son édition datée du 16 novembre"): the date of the words
    the clause says there, no act of its own (a medium "publié" or "paru" is published)."""
    return (participle.dep_ == "acl" and participle.lemma_.lower() == "dater"
            and participle.head.lemma_.lower() in _words("media"))


def _reporting_verb(words: Span) -> Token | None:
    """The verb of reporting the words open with, its auxiliary before it ("rapporte BFMTV",
    "a indiqué la police"): an incise that tells who reported, at the sentence's end."""
    verb = next((t for t in words if not t.dep_.startswith("aux")), None)
    return verb if verb is not None and verb.pos_ == "VERB" and (
        verb.lemma_.lower() in lexicon().reporting) else None


def reporting_incise_verb(doc: Doc, row: Mapping[str, Any]) -> Token | None:
    """The verb of the reporting incise at the sentence's end the date is written in
    ("..., rapporte Le Journal lundi 27 mars", "..., révèle Le Monde, ce mardi 27 juin"):
    the report is what the date dates."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return None
    sentence = doc[span[0]].sent
    left = next((t.i for t in reversed(doc[sentence.start:span[0]]) if t.text == ","), None)
    if left is None or any(t.text == "," for t in doc[span[1]:sentence.end]):
        return None
    return _report_of(doc, left, doc[left + 1:span[0]], sentence)


def _report_of(doc: Doc, left: int, between: Span, sentence: Span) -> Token | None:
    """The verb of reporting the words after the comma at `left` open with, or, when only a
    determiner stands between that comma and the date, the verb of reporting and its subject
    that end the words before it ("..., révèle Le Monde, ce mardi 27 juin", "... a relevé Le
    Point, vendredi 30 août")."""
    verb = _reporting_verb(between)
    if verb is not None or not all(t.pos_ == "DET" for t in between):
        return verb
    return inverted_report(doc[max(sentence.start, left - 6):left])


def _apposed_role(words: Span) -> bool:
    """Words that open with an office noun ("ministre de l'Education", "l'ancien maire de X")
    and hold no verb: a role apposed to a person, whose dates are its tenure's."""
    first = next((t for t in words if t.pos_ not in ("DET", "ADJ")), None)
    return (first is not None and first.lower_ in offices()
            and not any(t.pos_ in ("VERB", "AUX") for t in words))
