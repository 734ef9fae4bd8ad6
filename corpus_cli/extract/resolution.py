"""Which full name a partial name of one document stands for: "Dupont" after "Jean Dupont",
a spelling slip of a surname the document writes more often, never a bare first name several
people share, nor a thing's name given to a person (or the reverse)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rapidfuzz.distance import Levenshtein

from corpus_cli.names import (
    MIN_SLIP_LENGTH,
    PersonName,
    country_forms,
    first_name_titles,
    fold,
    given_relation,
    in_order,
    is_given_name,
    low,
    other_gender,
    person_name,
)
from corpus_cli.nlp.model import common_word, inflected_form


@dataclass
class Mention:
    start: int  # token indices of the name
    end: int
    start_char: int
    end_char: int
    label: str
    name: str
    roles: list[str]
    resolved: str | None = None
    thing: bool = False  # written as a thing ("la X", "la série X": name_kinds.thing_label)
    nickname: bool = False  # introduced as a nickname ("surnommé le Chinois")
    headed: bool = False  # a bare surname after "le gouvernement", "l'administration"...
    after_article: bool = False  # a one-word name after "le"/"la" (`common_nouns`)
    seat: bool = False  # used as a place ("le procureur de X", "à X": mentions._used_as_place)
    family: bool = False  # a family's name ("les familles X et Y")
    kin: int | None = None  # the kinship noun it completes ("le fils de X": name_context)


def resolve(mentions: list[Mention]) -> None:
    """Point each partial name at the full name it abbreviates, nearest preceding first."""
    full = [(m, person_name(m.name)) for m in mentions if m.label == "PER"]
    full = [(m, p) for m, p in full if p.full and not _common_head(p.given[0])]
    if not full:
        return
    first_names = {fold(p.given[0]) for _, p in full}
    # full names first, so that "Dupont" after "Jean Dupont" reaches "Jean Paul Dupont"
    is_full = {id(m) for m, _ in full}
    ordered = sorted(mentions, key=lambda m: id(m) not in is_full)
    # a name the document writes as a thing ("la X") is that thing where not tagged a person:
    # it stands only for a longer name of a thing ("la X" for "la Y X", a car)
    things = {fold(m.name) for m in mentions if m.thing}
    written = Counter(fold(m.name) for m in mentions)
    surnames = Counter(fold(m.name.split()[-1]) for m in mentions if m.label == "PER")
    kin_named = _named_beside_kin(mentions, full)
    for mention in ordered:
        if mention.label != "PER" and fold(mention.name) in country_forms():
            continue
        thing = mention.thing or (mention.label != "PER" and fold(mention.name) in things)
        if (fold(mention.name) in first_names or mention.headed or mention.seat
                or mention.family or fold(mention.name) in kin_named):
            # "François" beside "François Dupont" and "Claude François": no guess; "le
            # gouvernement X" is the head's, whom the document may not name; "le procureur de
            # X" is a place's; a family is none of its members; "le fils de X, Y X": two X
            continue
        exact = [m for m, p in full if m is not mention and _shorter_form(mention.name, m.name, p)
                 and (mention.label == "PER" or _given_name_like(p.given[0]))]
        # a name the model did not tag a person's is no surname of a name whose "given name"
        # has digits or is a word of the language ("Bordeaux" is not "Rue89 Bordeaux", a site
        # the model took for a person; "Vierge" not "Regardez la Vierge", quoted words;
        # "Notre-Dame" not "Fondation Notre-Dame", "La France" not "Vive la France")
        if not exact and mention.label == "PER":
            # a slip is rarer than the name it slips from: a name written more often than
            # the full name it is one edit from is a name of its own
            exact = [m for m, p in full if _surname_slip(mention.name, p)
                     and written[fold(mention.name)] <= written[fold(m.name)]]
        if not exact and mention.label == "PER":
            exact = _full_name_slips(mention, full, surnames)
        # "Mme X" is none of the men named X, "M. X" none of the women
        exact = [m for m in exact if not other_gender(_titles(mention), m.resolved or m.name)]
        if exact:
            nearest = _nearest(mention, _same_office(mention, exact))
            target = nearest.resolved or nearest.name
            if _other_given_name(mention.name, target) or (thing and fold(target) not in things):
                continue
            if _titled_otherwise(mention, [m for m, _ in full if (m.resolved or m.name) == target]):
                continue  # "le roi X" beside the prince "Y X": his father
            if not thing and mention.label != "PER" and fold(target) in things:
                continue  # "à Y" beside "au X de Y", a shop: the place, not the thing's name
            mention.resolved = target


def _named_beside_kin(mentions: list[Mention], full: list[tuple[Mention, PersonName]]
                      ) -> set[str]:
    """Partial names (folded) that complete a kinship noun apposed to a full name they
    abbreviate ("le petit-fils du général X, Y X", "Y X, fille de X"): the document speaks of
    two people of that name, one not named in full, so a partial name is neither's."""
    return {fold(m.name) for m in mentions if m.kin is not None for f, p in full
            if f is not m and _shorter_form(m.name, f.name, p)
            and (0 < f.start - m.end <= 2 or 0 < m.kin - f.end <= 3)}


def _given_name_like(word: str) -> bool:
    """A given name of the tables, or a word written with no digits that the language does not
    have ("Primoz", "Nordahl"; not "Rue89", "Regardez", "Fondation")."""
    return is_given_name(word) or not (any(character.isdigit() for character in word)
                                       or inflected_form(word.lower())
                                       or common_word(word.lower()))


def _common_head(word: str) -> bool:
    """The "given name" of a full name is a noun of the language and no given name ("Fondation
    Notre-Dame", a foundation the model tagged a person): the name is a thing's, whose last
    word is no surname ("Notre-Dame" alone is the cathedral)."""
    return not is_given_name(word) and common_word(word.lower())


def _titled_otherwise(mention: Mention, holders: list[Mention]) -> bool:
    """The mention has a title of those called by one name ("le roi X", "le prince X") that
    no mention of the full name it would stand for has: someone else of that name."""
    titles = _titles(mention) & first_name_titles()
    return bool(titles) and not any(titles & _titles(holder) for holder in holders)


def _titles(mention: Mention) -> set[str]:
    return {low(role.split()[0]) for role in mention.roles if role.strip()}


def _other_given_name(partial: str, target: str) -> bool:
    """A full name whose given name is not the target's, though it begins it: "Alain Dupré"
    beside "Alain-Fabien Dupré" (a compound given name is one name; the father is most often
    meant), never a shorter form."""
    own, other = person_name(partial), person_name(target)
    return own.full and other.full and given_relation(own.given, other.given) is None


def _shorter_form(partial: str, full_name: str, person: PersonName) -> bool:
    """`partial` is `full_name` with words left out, surname kept ("Dupont", "Jean Dupont")."""
    short, long = fold(partial).split(), fold(full_name).split()
    surname = fold(person.surname[-1]).split()  # "Saint-Brévin": two words once folded
    if len(short) >= len(long) or short[-len(surname):] != surname:
        return False
    if len(short) > 1 and short[0] != long[0] and person_name(partial).given:
        return False  # "Anne Hidalgo" does not abbreviate "Rachida Dati-Anne Hidalgo"
    return in_order(short, long, str.__eq__)


def _surname_slip(partial: str, person: PersonName) -> bool:
    """A bare surname one edit from the full name's surname ("Petrov" / "Petrof")."""
    word, surname = fold(partial), fold(person.surname[-1])
    return (" " not in word and len(word) >= MIN_SLIP_LENGTH - 1
            and Levenshtein.distance(word, surname, score_cutoff=1) <= 1)


def _full_name_slips(mention: Mention, full: list[tuple[Mention, PersonName]],
                     surnames: Counter[str]) -> list[Mention]:
    """The full names of the document `mention` is a slip of: the same given names, a surname
    one edit away ("Piotr Valenkor" for "Piotr Valenko") that the document writes less often
    (counting its bare uses): a slip is rarer than the name it slips from."""
    own = person_name(mention.name)
    if not own.full:
        return []
    given, surname = fold(" ".join(own.given)), fold(own.surname[-1])
    return [m for m, p in full if m is not mention
            and fold(" ".join(p.given)) == given
            and fold(p.surname[-1]) != surname
            and _surname_slip(surname, p)
            and surnames[surname] < surnames[fold(p.surname[-1])]]


def _same_office(mention: Mention, candidates: list[Mention]) -> list[Mention]:
    """Of the full names of several people a partial name may stand for, those of the one
    person whose mentions carry the partial's title ("le Premier ministre X" beside "le
    Premier ministre Y X" and "sa femme, Z X": Y), else all of them."""
    titles = _titles(mention)
    titled = [m for m in candidates if titles & _titles(m)]
    return titled if titled and len({m.resolved or m.name for m in titled}) == 1 else candidates


def _nearest(mention: Mention, candidates: list[Mention]) -> Mention:
    before = [m for m in candidates if m.start_char < mention.start_char]
    if before:
        return max(before, key=lambda m: m.start_char)
    return min(candidates, key=lambda m: m.start_char)
