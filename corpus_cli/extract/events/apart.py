"""A name set apart before its verb: the verb's subject, wherever the parse hung it
("Dévoilant un courrier, X annonce", "L'une d'entre elles, X, a déclaré", "..., une
ex-république soviétique, et clamant avoir gagné, M. X a annoncé")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from .persons import of_persons
from .tokens import span_of
from .tree import is_relative
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

# The most words of a role written before a name ("son ministre de l'Économie").
_MAX_ROLE_WORDS = 6


def subject_left_apart(doc: Doc, verb: Token, start: int, end: int) -> bool:
    """A name right before a finite verb that has no subject but stray ones (`stray_subject`),
    opening the clause after a comma, maybe after its role ("Dévoilant un courrier du
    ministère, X annonce mardi...", "Quatre jours avant la reprise des négociations, le
    Premier ministre X a rassemblé"): the parse hung it on the phrase before (an apposition
    to "ministère"); it is the verb's subject. A "subject" that opens with a preposition, or
    an adjective ("Discrète depuis sa défaite, X a fait sa rentrée"), is that phrase
    misread."""
    span = span_of(doc, start, end)
    if span is None or span[1] > verb.i or doc[span[2]].head.i == verb.i:
        return False
    # the reflexive "se" (expl:comp, expl:pass) is no subject: "X s'est rendue"
    subjects = [c for c in verb.children if c.dep_.startswith(("nsubj", "expl:subj"))
                and c.pos_ != "ADJ" and not phrase_read_as_subject(c)]
    apart = bool(subjects)  # every subject is a stray one, set apart before the name
    # or one inside the name's own incise ("X, l'ancien directeur de l'ARS Grand Est limogé
    # en avril, a déploré": not "Est")
    incise = range(span[1] + 1, _past_incise(doc, span[0], span[1], verb))
    if any(not stray_subject(c, span[0]) and c.i not in incise for c in subjects) or not any(
            "Fin" in t.morph.get("VerbForm", []) for t in (verb, *verb.children)
            if t.i <= verb.i):
        return False
    first = span[0]
    while first >= verb.sent.start + 2 and doc[first - 1].pos_ == "CCONJ" and _named(
            doc[first - 2]):
        first -= 2  # "Madrid et Barcelone ont annoncé": the list's first name
        while first > verb.sent.start and _named(doc[first - 1]):
            first -= 1
    first = role_start(doc, first, verb.sent.start)
    opening = first == verb.sent.start or doc[first - 1].text == ","
    # the verb's own adverbials may stand between ("X a pour sa part annoncé", "pour sa
    # part" read as a subject too)
    adverbial = {t.i for c in verb.children if c.i < verb.i and (
        c.dep_ in ("obl:mod", "advmod") or phrase_read_as_subject(c)) for t in c.subtree}
    # a name apposed to the subject closes its incise ("L'une d'entre elles, X, a déclaré")
    apposed = span[1] if apart and doc[span[1]].text == "," else -1
    return opening and all(t.dep_.startswith(("aux", "advmod", "expl")) or t.pos_ in (
        "ADV", "CCONJ") or _named(t) or t.i in adverbial or t.i == apposed
        for t in doc[_past_incise(doc, first, span[1], verb):verb.i])


def phrase_read_as_subject(subject: Token) -> bool:
    """A "subject" that opens with a preposition ("X a pour sa part annoncé": "pour sa
    part"): a phrase the parse misread, no subject."""
    return any(c.dep_ == "case" for c in subject.children)


def stray_subject(subject: Token, first: int) -> bool:
    """A noun or a pronoun the parse made the subject, before the name at token `first` that
    opens the clause after a comma: the name is the subject; a noun of things is an
    apposition of the phrase before ("..., une ex-république soviétique, ..., M. X a
    annoncé"), a pronoun or a noun of persons what the name is apposed to ("L'une d'entre
    elles, X, a déclaré", "le secrétaire d'État, X, a confirmé"); a noun of persons only with
    a person's name right after its comma ("le député X, proche de Y, a posté": X)."""
    doc = subject.doc
    persons = subject.pos_ == "NOUN" and of_persons(subject)
    return (subject.i < first and subject.pos_ in ("PRON", "NOUN") and (
        not persons or (doc[first - 1].text == "," and doc[first].ent_type_ == "PER"))
            and any(t.text == "," for t in doc[subject.i + 1:first]))


def _past_incise(doc: Doc, first: int, after: int, verb: Token) -> int:
    """Past the incise between commas with no finite verb that follows a name opening the
    sentence's main clause, if any ("Samedi, X, également candidat à la présidence du parti,
    avait appelé"); not a name apposed in a clause before ("X est mort à la station, Y, dans
    le XVIe, rapporte Z")."""
    if after >= verb.i or doc[after].text != "," or verb.pos_ not in ("VERB", "AUX") or any(
            "Fin" in t.morph.get("VerbForm", []) for t in doc[verb.sent.start:first]):
        return after
    close = next((t.i for t in reversed(doc[after + 1:verb.i]) if t.text == ","), None)
    if close is None or any("Fin" in t.morph.get("VerbForm", []) for t in doc[after:close]):
        return after
    return close + 1


def role_start(doc: Doc, first: int, floor: int) -> int:
    """Where the words of a role before the name at token `first` start, no further back than
    `floor` ("le Premier ministre X", "son ministre de l'Économie X")."""
    name = first
    while first > floor and name - first < _MAX_ROLE_WORDS and (
            doc[first - 1].pos_ in ("DET", "ADJ", "NOUN") or doc[first - 1].lower_ in _words("de")):
        first -= 1
    return first


def _named(token: Token) -> bool:
    """A capitalised word of a name ("Barcelone" is often tagged a noun)."""
    return token.pos_ in ("PROPN", "NOUN") and token.text[:1].isupper()


def antecedent_of(subject: Token) -> Token:
    """The antecedent of a relative pronoun subject, wherever the parse hung its clause ("X
    qui doit prononcer mercredi son discours": X, not "qui"); any other subject as it is."""
    if not is_relative(subject) or subject.i == 0:
        return subject
    clause = subject.head
    if (clause.dep_ == "acl:relcl" and clause.head.pos_ in ("PROPN", "NOUN")
            and clause.head.i < subject.i):
        return clause.head
    before = subject.doc[subject.i - 1]
    if before.pos_ == "PROPN" and before.ent_type_ == "PER":  # the person right before "qui"
        return before.head if before.dep_ == "flat:name" else before
    return subject
