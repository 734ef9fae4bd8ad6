"""The phrase that owns a date a clause holds, when it is not the clause's: a bound's or an
act's noun the date restates after a comma ("avant l'expiration de son mandat, le 28 avril",
"sur l'assassinat de X, en 1988,"), the background phrase "après" or "avant" opens ("a réagi
après la mise en examen fin janvier de X"), or a "selon" source ("selon un article daté du 24
mars"), an act's noun a verb of referring takes ("mentionnant l'explosion de la rue X en
janvier"). dating.not_the_events keeps an event outside such a phrase from taking its date."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .kinds import is_event_noun, type_of
from .tokens import once_per_row, span_of, subtree_offsets
from .tree import bare_participle
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_BACKGROUND_KEY = "corpus_cli.events.background"
_SOURCE_KEY = "corpus_cli.events.source"
_REFERRED_KEY = "corpus_cli.events.referred"
# The prepositions of a phrase that sets the clause after or before another act.
_BEFORE_AFTER = frozenset({"après", "avant"})


# The prepositions of a bound or of a span's start: the day apposed to their noun is the
# bound's ("avant l'expiration de son mandat, le 28 avril", "depuis son limogeage, le 23
# juillet"), never the act the clause tells, which lies before it or lasts from it.
_BOUNDING = frozenset({"avant", "depuis", "jusqu'", "jusqu’", "jusque"})
# The granularities of a year or longer: the dates an act's noun phrase takes apposed after its
# complements, whatever its function ("a fait des aveux sur l'assassinat de X, en 1988,": the
# murder's year, not the avowal's); a day there is the clause's as often ("a annoncé sa
# candidature, lundi,").
YEAR_OR_LONGER = frozenset({"year", "decade", "century"})
_RESTATED_KEY = "corpus_cli.events.restated"


@once_per_row(_RESTATED_KEY)
def restated_bound(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets from a bound's phrase to the date when the date, after a comma, restates
    the day of that phrase's noun (`_BOUNDING`), or of an act's noun subject ("La publication
    de l'étude, la semaine dernière, a incité X à...": the publication's week), or the year of
    an act's noun whatever its function (`YEAR_OR_LONGER`)."""
    span = span_of(doc, row["start"], row["end"])
    first = span[0] if span is not None else 0
    if first >= 1 and doc[first - 1].pos_ == "DET":
        first -= 1  # the row leaves out the article of "le 28 avril"
    year = row.get("granularity") in YEAR_OR_LONGER
    if year and first >= 1 and doc[first - 1].lower_ == "en":
        first -= 1  # nor the preposition of "en 1988"
    if span is None or first < 3 or doc[first - 1].text != ",":
        return None
    root, node = doc[span[2]], doc[first - 2]
    while node.head.i != node.i and node.head.i < first and node.head.pos_ in ("NOUN", "PROPN"):
        node = node.head
    # "jusqu'à deux heures du matin, le jeudi 31 mai": the day of an hour, the act's
    # the parse may hang the date on a verb one arc from the noun's, either way
    # ("..., le 28 avril, a annoncé X"), or inside the noun's phrase
    if node.pos_ == "NOUN" and node.lemma_.lower() not in _words("clock_words") and (
            node.head.i in (root.head.i, root.i, root.head.head.i)
            or node.head.head.i == root.head.i
            or node.left_edge.i <= root.head.i < first) and (_bounding(node) or (
            node.dep_ in ("nsubj", "nsubj:pass") and is_event_noun(node.lemma_))):
        return node.left_edge.idx, row["end"]
    if _closed(doc, span[1]):
        act = _act_before(doc, first - 1, year)
        if act is not None:
            # a participle's: the noun it qualifies with it ("la tuerie commise")
            noun = act if act.pos_ == "NOUN" else act.head
            return noun.left_edge.idx, row["end"]
    return None


def _qualifying_participle(token: Token) -> bool:
    """A past participle with no auxiliary, heading a phrase, telling what befell a noun
    which is no subject or attribute ("à son homologue, décédé à 92 ans"); a subject's ("Le
    ministre, arrivé mardi, a dit") frames the clause."""
    return (token.dep_ == "acl" and "Part" in token.morph.get("VerbForm", [])
            and "Past" in token.morph.get("Tense", [])  # not "un score écrasant en X"
            and not any(c.dep_.startswith("aux") for c in token.children)
            # a phrase of its own ("décédé à 92 ans"), not an adjective ("le président élu")
            and any(c.dep_ not in ("punct", "advmod") for c in token.children)
            and token.head.dep_ not in ("nsubj", "nsubj:pass", "xcomp")
            # what befell the noun ("décédé", "tuées"), not the frame of the clause's act
            # ("une interview accordée au Monde, jeudi,", "un repas organisé lundi")
            and type_of(token.lemma_.lower(), "VERB")[0] in _BEFALLING)


# The acts a participle tells of its noun whose apposed date is theirs, not the clause's.
_BEFALLING = frozenset({"death", "assault", "mass_violence", "fight", "accident", "arrest",
                        "charge", "trial"})
# How far back from an apposed date its act may stand, in words.
_ACT_REACH = 20


def _act_before(doc: Doc, comma: int, year: bool) -> Token | None:
    """The nearest participle qualifying a noun outside the subject ("a rendu hommage à X,
    décédé à 92 ans, jeudi 25 juillet": the death's day), or, for a year, an act's noun with its
    complement between ("sur l'assassinat de X, en 1988, ainsi que de Y, en 1990"), before
    the comma with no other verb between; None when another verb comes first or the noun
    stands right before the comma ("a annoncé sa démission, en 2019,": the announcement's
    year as much as the resignation's)."""
    start = max(doc[comma].sent.start, comma - _ACT_REACH)
    for token in reversed(doc[start:comma]):
        if token.text in ("(", ")"):
            return None  # "(12 morts, le 15 mars)": a bracket's toll, read by other rules
        if token.pos_ in ("VERB", "AUX"):
            return token if _qualifying_participle(token) else None
        if year and token.pos_ == "NOUN" and is_event_noun(token.lemma_.lower()):
            # "A son arrivée à la Maison Blanche, en 2017, X avait promis": a phrase opening
            # the sentence frames the clause's time too
            opening = token.left_edge.i == token.sent.start
            return token if token.i < comma - 1 and not opening else None
    return None


def _closed(doc: Doc, end: int) -> bool:
    """The token at `end` closes an apposition: a comma, a parenthesis, the sentence's end
    ("l'assassinat de X, en 1988, ainsi que": the murder's year)."""
    return end >= len(doc) or doc[end].text in (",", ")", ".", ";")


def _bounding(noun: Token) -> bool:
    return any(c.dep_ in ("case", "mark") and c.lower_ in _BOUNDING for c in noun.children)


@once_per_row(_BACKGROUND_KEY)
def background_phrase(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets of the phrase "après" or "avant" opens when the date completes its noun
    ("après la mise en examen fin janvier de son directeur"): the date is an act's of that
    phrase, the clause's background, not the clause's."""
    span = span_of(doc, row["start"], row["end"])
    node = doc[span[2]] if span is not None else None
    climbed = False
    while node is not None and node.dep_ == "nmod" and node.head.pos_ == "NOUN" and (
            node.head.i != node.i) and not (climbed and _opened_by_before_after(node)):
        node, climbed = node.head, True
    # the phrase completes a verb ("a réagi après la mise en examen") or a noun ("Un soutien
    # de poids, après la mise en examen de X vendredi")
    if node is not None and climbed and node.dep_.startswith(("obl", "nmod", "conj")) and (
            _opened_by_before_after(node)):
        return subtree_offsets(node)
    return _written_after_noun(doc, span) if span is not None else None


def _written_after_noun(doc: Doc, span: tuple[int, int, int]) -> tuple[int, int] | None:
    """The offsets from an "après"/"avant" phrase's act noun to the date written right after it,
    past the date's article or preposition ("Après le rejet en février par l'Assemblée, X
    avait nommé": the parse hung the date on the verb); None when no such noun stands there."""
    before = span[0] - 1
    while before > 0 and doc[before].pos_ in ("ADP", "DET"):
        before -= 1
    noun = doc[before]
    if noun.pos_ != "NOUN" or not is_event_noun(noun.lemma_) or not _opened_by_before_after(noun):
        return None  # not "après 24 ans en mars 2019": a span, no act
    return noun.left_edge.idx, doc[span[1] - 1].idx + len(doc[span[1] - 1])


@once_per_row(_SOURCE_KEY)
def source_phrase(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets of the "selon X" phrase the date is in ("selon un article du Journal daté
    du 24 mars, la consigne vient d'en haut"): the source's date, not the act it tells."""
    span = span_of(doc, row["start"], row["end"])
    node = doc[span[2]] if span is not None else None
    while node is not None and (node.pos_ != "VERB" or node.dep_ == "acl"):
        if any(c.dep_ == "case" and c.lower_ == "selon" for c in node.children):
            return subtree_offsets(node)
        node = node.head if node.head.i != node.i else None
    return None


@once_per_row(_REFERRED_KEY)
def referred_phrase(doc: Doc, row: Mapping[str, Any]) -> tuple[int, int] | None:
    """The offsets of an act's noun a verb of referring takes, with the date written right
    after the noun's phrase ("mentionnant l'explosion de la rue X en janvier"): the
    date is the act referred to, not the referring, whatever verb the parse hung it on."""
    span = span_of(doc, row["start"], row["end"])
    if span is None:
        return None
    verb = doc[span[2]].head
    lemma = verb.lemma_.lower()
    accusing = lemma in _words("accusing")
    if verb.pos_ != "VERB" or not (lemma in _words("referring") or _accused_of_doing(verb)
                                   or (accusing and bare_participle(verb))):
        return None
    for act in verb.children:
        if (((act.dep_ in ("obj", "obl:arg") and act.pos_ == "NOUN" and is_event_noun(act.lemma_))
             or (act.dep_ == "xcomp" and accusing))
                and act.right_edge.i < span[0]
                and all(t.pos_ in ("ADP", "DET") for t in doc[act.right_edge.i + 1:span[0]])):
            return act.left_edge.idx, row["end"]
    return None


def _accused_of_doing(verb: Token) -> bool:
    """A verb of accusing with an infinitive ("accuse X de l'avoir frappée en mars 2009"): the
    date after the infinitive is the act's, the infinitive a clause of its own."""
    return verb.lemma_.lower() in _words("accusing") and any(
        c.dep_ == "xcomp" and any(g.lower_ in _words("de") for g in c.children
                                  if g.dep_ == "mark") for c in verb.children)


def _opened_by_before_after(node: Token) -> bool:
    return any(c.dep_ == "case" and c.lower_ in _BEFORE_AFTER for c in node.children)
