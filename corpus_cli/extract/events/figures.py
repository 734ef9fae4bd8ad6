"""Clauses that state a figure, not an act: a poll's share ("ils sont 57 % à penser"), a
copula's count ("le nombre de tués est de 31"), an amount over a period ("la facture
s'élevait à 2,8 millions en 2015")."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Token

_PERCENT = frozenset({"%", "pourcent", "pourcentage"})


def figure_clause(predicate: Token) -> bool:
    """A verb a percentage governs ("ils sont 57 % à penser que", "sont 40 % à partager"): a
    poll's figure, not an act of the people counted; or a figure a copula states ("le nombre
    de tués est de 31")."""
    if predicate.pos_ == "NUM" or predicate.like_num:
        # not a date's day the parse made the focus of a cleft ("C'est ce 11 mai qu'est entré
        # en vigueur l'arrêté")
        return any(c.dep_ == "case" for c in predicate.children)
    head = predicate.head
    return (predicate.dep_ in ("xcomp", "acl") and head.i != predicate.i
            and (head.text == "%" or head.lemma_.lower() in _PERCENT))


# A date this coarse dates a figure's period as readily as an act ("en 2015", "en mars").
_PERIODS = frozenset({"year", "month", "quarter", "season", "half", "week", "decade",
                      "century"})
# The complements that say how much a verb amounts to: "s'élevait à 2,8 millions", "a passé
# 555 heures"; and its subject, a crowd counted over the period ("En 2018, 285 000 jeunes
# ont choisi cette formule").
_AMOUNT_DEPS = frozenset({"obj", "obl:arg", "nsubj"})
# Nouns of a count read as a figure, whatever their number ("2,8 millions"); not those of a
# share or a few ("un quart de son indemnité", "un certain nombre de petites phrases").
_LARGE_NOUNS = frozenset({"millier", "million", "milliard"}) | _PERCENT
# The smallest count read as a figure rather than as things an act makes ("met en place
# trois groupes de travail" is an act).
_LARGE = 100


def tally_clause(predicate: Token, date: Mapping[str, Any]) -> bool:
    """A verb whose object or argument is a large amount, dated by a period ("la facture
    s'élevait à 2,8 millions en 2015", "a passé 555 heures à bord en 2018"): a figure of the
    period, no act on a day. Asked of the verbs the lexicons do not type only: a typed act
    with a count ("a signé deux accords en mars") stays an event."""
    if date.get("granularity") not in _PERIODS:
        return False
    # not the date's own count, which the parse may hang on the verb ("il y a deux ans"); the
    # amount the parse hung on the date's word is the verb's ("s'élevait début 2014 à 96.000
    # euros": "euros" under "début")
    inside = [child for child in predicate.children if date["start"] <= child.idx < date["end"]]
    complements = [*(c for c in predicate.children if c.dep_ in _AMOUNT_DEPS),
                   *(c for t in inside for c in t.children if c.dep_ == "nmod")]
    return any(child.pos_ in ("NOUN", "PROPN") and not date["start"] <= child.idx < date["end"]
               and _amount(child) for child in complements)


def _amount(noun: Token) -> bool:
    # "285 000 jeunes": the tagger may read the digits as determiners; a subject is a crowd
    # its count opens, not a name a year follows ('X, "meilleur pâtissier" 2016')
    if noun.lemma_.lower() in _LARGE_NOUNS or noun.text == "%":
        return True
    if noun.dep_ == "nsubj":
        return noun.pos_ == "NOUN" and any(c.dep_ in ("nummod", "det") and c.like_num
                                           and c.i < noun.i and _large(c)
                                           for c in noun.children)
    return any(c.dep_ == "nummod" and _large(c) for c in noun.children)


def _large(number: Token) -> bool:
    """A number of at least a hundred, in digits ("555", "20.000") or in words."""
    if number.lower_ in ("cent", "cents", "mille"):
        return True
    digits = number.text.replace(".", "").replace(" ", "").replace("\u202f", "").replace(",", ".")
    try:
        return float(digits) >= _LARGE
    except ValueError:
        return False
