"""Every dated clause with an actor is an event: the fallbacks behind the candidates.

- `governing_predicate`: the clause a date row belongs to when the token it hangs on is no
  predicate of its own (a thing's noun, a copula, an auxiliary): the first verb above it, or the
  predicate of a copula ("était au Portugal", "sont mortes").
- `presence`: a copula or a verb of presence with a place or a role ("était au Portugal en janvier",
  "était présent à", "se trouvait à") is a visit (CAMEO 042, consult family).
- `described_actor`: the subject noun phrase headed by a noun of a person or of an acting body
  ("l'homme", "un policier", "les manifestants", "le gouvernement"), as text, when no name acts:
  something must act ("la situation" never does).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.dates.grammar.words import lexicon_section
from corpus_cli.extract.name_edges import word_bounds
from corpus_cli.names import is_demonym, is_given_name, masculine

from .anaphora import countries_of, pronoun_antecedent, subject_pronoun, words_opened
from .kinds import is_event_noun, quantity
from .persons import ACTORS_FILE, of_persons
from .senses import argument_sense, gathered
from .tokens import inside, quotations
from .tree import (
    _CLAUSE_DEPS,
    _SPEECH_TYPES,
    DIED,
    _Group,
    _Mentions,
    adverb_read_as_adjective,
    fronted_subjects,
    hangs_under,
    infinitive,
    noun_as_adjective,
    of_complement,
    one_person_determined,
    row_name,
)
from .wordlists import _words, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

# The prepositions of a noun's complement ("une réunion des ministres").
_OF = frozenset({"de", "d'", "d’", "du", "des"})
# Relations of the words that are no predicate of their own.
_AUXILIARY_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "cop", "mark", "case", "det"})
# How far up a date may look for its clause's predicate.
MAX_CLIMB = 6
# Dependents of a subject that belong to its description ("un homme âgé de 32 ans"), not a
# relative clause or an incise of their own.
_DESCRIPTION_DEPS = frozenset({"det", "amod", "nummod", "nmod", "case", "flat:name", "fixed",
                               "advmod", "acl"})
# "l'un des X", "l'une des X": one of persons, described by them.
ONE = frozenset({"un", "une"})
# The longest description kept as an actor, in words.
MAX_DESCRIPTION = 8
# The type of a presence: CAMEO 042, make a visit, in the consult root.
PRESENCE = ("consult", "042")
_PRESENCE_WORDS = frozenset({"présent", "présente", "présents", "présentes"})
_PRESENCE_VERBS = frozenset({"trouver", "rendre", "déplacer"})  # pronominal: "se rendre"
# The times a stay is told in ("passer la journée à X").
_STAY_TIMES = frozenset({"journée", "soirée", "nuit", "matinée", "après-midi", "week-end",
                         "weekend", "semaine", "jour"})
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
_TENSE_AUXILIARIES = frozenset({"aux", "aux:tense", "aux:pass"})
# Prepositions that set an act as the background of the clause it is in.
_BACKGROUND = frozenset({"après", "avant", "depuis", "malgré", "dès", "suite"})


def _inhabitants(noun: Token) -> bool:
    """A capitalised word with no determiner that a crowd counts ("des milliers de
    Québécois", "des centaines de Lyonnais"): the people of a place, persons."""
    return (noun.text[:1].isupper() and noun.pos_ in ("NOUN", "PROPN")
            and not any(c.dep_ == "det" for c in noun.children))


def _names_an_act(noun: Token) -> bool:
    """A noun of a body that also names an act, with "de" and a common noun under an
    indefinite article ("l'organisation d'une journée", "la commission d'un crime"): the act.
    Not "la commission des lois", a body."""
    return noun.lemma_.lower() in _acts_too() and any(
        c.dep_ == "nmod" and c.pos_ == "NOUN" and any(g.dep_ == "case" and g.lower_ in _OF
                                                      for g in c.children)
        and any(g.dep_ == "det" and g.lower_ in ONE for g in c.children)
        for c in noun.children)


@functools.cache
def _acts_too() -> frozenset[str]:
    return wordfiles.words(ACTORS_FILE, "acts_too")


def opens_description(adverb: Token, start: int | None = None) -> bool:
    """An adverb of time on a noun or a name, its words (from `start`, else the adverb) after a
    comma or "et" ("X, aujourd'hui ministre", "X, ancien maire, et désormais député"): it
    tells the description's time, no act's."""
    first = adverb.i if start is None else start
    head = adverb.head
    # or on an adjective apposed to one ("X, aujourd'hui âgé de 70 ans"), which the parse
    # may hang on the verb ('", dénonce la mère, aujourd'hui âgée de 24 ans')
    described = head.pos_ in ("NOUN", "PROPN") or (head.pos_ == "ADJ" and (
        head.head.pos_ in ("NOUN", "PROPN") if head.dep_ == "amod" else head.dep_ == "xcomp"))
    return (adverb.pos_ == "ADV" and adverb.dep_ == "advmod" and described
            and first > 0 and adverb.doc[first - 1].lower_ in (",", "et"))


def governing_predicate(token: Token) -> Token | None:
    """The predicate of the clause `token` is in: itself when it is a verb or a copula's
    predicate, else the first such word above it, never beyond its clause."""
    for _ in range(MAX_CLIMB):
        if token.dep_ in ("cop", "aux", "aux:tense", "aux:pass"):
            token = token.head
            continue
        if token.pos_ in ("VERB", "AUX") or any(c.dep_ == "cop" for c in token.children):
            return token
        if token.head.i == token.i or token.dep_ in _CLAUSE_DEPS:
            return None
        token = token.head
    return None


def presence(predicate: Token, index: _Mentions) -> bool:
    """A copula with a place or a word of presence, or a verb of presence with a place; not
    a predicate its arguments give a sense ("des milliers de personnes sont attendues à
    Paris": a rally)."""
    if argument_sense((predicate,)) is not None:
        return False
    # "est mort mardi à Lyon": the parse may label the auxiliary of a verb's compound tense
    # a copula; a participle is no state of being somewhere
    copula = any(c.dep_ == "cop" for c in predicate.children) and not (
        (predicate.pos_ == "VERB" and "Part" in predicate.morph.get("VerbForm", []))
        or masculine(predicate.lower_) in DIED)
    if copula and predicate.lower_ in _PRESENCE_WORDS:
        return True
    if _stays(predicate):
        return any(_place(c, index) for c in predicate.children if c.dep_.startswith("obl"))
    if copula or predicate.lemma_.lower() in ("être", *_PRESENCE_VERBS):
        if predicate.lemma_.lower() in _PRESENCE_VERBS and not any(
                c.lower_ in _words("reflexive") for c in predicate.children):
            return False  # "trouver un accord", "rendre hommage": no presence
        candidates = [predicate] if copula else []
        candidates += [c for c in predicate.children if c.dep_.startswith("obl")]
        return any(_place(token, index) for token in candidates)
    return False


def _stays(predicate: Token) -> bool:
    """ "séjourne", "passe la journée", "a passé le week-end": a verb of a stay."""
    lemma = predicate.lemma_.lower()
    return lemma == "séjourner" or (lemma == "passer" and any(
        c.dep_ in ("obj", "obl:mod") and c.lemma_.lower() in _STAY_TIMES
        for c in predicate.children))


def _place(token: Token, index: _Mentions) -> bool:
    row = index.at(token)
    if row is None or row["label"] != "LOC":
        return False
    return any(c.dep_ == "case" and c.lower_ in _words("place_prepositions")
               for c in token.children)


def background(anchor: Token) -> bool:
    """A noun of an act in a phrase of time or cause ("après l'incendie", "malgré les
    violences") or on its sidelines ("en marge des manifestations"): the people of the clause
    it is in do something else."""
    return anchor.pos_ in ("NOUN", "PROPN") and (any(
        c.dep_ in ("case", "fixed") and c.lower_ in _BACKGROUND for c in anchor.children)
        or _on_the_sidelines(anchor))


def _on_the_sidelines(anchor: Token) -> bool:
    margin = anchor.head
    return (anchor.dep_ == "nmod" and margin.i != anchor.i and margin.lemma_.lower() == "marge"
            and any(c.dep_ == "case" and c.lower_ == "en" for c in margin.children))


def described_subject(predicate: Token) -> str | None:
    """The predicate's subject as text when it is headed by a person noun ("l'homme", "au moins
    dix personnes", "le suspect" of a passive); None when it is a thing, a pronoun or absent."""
    # The parse may hang the subject on the auxiliary when an adverbial splits it from the
    # participle ("les X avaient pour la première fois remporté"): the auxiliary's is the verb's;
    # so is that of a causative "faire" hung under its infinitive ("X avait fait savoir").
    children = list(predicate.children)
    subjects = [c for c in children if c.dep_ in _SUBJECT]
    if len(subjects) > 1 and described_noun(subjects[0]) is None:
        # the parse hangs an absolute clause's subject on the verb too ("Cette séquence ayant
        # été commentée, l'acolyte de X a pris la parole", "C'est ainsi que le parti a
        # lancé"): the nearest that describes someone, after a comma or with no phrase
        # between them that could hold it ("Le vote pour élire le successeur de X")
        described = next((found for c in reversed(subjects[1:]) if c.i < predicate.i
                          and _apart(subjects[0], c) and _agrees(c, predicate)
                          and (found := described_noun(c))), None)
        if described is not None:
            return described
    subject = subjects[0] if subjects else None
    if subject is None:
        subject = next((c for holder in children if holder.dep_ in _TENSE_AUXILIARIES or (
                            holder.lemma_.lower() == "faire" and holder.i < predicate.i)
                        for c in holder.children if c.dep_ in _SUBJECT), None)
    if subject is None:  # "X était ce matin l'invité": the copula and X hung on the date
        subject = next((c for holder in children if holder.i < predicate.i and any(
            g.dep_ == "cop" for g in holder.children) for c in holder.children
            if c.dep_ in _SUBJECT), None)
    if subject is None:
        subject = next(iter(fronted_subjects(predicate)), None)
    if subject is None and predicate.dep_ == "ROOT":
        subject = _lost_subject(predicate)
    if subject is None and predicate.dep_ in ("acl", "amod") and gathered(predicate):
        # "des milliers de manifestants rassemblés samedi": the crowd, not its participle
        return described_noun(_counted(predicate.head), predicate)
    if (subject is not None and subject.lower_ == "qui" and predicate.dep_ == "acl:relcl"
            and predicate.head.pos_ in ("NOUN", "PROPN")):
        head = _person_of_relative(predicate.head)
        subject = head if of_persons(head) or quantity(head) else (
            _person_before(subject) or head)
    return described_noun(subject) if subject is not None and _agrees(subject, predicate) else None


def _lost_subject(verb: Token) -> Token | None:
    """The noun of persons a sentence's verb with no subject follows, with its article and no
    preposition, set off by commas and an apposition ("Dans un entretien, l'ex-ministre,
    désormais candidat, est revenu sur": the parse hung the noun elsewhere); no verb between."""
    if any(c.dep_ in _SUBJECT or c.dep_.startswith("expl") for c in verb.children):
        return None
    own = {c.i for c in verb.children if c.dep_.startswith("aux")}
    for token in reversed(verb.doc[verb.sent.start:verb.i]):
        if token.pos_ in ("VERB", "AUX") and token.i not in own:
            return None
        if (token.pos_ == "NOUN" and of_persons(token) and token.i - 2 >= verb.sent.start
                and token.doc[token.i - 1].pos_ == "DET" and token.doc[token.i - 2].text == ","
                and not any(c.dep_ == "case" for c in token.children)):
            return token
    return None


def _apart(first: Token, later: Token) -> bool:
    """`later` opens a phrase of its own after `first`: a comma before it, or no preposition
    nor verb between them."""
    doc = later.doc
    if later.left_edge.i > 0 and doc[later.left_edge.i - 1].text == ",":
        return True
    return not any(t.pos_ in ("ADP", "VERB") for t in doc[first.i + 1:later.left_edge.i])


def _counted(noun: Token) -> Token:
    """The count a noun of people is the complement of ("des milliers de manifestants"), else
    the noun."""
    head = noun.head
    if noun.dep_ == "nmod" and head.pos_ == "NOUN" and (
            quantity(head) or any(c.dep_ == "nummod" for c in head.children)):
        return head
    return noun


def _person_before(relative: Token) -> Token | None:
    """The person noun whose phrase ends right before "qui", past its name ("aux révélations
    du magazine X qui a affirmé": the parse hangs "qui" on "révélations")."""
    token = relative.doc[relative.i - 1] if relative.i > relative.sent.start else None
    while token is not None and token.head.i < token.i and (
            token.dep_ == "flat:name" or (token.pos_ == "PROPN" and token.dep_ in (
                "nmod", "appos") and not any(c.dep_ == "case" for c in token.children))):
        if token.ent_type_ == "PER" or is_given_name(token.text):
            return None  # a person's name ("le député X qui"): the names' own rule reads it
        token = token.head  # "magazine X": the noun the name is apposed to
    return token if token is not None and token.pos_ == "NOUN" and of_persons(token) else None


def _person_of_relative(noun: Token) -> Token:
    """The person noun a relative clause hung on a noun's complement is about ("le locataire
    de la Maison Blanche, qui briguera": the parse hangs "qui" on "Maison"), else the noun."""
    token = noun
    for _ in range(3):
        if of_persons(token) or token.dep_ not in ("nmod", "flat:name") or token.head.pos_ not in (
                "NOUN", "PROPN"):
            break
        token = token.head
    return token if of_persons(token) else noun


def _agrees(subject: Token, predicate: Token) -> bool:
    """The subject's number is its finite verb's: "l'Égalité entre les femmes et les hommes
    affirmait" is a misparse, "les hommes" no subject of a singular verb."""
    finite = [t for t in (predicate, *predicate.children) if (t.i == predicate.i or t.dep_ in
              _TENSE_AUXILIARIES) and "Fin" in t.morph.get("VerbForm", [])]
    numbers = {n for t in finite for n in t.morph.get("Number", [])}
    own = set(subject.morph.get("Number", []))
    coordinated = any(c.dep_ == "conj" for c in subject.children)  # "X et Y ont"
    return (quantity(subject) or coordinated or cardinal(subject) or not numbers or not own
            or bool(numbers & own))


def _infinitive(token: Token) -> bool:
    """An infinitive, or a perfect one ("avoir frappé"), hung on a noun: the act the noun is
    called to or accused of ("ses partisans à manifester", "X de lui avoir touché"), no part
    of its description."""
    return token.pos_ == "VERB" and infinitive(token)


def _nominal_adjective(token: Token) -> bool:
    """A word the tagger read as an adjective but a determiner or a number makes a noun ("un
    autre assaillant", "le blessé", "plus de 2.000 curieux"), or a demonym of one person
    ("l'Australien", which the mentions index sets aside as no country)."""
    return (token.pos_ == "ADJ" or (token.pos_ == "PROPN" and is_demonym(token.text)
                                    and one_person_determined(token))) and any(
        c.dep_ in ("det", "nummod") and c.i < token.i for c in token.children)


def nationality_actor(noun: Token) -> str | None:
    """The country whose nationality adjective qualifies an event noun ("l'intervention
    française", "une frappe israélienne"): it acts; None otherwise."""
    if noun.pos_ != "NOUN" or not is_event_noun(noun.lemma_):
        return None
    found = countries_of(c.text for c in noun.children if c.dep_ == "amod" and c.i > noun.i)
    return next(iter(found)) if len(found) == 1 else None


# Nouns of a meeting whose "de" complement is not who meets: who is received.
_HOSTING = frozenset({"accueil", "réception", "audition"})


def speaker_of_noun(noun: Token, event_type: str) -> Token | None:
    """The person noun that complements a noun of saying with "de" ("l'allocution du chef de
    l'État lundi soir"): who speaks, whatever governs the noun; or a noun of a meeting ("une
    réunion des ministres de l'UE vendredi"): who meets."""
    if noun.pos_ != "NOUN" or not (event_type in _SPEECH_TYPES or (
            event_type == "consult" and noun.lemma_.lower() not in _HOSTING
            and not (noun.lemma_.lower() == "rencontre" and any(
                c.dep_ == "case" and c.lower_ == "à" for c in noun.children)))):
        return None  # "il est allé à la rencontre des agriculteurs": he meets them
    # a bare noun after "de" classes the act, names no one ("une conférence de presse")
    # a title right before a person's name ("la visite du roi X") is the name's
    return next((c for c in noun.children if of_complement(c) and of_persons(c)
                 and _determined(c) and c.ent_type_ != "PER" and not (
                     c.i + 1 < len(c.doc) and c.doc[c.i + 1].ent_type_ == "PER")), None)


def _determined(noun: Token) -> bool:
    """The noun has a determiner, or the article its preposition holds ("du", "des")."""
    return any(c.dep_ == "det" or (c.dep_ == "case" and c.lower_ in ("du", "des", "au", "aux"))
               for c in noun.children)


def described_noun(subject: Token | None, beside: Token | None = None) -> str | None:
    """A noun as the text of who it describes, when it is headed by a person noun or an acting
    body; None otherwise. Not the words of `beside`, the participle the noun is told by."""
    # "l'un des invités", "sept de ces huit personnes": some of the people told
    one_of = subject is not None and ((subject.pos_ == "PRON" and subject.lower_ in ONE)
                                      or cardinal(subject))
    if subject is None or not (subject.pos_ == "NOUN" or _nominal_adjective(subject) or one_of):
        return None
    if _names_an_act(subject) or noun_as_adjective(subject):
        return None  # "l'organisation d'une journée de dialogue": an act, no body
    if subject.lower_ == "personne" and not any(c.dep_ == "det" for c in subject.children):
        return None  # "Personne n'a revendiqué l'attaque": nobody, the pronoun
    country = nationality_actor(subject)
    if country is not None and not of_persons(subject):
        return country  # "les frappes américaines ont visé": the United States struck
    if not of_persons(subject) and not any((of_persons(c) or (quantity(subject) and (
            _inhabitants(c) or _counted_persons(c))))
                                            for c in subject.children
                                            if _of_part(c) and (quantity(subject) or one_of)):
        return None  # "des milliers de manifestants", "l'un des invités": the people act
    # A bare noun complement is no description but a misattached date ("cet homme dimanche").
    # The noun's own preposition ("par", "devant") is no part of it, nor what the parse hung
    # on that preposition ("à partir du mercredi 13 mars devant le tribunal").
    words = sorted([subject, *(t for c in subject.children if c.dep_ in _DESCRIPTION_DEPS
                               and c.dep_ != "case" and c.i < subject.i + MAX_DESCRIPTION
                               and not (c.dep_ == "nmod" and not _of_part(c))
                               and not _coordinated(c) and not _infinitive(c)
                               and not adverb_read_as_adjective(c)
                               # a verb the parse hung before it ("s'est insurgé mardi le
                               # candidat") is the incise's, inverted
                               and not (c.i < subject.i and c.pos_ == "VERB" and any(
                                   g.dep_.startswith(("aux", "expl")) for g in c.children))
                               for t in c.subtree)], key=lambda t: t.i)
    words = _whole_phrases(subject, [t for t in words if abs(t.i - subject.i) <= MAX_DESCRIPTION
                                     and (beside is None or not beside.is_ancestor(t))
                                     and t != beside])
    # Cut at a comma or a parenthesis: what follows is an incise. Quotation marks hold a name
    # ('le secrétaire du "Conseil X"'), kept whole or not at all.
    kept = [t for t in words if t.i <= subject.i
            and not (t.dep_ == "case" and t.head.i == subject.i)]  # "par" of an agent
    if not kept:
        return None
    # a phrase fronted before a comma is no part of it ("De retour du Chili, l'ex-ministre")
    comma = max((t.i for t in subject.doc[kept[0].i:subject.i] if t.text == ","), default=None)
    if comma is not None:
        kept = [t for t in kept if t.i > comma]
    for token in (t for t in words if t.i > subject.i):
        if (token.is_punct and not token.is_quote) or token.i != kept[-1].i + 1:
            break
        kept.append(token)
    doc = subject.doc
    # the length limit does not cut a person's name ("la mort de George Floyd")
    while (kept[-1].i >= subject.i + MAX_DESCRIPTION and kept[-1].i + 1 < len(doc)
           and doc[kept[-1].i + 1].ent_iob_ == "I" and doc[kept[-1].i + 1].pos_ == "PROPN"
           and kept[-1].ent_type_ == "PER"):
        kept.append(doc[kept[-1].i + 1])
    while sum(t.is_quote for t in kept) % 2:
        last = max(n for n, t in enumerate(kept) if t.is_quote)
        # an opening quotation mark first ('"Souvent le président partait') goes alone
        kept = kept[:last] if last else kept[1:]
    # an adverb of the clause the parse hung on the noun ('"Souvent le président partait')
    while len(kept) > 1 and kept[0].pos_ == "ADV" and kept[1].pos_ == "DET":
        kept = kept[1:]
    if not kept:
        return None
    text = "".join(t.text_with_ws for t in _with_glued_start(kept)).strip()
    return _GLUED_BEFORE.sub("", text) or None


def _of_part(noun: Token) -> bool:
    """The people a part is of: a complement with "de", or with the "des" the tagger may
    read as an article ("trois des policiers")."""
    return of_complement(noun) or (noun.dep_ == "nmod" and not any(
        c.dep_ == "case" for c in noun.children) and any(
        c.dep_ == "det" and c.lower_ == "des" and c.i < noun.i for c in noun.children))


def cardinal(word: Token) -> bool:
    """A number heading its noun phrase ("Sept de ces huit personnes", "trois des
    manifestants"), however the tagger read it (a capital makes it a proper noun)."""
    return word.like_num and word.pos_ in ("NUM", "PROPN", "PRON") and word.dep_ != "nummod"


# The end of a parenthesis or a quotation the scrape glued before a description's first word
# ("(en français)Le tireur", one token): no part of it.
_GLUED_BEFORE = re.compile(r"^\S*?[)»\"](?=[A-ZÀ-Ý])")


def _with_glued_start(words: list[Token]) -> list[Token]:
    """The words with those the tokenizer split off the first one at a hyphen ("deux
    grands-parents", parsed "grands", "-", "parents" with the noun "parents" alone), and the
    number or article before them."""
    doc, first = words[0].doc, words[0].i
    glued = word_bounds(doc, first, first + 1)[0]
    if glued == first:
        return words
    if glued >= 1 and doc[glued - 1].pos_ in ("DET", "NUM"):
        glued -= 1
    return [*doc[glued:first], *words]


def _counted_persons(count: Token) -> bool:
    """A count of persons under a count ("des dizaines de milliers d'internautes")."""
    return quantity(count) and any(of_persons(c) for c in count.children if of_complement(c))


def _coordinated(token: Token) -> bool:
    """A dependent opened by a conjunction ("des gendarmes puis placé en garde à vue", a verb
    the parse hung on the noun): another clause, no part of the description."""
    return any(c.dep_ == "cc" and c.i < token.i for c in token.children)


def _whole_phrases(subject: Token, words: list[Token]) -> list[Token]:
    """The words whose head is kept too: a description cut at its length limit ends with a
    whole phrase ("l'auteur de l'attentat du marché de Noël"), never a dangling "de"."""
    kept = {subject.i}
    for token in sorted(words, key=lambda t: abs(t.i - subject.i)):
        if token.i != subject.i and _chain_kept(token, kept, {t.i for t in words}):
            kept.add(token.i)
    return [t for t in words if t.i in kept]


def _chain_kept(token: Token, kept: set[int], words: set[int]) -> bool:
    """Every head between the token and the kept words is among the words."""
    head = token.head
    while head.i not in kept:
        if head.i not in words or head.head.i == head.i:
            return False
        head = head.head
    return True


def antecedent(predicate: Token, index: _Mentions,
               resolve: Callable[[Token], int | None] | None = None,
               pronoun: Token | None = None) -> str | None:
    """The person a subject pronoun "il"/"elle" (or the given `pronoun`, a possessive)
    stands for (anaphora.pronoun_antecedent: the last person named as a subject in its
    sentence or the three before, quotations left out, or the one a nearer role noun subject
    stands for, `resolve` telling whom), else the person last described as a subject ("Un
    homme de 30 ans a été arrêté. Il est sorti de prison en mai")."""
    subject = pronoun if pronoun is not None else subject_pronoun(predicate)
    if subject is None:
        return None
    found = pronoun_antecedent(predicate.doc, subject, index, resolve)
    if found is not None:
        return row_name(index.rows[found])
    doc = subject.doc
    # '"... (two sentences) ...", a-t-elle affirmé': from the sentence before the words open
    start = words_opened(subject)
    opened = doc.char_span(start, start + 1, alignment_mode="expand")
    sentence = opened.sent if opened is not None else subject.sent
    first = doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
    quoted = quotations(doc)
    # the pronoun of an incise says who spoke: the holder of the view given before it
    speaks = subject.lower_.startswith("-") or subject.i > subject.head.i
    for token in reversed(doc[first:subject.i]):
        if token.pos_ != "NOUN" or inside(quoted, token.idx) or (
                token.dep_ in _SUBJECT and hangs_under(token.head, _SAID_CLAUSES)):
            continue  # "Il a expliqué qu'un centre pourrait recevoir": not the centre
        described = (described_subject(token.head) if token.dep_ in _SUBJECT
                     else described_noun(token)
                     if _inverted_speaker(token) or (speaks and _opinion_holder(token))
                     else None)
        if described is not None:
            return described
    return None


# The clauses a verb of saying or thinking governs: their subjects are what was said about.
_SAID_CLAUSES = frozenset({"ccomp", "csubj"})


def _opinion_holder(noun: Token) -> bool:
    """A person noun opening its sentence after "pour" or "selon" ("Pour la présidente du
    parti, le système fonctionne"): whose view the sentence gives, a speaker."""
    case = next((c for c in noun.children if c.dep_ == "case"), None)
    return (case is not None and case.lower_ in ("pour", "selon") and case.i == noun.sent.start
            and of_persons(noun))


def _inverted_speaker(noun: Token) -> bool:
    """A noun after a verb of saying that has no subject, which the parse took for its object
    ('"...", s'est indigné l'animateur'): the speaker."""
    verb = noun.head
    if noun.dep_ != "obj" or noun.i < verb.i or any(c.dep_.startswith("nsubj")
                                                    for c in verb.children):
        return False
    if verb.lemma_.lower() in lexicon().reporting:
        return True
    # an incise after a quotation: '"...", s'est indigné X' (any verb: a saying's manner)
    between = verb.doc[max(0, verb.i - 5):verb.i]
    quote = max((t.i for t in between if t.is_quote), default=None)
    return quote is not None and all(t.is_punct or t.pos_ in ("PRON", "AUX", "ADV")
                                     for t in verb.doc[quote + 1:verb.i])


def _has_case(token: Token) -> bool:
    return any(child.dep_ == "case" for child in token.children)


def between_sides(head: Token, group: _Group) -> bool:
    """The name is a side of "entre X et Y" on the event's noun ("les combats entre X et Y",
    "une rencontre entre X et Y"), or on the verb a thing's noun is the subject of ("des
    tensions sont apparues en mai entre X et Y", "un accord a été signé entre X et Y"): an
    act the two sides do together, each doing it."""
    token = head
    while token.dep_ in ("conj", "appos", "flat:name") and token.head.i != token.i:
        token = token.head
    if not any(c.dep_ == "case" and c.lower_ == "entre" for c in token.children):
        return False
    governor = past_time_words(token.head)  # "en mai entre X et Y": hung on the month
    if governor.pos_ in ("NOUN", "PROPN"):
        return governor.i in group.indices
    return (governor.pos_ in ("VERB", "AUX") and governor.i in group.indices | {group.anchor.i}
            and any(c.dep_.startswith("nsubj") and c.pos_ == "NOUN" and not of_persons(c)
                    for c in governor.children))  # not "les électeurs ont hésité entre"


def described_sides(group: _Group) -> str | None:
    """The sides of "entre" on the event's noun as text when they are described, not named
    ("l'échange entre les deux hommes"): each does the act."""
    return next((found for token in group.tokens if token.pos_ == "NOUN"
                 for c in token.children if c.dep_ == "nmod" and any(
                     g.dep_ == "case" and g.lower_ == "entre" for g in c.children)
                 and _determined(c)  # "un dîner entre couples": a kind of dinner
                 and (found := described_noun(c)) is not None), None)


def past_time_words(token: Token) -> Token:
    """The first word above the date words a phrase is hung on ("en mai entre X et Y",
    "Interrogé jeudi 21 juin par X": the parse hangs it on the month), the token if none."""
    while token.dep_ in ("obl:mod", "nmod") and _time_word(token):
        token = token.head
    return token


def _time_word(token: Token) -> bool:
    return token.like_num or calendar_word(token)


def calendar_word(token: Token) -> bool:
    """A weekday or a month, which the parse may make a verb's complement ("a reçu jeudi")."""
    return token.lower_ in _months_and_days()


@functools.cache
def _months_and_days() -> frozenset[str]:
    return frozenset(lexicon_section("months")) | frozenset(lexicon_section("weekdays"))


def sentence_names(predicate: Token, index: _Mentions, blocked: set[int],
                   line: tuple[int, int]) -> list[int]:
    """Mention rows of the persons and organisations of the predicate's sentence (and line)
    that no other event holds: the participants of a dated clause whose parse lost its
    arguments ("Dimanche, dans un journal, 30 maires, dont X, ont appelé à...")."""
    sentence = predicate.sent
    low, high = max(sentence.start_char, line[0]), min(sentence.end_char, line[1])
    found: list[int] = []
    for number, row in enumerate(index.rows):
        if (row["label"] in ("PER", "ORG") and low <= row["start"] < high
                and number not in found
                and index.by_token.get(predicate.i) != number
                and not any(index.by_token.get(i) == number for i in blocked)):
            found.append(number)
    return found


# The acts a possessor undergoes ("son arrestation", "sa nomination"); of the others it is
# the performer ("sa démission", "son discours", "son putsch").
POSSESSOR_UNDERGOES = frozenset({"arrest", "charge", "trial", "appointment", "election",
                                 "assault", "coerce", "death"})
# Possessive determiners of one third person ("son discours", "sa démission"); "leur" is
# a group's, which the antecedent search (persons) cannot tell.
_POSSESSIVES = frozenset({"son", "sa", "ses"})


def possessive(anchor: Token, is_act: Callable[[str], bool] | None = None) -> Token | None:
    """The possessive that says whose act an event noun is ("sa démission le 3 mars"), or
    whose the noun a participle qualifies ("son discours prononcé fin septembre"), or, with
    `is_act` (a lemma names an act), whose the act a verb's subject names ("ses
    déclarations remontent au 3 mars")."""
    noun = anchor
    if is_act is not None and anchor.pos_ in ("VERB", "AUX"):
        noun = next((child for child in anchor.children if child.dep_ in _SUBJECT
                     and child.pos_ == "NOUN" and is_act(child.lemma_)), anchor)
    if noun is anchor and anchor.pos_ != "NOUN":
        if (anchor.dep_ not in ("acl", "amod") or anchor.head.pos_ != "NOUN"
                or "Part" not in anchor.morph.get("VerbForm", [])):
            return None  # "sa volonté de jouer": the will's, not the act's
        if of_persons(anchor.head):
            return None  # "son père, décédé lundi": the father died, not the possessor
        noun = anchor.head
    return next((child for child in noun.children
                 if child.dep_ == "det" and child.lower_ in _POSSESSIVES), None)


def report_after(predicate: Token) -> int | None:
    """The offset of the comma that opens an incise of reporting after the predicate in its
    sentence ("..., rappelle Le Journal", "..., révèle Le Journal, qui précise"), else None."""
    sentence = predicate.sent
    for comma in (t for t in predicate.doc[predicate.i + 1:sentence.end] if t.text == ","):
        end = next((t.i for t in predicate.doc[comma.i + 1:sentence.end] if t.is_punct),
                   sentence.end)
        if inverted_report(predicate.doc[comma.i + 1:end]) is not None:
            return comma.idx
    return None


def inverted_report(words: Span) -> Token | None:
    """A verb with no subject before it and its subject after it, to the end of `words`: of
    reporting ("ajoute le quotidien régional"), or any verb a name follows ("a relevé Le
    Point"): an inverted subject is an incise's."""
    for k, token in enumerate(words):
        subjects = [c.i for c in token.children if c.dep_.startswith("nsubj")]
        # a subject before it is no subject when the parse gives it one after it too
        if token.pos_ != "VERB" or (any(i < token.i for i in subjects)
                                    and not any(i > token.i for i in subjects)):
            continue
        after = words[k + 1:]
        named = any(t.pos_ == "PROPN" for t in after)
        # the subject's own complements may follow it ("le chef du gouvernement")
        if len(after) and after[0].pos_ != "ADP" and all(
                t.pos_ in ("DET", "PROPN", "NOUN", "ADJ", "ADP") for t in after) and (
                named or (token.lemma_.lower() in lexicon().reporting
                          and any(t.pos_ == "NOUN" for t in after))):
            return token
    return None


def absolute_participle(subject: Token) -> bool:
    """A noun with a present participle of its own ("leurs auteurs réclamant l'abandon de la
    réforme, révèle l'AFP"): an absolute clause, which the parse may read as a subject."""
    return any(c.dep_ == "acl" and "Part" in c.morph.get("VerbForm", [])
               and "Pres" in c.morph.get("Tense", []) for c in subject.children)
