"""Who speaks in an incise: the subject French inverts after a verb of saying ('"...", a
déclaré X', ', a précisé lundi le ministre'), which the parser reads as an object or a
modifier; the names conjoined to it; and the reporter of a clause ('Le pont sera fermé, a
annoncé X'), who is no participant of what it reports."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping, Sequence, Set
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.spans import spaced_dash
from corpus_cli.names import honorifics
from corpus_cli.nlp.model import text_of
from corpus_cli.nlp.participles import FIRST_GROUP_ENDINGS

from .anaphora import hyphened, offices
from .arguments import _mention_head, _preposition, label_of_person
from .clauses import ONE, absolute_participle
from .first_person import first_person_subject
from .kinds import predicate_type
from .offices import held_office, office_over_complement
from .outlets import known_outlet
from .persons import of_persons
from .tokens import after_quotation, inside, quotations, span_of, utterances
from .tree import (
    NEUTER_CLITICS,
    _Group,
    _Mentions,
    bare_participle,
    causative,
    comparison_mark,
    infinitive,
    single_group,
)
from .wordlists import Trigger, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_PRONOUNS = frozenset({"il", "elle", "ils", "elles"})


def has_case(token: Token) -> bool:
    return any(child.dep_ == "case" for child in token.children)


# How a name hangs on the noun it is apposed to ("le préfet X").
_APPOSED = frozenset({"appos", "flat:name", "flat"})
# Types whose verb is one of saying: a name inverted after it in incise is the speaker
# (", révèle lundi X": the outlet that publishes).
SPEECH_ROLES = frozenset({"public_statement", "appeal", "demand", "disapprove", "reject",
                           "threaten", "intent_to_cooperate", "yield", "diplomatic_cooperation",
                           "publication"})
# Labels of a speaker inverted after a verb of saying: a person, a body, or an outlet the model
# could not class (", révèle mercredi Le Journal du Soir", often MISC).
SPEAKER_LABELS = frozenset({"PER", "ORG", "MISC"})
# The most words between a verb and a speaker inverted after it (", a ironisé lundi soir X").
MAX_INVERSION_GAP = 4
# The most words of a prepositional phrase between them (", a dit au micro de Radio Sud X").
MAX_PHRASE_GAP = 6
# The longest aside between dashes read past to an inverted subject.
_LONGEST_ASIDE = 16


def _apposed_to_outlet(name: Token) -> bool:
    """A person's name the parse apposed to an outlet's right before it ('", déplore dans Le
    Journal X'): the inverted speaker, not the outlet's complement."""
    outlet = name.head
    if name.dep_ != "appos" or outlet.i > name.i:
        return False
    first = next((t.i for t in name.doc[outlet.left_edge.i:outlet.i + 1] if t.dep_ != "case"),
                 outlet.i)  # not "dans"
    return known_outlet(name.doc[first:name.left_edge.i].text)


def inverted_speaker(doc: Doc, group: _Group, row: Mapping[str, Any],
                      index: _Mentions) -> bool:
    """The name after a verb of saying in incise ('", a déclaré X', ', a précisé lundi X'):
    the parser often reads it as the object or a modifier, but it is the speaker. Holds for a
    verb with no subject before it, right after a comma or a quotation mark, when the name
    is the first one after it, with no preposition."""
    verb = group.anchor
    if (verb.pos_ not in ("VERB", "AUX") or row["start"] < verb.idx
            or (infinitive(verb) and not causative(verb)) or _subject_before(verb)):
        return False  # "a affirmé, dans un entretien, avoir prévenu X": no incise
    # a place's name right after the verb speaks too: an outlet the model took for a place
    # (", révèle Franceinfo"), a seat of power (", a fait savoir Matignon")
    if row["label"] not in SPEAKER_LABELS and not (
            row["label"] == "LOC" and right_after(doc, verb, row)):
        return False
    first = _group_start(verb)
    if not _inversion_opens(doc, verb, first):
        return False
    if (group.trigger.type not in SPEECH_ROLES and not after_quotation(doc, first)
            and not right_after(doc, verb, row)):
        return False  # a verb the lists do not know ("ironise X"): only a name right after it
    head = _mention_head(doc, row)
    # "le premier questeur de l'Assemblée nationale X": X holds the office, whatever "de" the
    # parse lends it
    prepositional = _preposition(doc, head, row) is not None and (
        row["label"] != "PER" or (office_over_complement(head) is None
                                  and not _apposed_to_outlet(head)))
    if (prepositional or _behind_person_noun(verb, row)
            or _in_aside(verb, row) or in_parentheses(doc, row)):
        return False
    # The first name after the verb, complements aside ("a déclaré sur Radio Sud X"), and
    # those of the office the name holds ("le chef du Mouvement (M) Luigi X": Luigi X).
    if row["label"] != "PER" and any(
            (held := held_office(doc, r)) is not None and held.left_edge.idx <= row["start"]
            for r in index.rows if row["start"] < r["start"] < verb.sent.end_char):
        return False  # the office's complement, not the person holding it
    office = held_office(doc, row)
    earlier = [r for r in index.rows if verb.idx < r["start"] < row["start"]
               and r["label"] in SPEAKER_LABELS and r["start"] < verb.sent.end_char
               and _preposition(doc, _mention_head(doc, r), r) is None and not _in_aside(verb, r)
               and not in_parentheses(doc, r) and not label_of_person(doc, r)
               and (office is None or r["start"] < office.left_edge.idx)]
    return not earlier


def _behind_person_noun(verb: Token, row: Mapping[str, Any]) -> bool:
    """A person noun stands in the inverted subject's place and the name is not its own (not
    in its phrase nor apposed to it: "a estimé le ministre dimanche dans une interview à la
    chaîne X", a date or a verb outside the noun's phrase between them): the noun is the
    speaker, the name something else."""
    slot = _inverted_slot(verb)
    if slot is None or slot.pos_ != "NOUN" or not of_persons(slot) or slot.idx > row["start"]:
        return False
    if (row["label"] != "PER" and slot.lemma_.lower().removeprefix("ex-") in offices()
            and any(t.idx == row["start"] and not _after_comma(t) for t in slot.subtree)):
        # "déplorait le conseiller régional PS": the holder's party; not "le quotidien X",
        # which names the outlet, nor "le patron de l'organisation, X", who holds the post
        return True
    own = {t.i for t in slot.subtree}
    between = itertools.takewhile(lambda t: t.idx < row["start"], verb.doc[slot.i + 1:])
    return any((t.lower_ in _words("inversion_gap") and t.pos_ != "DET")
               or (t.i not in own and t.pos_ in ("VERB", "AUX")) for t in between)


def in_parentheses(doc: Doc, row: Mapping[str, Any]) -> bool:
    """The name stands alone in parentheses ("le député de La République en marche (LREM)
    X"): a gloss of the words before it, an acronym or a party, no one inverted to speak."""
    text = text_of(doc)
    before, after = row["start"] - 1, row["end"]
    while before >= 0 and text[before].isspace():
        before -= 1
    while after < len(text) and text[after].isspace():
        after += 1
    return before >= 0 and text[before] == "(" and after < len(text) and text[after] == ")"


def _after_comma(token: Token) -> bool:
    return token.i > 0 and token.doc[token.i - 1].text == ","


def inverted_noun(doc: Doc, group: _Group) -> Token | None:
    """The noun a verb of saying in incise inverts as its subject ('", a déclaré dimanche le
    député à l'AFP', ', estiment mardi 21 avril les maires'): a speaker described, not named.
    The parser reads it as the object."""
    verb = group.anchor
    if (verb.pos_ not in ("VERB", "AUX") or (infinitive(verb) and not causative(verb))
            or _subject_before(verb)):
        return None
    first = _group_start(verb)
    if not _inversion_opens(doc, verb, first):
        return None
    if group.trigger.type not in SPEECH_ROLES and not after_quotation(doc, first):
        return None
    return _inverted_noun_of(verb)


# How a French past participle ends ("invité", "reçue", "pris", "dite"), unlike the present
# the tagger may read as one ("lance").
_PARTICIPLE_END = re.compile(r"(?:é|i|u|is|it|t)e?s?$")


def inverted_noun_of(verb: Token) -> Token | None:
    """The noun a verb in incise inverts as its subject, whatever its type ("a analysé le
    sénateur, invité sur Radio Sud": the guest the participle after it is said of)."""
    if verb.pos_ not in ("VERB", "AUX") or _subject_before(verb) or not _inversion_opens(
            verb.doc, verb, _group_start(verb)):
        return None
    return _inverted_noun_of(verb)


def _inversion_opens(doc: Doc, verb: Token, first: int) -> bool:
    """French inverts the subject after the verb group starting at `first`: in
    incise, after the object's relative pronoun, or after the reported clause with its comma
    left out. Not after a bare participle said of a noun of the clause before it (", a dit le
    sénateur, invité lundi sur Radio Sud, faisant référence à X": no one inverted)."""
    if (first == verb.i and "Part" in verb.morph.get("VerbForm", [])
            and _PARTICIPLE_END.search(verb.lower_) and _said_of_noun(verb)):
        return False
    return (_incise_opens(doc, first) or _object_relative(doc, first)
            or _unpunctuated_incise(verb, first))


def _said_of_noun(participle: Token) -> bool:
    """The participle follows a noun and a comma, after a finite verb of its sentence outside
    quotations: it is said of a noun of that clause, not fronted before its own subject."""
    doc, quoted = participle.doc, quotations(participle.doc)
    return participle.i - 2 > participle.sent.start and doc[participle.i - 1].text == "," and (
        doc[participle.i - 2].pos_ in ("NOUN", "PROPN", "ADJ")) and any(
        "Fin" in t.morph.get("VerbForm", []) and not inside(quoted, t.idx)
        for t in doc[participle.sent.start:participle.i])


def _unpunctuated_incise(verb: Token, first: int) -> bool:
    """A verb group of saying right after a clause of its own, the comma left out ("le
    gouvernement va renforcer le plafonnement a annoncé dimanche le ministre"): a finite
    verb before it in its sentence, the word before it no pronoun, clitic or conjunction."""
    doc = verb.doc
    if first <= verb.sent.start or "Fin" not in doc[first].morph.get("VerbForm", []):
        return False
    before = doc[first - 1]
    if before.pos_ in ("PRON", "CCONJ", "SCONJ", "ADP", "DET", "AUX", "VERB") or before.is_punct:
        return False
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
               for t in doc[verb.sent.start:first - 1])


def _object_relative(doc: Doc, first: int) -> bool:
    """The verb group opens on the object's relative pronoun, where French inverts the
    subject too ("C'est ce qu'a affirmé mercredi un proche du ministre")."""
    return first > 0 and doc[first - 1].lower_ in ("qu'", "qu’", "que") and (
        doc[first - 1].dep_ == "obj")


def quoted_speaker_noun(predicate: Token) -> Token | None:
    """The noun inverted as the speaker of the incise after the quotation a first-person act
    is told in ('"Nous prendrons le décret", a fait savoir la ministre'): who acts, described,
    where no name does (a named speaker is roles.with_quote_speaker's)."""
    if first_person_subject(predicate) is None:
        return None
    doc = predicate.doc
    end = next((end for start, end in utterances(doc) if start <= predicate.idx < end), None)
    if end is None:
        return None
    # past the marks, the verb group of the incise ("a fait savoir"), its last verb
    verb = None
    for word in (t for t in predicate.sent if t.idx >= end):
        if word.pos_ in ("VERB", "AUX"):
            verb = word
        elif verb is not None or not (word.is_punct or word.is_quote):
            break
    return _inverted_noun_of(verb) if verb is not None and verb.pos_ == "VERB" else None


def _inverted_noun_of(verb: Token) -> Token | None:
    """The noun in the verb's inverted subject's place, with no preposition: a speaker
    described ("a dit le député")."""
    token = _inverted_slot(verb)
    # "l'un de ses conseillers": one of the persons the pronoun's complement names
    one_of = token is not None and token.pos_ == "PRON" and token.lower_ in ONE
    return token if token is not None and (token.pos_ == "NOUN" or one_of) and not has_case(
        token) else None


def _inverted_slot(verb: Token) -> Token | None:
    """The first word after a verb where French puts an inverted subject: past the adverbs,
    date words, determiners, adjectives before their noun and a short prepositional phrase
    ("a reconnu mardi au micro de Franceinfo le ministre"). Read along the words, not the
    parse, which hangs that noun anywhere (on the date, even)."""
    doc = verb.doc
    position, skipped, comma = verb.i + 1, 0, False
    while position < min(verb.i + MAX_INVERSION_GAP + 3 + skipped, verb.sent.end):
        token = doc[position]
        phrase = _phrase_end(token) or _aside_end(token)
        if phrase is not None:
            skipped += phrase - position
            position = phrase
            continue
        if (token.pos_ in ("ADV", "NUM", "DET") or token.lower_ in _words("inversion_gap")
                or (token.pos_ == "ADJ" and token.head.i > token.i)
                or token.lower_ in honorifics()):
            position += 1  # "l'ancien ministre", "Me X": the words before the noun or name
            continue
        if position == verb.i + 1 and (token.text == "," or (
                token.dep_ == "xcomp" and token.head.i == verb.i and infinitive(token))):
            # "a expliqué, vendredi au Figaro, l'élu du Nord": an aside opens; "croit savoir
            # la maire": the verb group goes on
            position += 1
            continue
        if token.text == "," and position > verb.i + 1 and not comma:
            # "a estimé mercredi sur Franceinfo, le leader du parti": the complements closed
            comma = True
            position += 1
            continue
        return token
    return None


def _reported_before(verb: Token, first: int, subjects: Sequence[Token]) -> bool:
    """The words before the comma are what was said, and the person after the verb says it
    ("Le début est décalé, a annoncé mardi le ministre"): the verb group right after a comma,
    its parsed subject no one who could speak (name, pronoun, person noun) or quoted words
    after it, and a person's name or a person noun in the inverted subject's place."""
    if first < 1 or verb.doc[first - 1].text != ",":
        return False
    if any(_speaker_like(subject) and not any(t.is_quote for t in verb.doc[subject.i:first])
           and not absolute_participle(subject) and not _finite_between(subject, first)
           for subject in subjects):
        return False  # 'La ville compte "20% de moins", a estimé le maire': quoted between
    slot = _inverted_slot(verb)
    return slot is not None and not has_case(slot) and (
        slot.ent_type_ in ("PER", "ORG") or (slot.pos_ == "NOUN" and of_persons(slot))
        or _outlet_at(slot))


def _outlet_at(slot: Token) -> bool:
    """A news outlet's name stands in the inverted subject's place (", rapporte L'Opinion
    mercredi"): what the clause before says is its report, whatever name or relative clause
    precedes (an outlet is reported by no one, so it is no object of a verb of saying)."""
    doc = slot.doc
    entity = next((e for e in doc.ents if e.start <= slot.i < e.end), None)
    if entity is None:
        return False
    # the model's span may run on into a date ("L'Opinion mercredi 13 décembre")
    return any(known_outlet(doc[entity.start:end].text)
               for end in range(slot.i + 1, min(entity.end, slot.i + 4) + 1))


def _finite_between(subject: Token, first: int) -> bool:
    """A finite verb of its own follows the subject before the incise ("Le maire
    démissionnera, rapporte X"): the subject is that verb's, said, not the speaker."""
    return any(t.pos_ in ("VERB", "AUX") and "Fin" in t.morph.get("VerbForm", [])
               for t in subject.doc[subject.i + 1:first])


def _speaker_like(token: Token) -> bool:
    return (token.ent_type_ in ("PER", "ORG") or token.lower_ in _PRONOUNS
            or token.pos_ == "PRON" or of_persons(token))


def _in_aside(verb: Token, row: Mapping[str, Any]) -> bool:
    """The name stands in an aside between spaced dashes after the verb."""
    for token in verb.doc[verb.i + 1:verb.sent.end]:
        if token.idx >= row["start"]:
            return False
        end = _aside_end(token)
        if end is not None and token.doc[end - 1].idx > row["start"]:
            return True
    return False


def _aside_end(token: Token) -> int | None:
    """The index after an aside between spaced dashes that the token opens ("a insisté jeudi
    - avant la conférence de presse de M. X - Y Z"), when it closes in its sentence."""
    doc = token.doc
    if not spaced_dash(doc, token.i):
        return None
    return next((t.i + 1 for t in doc[token.i + 1:min(token.sent.end, token.i + _LONGEST_ASIDE)]
                 if spaced_dash(doc, t.i)), None)


def _phrase_end(token: Token) -> int | None:
    """The index after the prepositional phrase a preposition opens ("au micro de X"), when
    it is short enough to stand between a verb of saying and its inverted subject."""
    head = token.head
    if token.dep_ != "case" or head.i <= token.i:
        return None
    end = max(t.i for t in head.subtree) + 1
    # a person's name the parse apposed to the phrase's noun ends it ("a expliqué à l'AFP Me
    # X" inverts X), as does a noun with a determiner and no preposition ("dans les colonnes
    # du Journal un membre du gouvernement")
    end = next((t.i for t in token.doc[head.i + 1:end] if (t.ent_iob_ == "B" and (
        t.ent_type_ == "PER" or t.lower_ in honorifics())) or (
        t.pos_ == "DET" and t.head.pos_ == "NOUN" and t.head.i > t.i and not has_case(t.head))),
        end)
    return end if end - token.i <= MAX_PHRASE_GAP else None


def incise_speaker(doc: Doc, group: _Group, index: _Mentions) -> int | None:
    """The mention row of the name a verb of saying in incise inverts as its subject when the
    parse hung it outside the verb's clause ('"Nous partirons", a expliqué lundi X', with X
    read as the quoted verb's subject), or None."""
    verb = group.anchor
    if group.trigger.type not in SPEECH_ROLES or verb.pos_ not in ("VERB", "AUX"):
        return None
    # asked once per event and again for each of its participants (roles.py): read once
    cache = index.cache.setdefault("incise_speakers", {})
    key = (verb.i, group.trigger.type)
    if key not in cache:
        end = verb.sent.end_char
        # "a déploré l'élue LR": the person the label is written of speaks, not the party
        found = next((number for number, row in enumerate(index.rows)
                      if verb.idx < row["start"] < end and not label_of_person(doc, row)
                      and inverted_speaker(doc, group, row, index)), None)
        cache[key] = impersonal_speaker(doc, group, index) if found is None else found
    return cache[key]


def reporter_of(doc: Doc, group: _Group, index: _Mentions) -> tuple[list[int], str] | None:
    """(mention rows, type of the verb of saying) of the names that report the event's clause
    in an incise after it ("Le pont sera fermé lundi, a annoncé le préfet X": X reports the
    closing; "ont estimé X et Y": both), or None. A reporter is no participant of what it
    reports; a promise's maker ("doit être livré mercredi, a promis X") is who will act."""
    anchor = group.anchor
    if inside(quotations(doc), anchor.idx):
        return None  # quoted words: their speaker acts for "nous" (with_quote_speaker)
    found = next((saying for saying in _sayings(doc, anchor.sent, index)
                  if saying[0] > anchor.i), None)
    return None if found is None or found[1] is None else (found[1], found[2])


def _sayings(doc: Doc, sentence: Span, index: _Mentions
             ) -> list[tuple[int, list[int] | None, str]]:
    """(position, reporters or None, type) of each verb of saying in incise after a comma in
    the sentence ('..., a annoncé X'), found once per sentence."""
    cache = index.cache.setdefault("sayings", {})
    if sentence.start in cache:
        return cache[sentence.start]
    found: list[tuple[int, list[int] | None, str]] = []
    for verb in sentence:
        if verb.pos_ != "VERB" or verb.dep_ in ("xcomp", "ccomp", "acl", "acl:relcl"):
            continue
        first = _group_start(verb)
        if first == 0 or doc[first - 1].text != "," or _subject_before(verb):
            continue
        kind = predicate_type(verb, "VERB", False)[0]
        if kind not in SPEECH_ROLES:
            continue
        saying = single_group(verb, Trigger(verb.lemma_.lower(), "VERB", kind, None))
        speaker = next((number for number, row in enumerate(index.rows)
                        if verb.idx < row["start"] < sentence.end_char
                        and inverted_speaker(doc, saying, row, index)), None)
        found.append((verb.i, None if speaker is None else _with_conjoined(doc, index, speaker),
                      kind))
    cache[sentence.start] = found
    return found


def with_conjoined_speakers(doc: Doc, index: _Mentions, speaker: int, actors: list[int],
                            targets: list[int]) -> tuple[list[int], list[int]]:
    """Actors and targets with the names conjoined to an inverted speaker speaking with it
    ('", ont estimé X et Y': the parse reads Y as an object)."""
    joined = [m for m in _with_conjoined(doc, index, speaker) if m != speaker]
    return ([*actors, *(m for m in joined if m not in actors)],
            [m for m in targets if m not in joined])


def _with_conjoined(doc: Doc, index: _Mentions, number: int) -> list[int]:
    """The mention row and the rows the parse conjoins to it ("l'Unicef et les ONG X et Y",
    "le préfet X et la maire Y": through the nouns the names are apposed to)."""
    first = _mention_head(doc, index.rows[number])
    heads = {first.i, *([first.head.i] if first.dep_ in _APPOSED else [])}
    found = [number]
    for other in range(number + 1, len(index.rows)):
        row = index.rows[other]
        span = span_of(doc, row["start"], row["end"])
        joined = [] if span is None else [
            conjoined for token in doc[span[0]:span[1]]
            if (conjoined := _conjoined_to(token, heads)) is not None]
        if not joined:
            break
        heads.update(joined)
        found.append(other)
    return found


def _conjoined_to(token: Token, heads: Set[int]) -> int | None:
    """The conjunct a word stands in (itself, or the noun it is apposed to) when its head is
    one of `heads`, or None."""
    for _ in range(3):
        if token.dep_ == "conj" and {token.head.i, token.head.head.i} & heads:
            return token.i
        if token.dep_ not in _APPOSED:
            return None
        token = token.head
    return None


def _subject_before(verb: Token) -> bool:
    """The verb has a subject before it: no incise, whose subject is inverted after it (the
    parse may well label that inverted one nsubj: '", a expliqué lundi X'). Right after a
    closing quotation and a comma the verb is in incise whatever the parse hung on it (the
    quoted clause, read as its subject: 'Il "est un choc", a déclaré X')."""
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass") and c.i < verb.i
                and not (c.lower_ in NEUTER_CLITICS and comparison_mark(verb))]
    if any(hyphened(c) for c in verb.children):
        return True  # '", a-t-il déclaré', '», explique-t-elle': the inverted pronoun is it
    first = _group_start(verb)
    if (subjects and first >= 2 and verb.doc[first - 1].text == ","
            and verb.doc[first - 2].is_quote):
        closing = verb.doc[first - 2].idx
        quoted = next(((start, end) for start, end in quotations(verb.doc)
                       if start < closing < end), None)
        if quoted is not None:  # the quoted words are no subject of the verb after them
            subjects = [c for c in subjects if not quoted[0] <= c.idx < quoted[1]]
    return bool(subjects) and not _reported_before(verb, first, subjects)


# The words of an adverbial phrase between an auxiliary and its participle, at most.
_MAX_ADVERBIAL = 5


def _incise_opens(doc: Doc, first: int) -> bool:
    """The words before a verb group open an incise: a punctuation or quotation mark, or
    "comme" or "ainsi que" with its object clitic ("comme l'a confirmé X", "ainsi que le
    rappelle X")."""
    if first == 0:
        return False
    before = doc[first - 1]
    if before.is_punct or before.is_quote:
        return True
    if before.lower_ in NEUTER_CLITICS and first >= 2:
        before = doc[first - 2]
    return before.lower_ == "comme" or (
        before.lower_ in ("que", "qu'", "qu’") and before.i > 0
        and doc[before.i - 1].lower_ == "ainsi")


def _group_start(verb: Token) -> int:
    """The first token of a verb and its auxiliaries and clitics ("s'est agacé"), with the
    causative "faire" of an infinitive and its own ("ont fait savoir")."""
    # not a word behind a quotation mark: the parse may hang a quoted verb's auxiliary on
    # the verb of the incise after it ('"on a du mal", a déploré X')
    before = [c for c in verb.children if c.i < verb.i and (
        c.dep_.startswith(("aux", "expl")) or (c.lemma_ == "faire" and verb.i - c.i <= 2))
        and not any(t.is_quote for t in verb.doc[c.i + 1:verb.i])]
    if not before:
        return _auxiliary_apart(verb)
    return min([verb.i, *(c.i for c in before), *(g.i for c in before if c.lemma_ == "faire"
                                                   for g in c.children if g.i < c.i
                                                   and g.dep_.startswith(("aux", "expl")))])


def _auxiliary_apart(verb: Token) -> int:
    """The auxiliary an adverbial phrase parts from its participle, which the parse then
    hangs elsewhere ('", a une fois de plus rappelé X'), else the participle."""
    if "Part" not in verb.morph.get("VerbForm", []) and not verb.lower_.endswith(
            FIRST_GROUP_ENDINGS):  # a participle the tagger read as a present ("déploré")
        return verb.i
    position = verb.i - 1
    while position >= 0 and verb.i - position <= _MAX_ADVERBIAL and (
            verb.doc[position].lower_ in _words("adverbial_words")
            or verb.doc[position].pos_ == "ADV"):
        position -= 1
    found = verb.doc[position] if position >= 0 and position < verb.i - 1 else None
    return position if found is not None and found.lemma_ in ("avoir", "être") else verb.i


def incise_verb(doc: Doc, verb: Token) -> bool:
    """A verb in incise right after a quotation, with no subject before it ('"...", a ironisé
    X', '"...", s'est agacée X')."""
    if verb.pos_ != "VERB" or _subject_before(verb):
        return False
    first = _group_start(verb)
    return first > 0 and after_quotation(doc, first)


def inverted_after_quotation(doc: Doc, verb: Token) -> bool:
    """A verb right after a quotation whose subject is the pronoun inverted after it ('"...",
    a-t-il lancé'): in incise too."""
    return verb.pos_ == "VERB" and any(hyphened(c) for c in verb.children) and (
        after_quotation(doc, _group_start(verb)))


def right_after(doc: Doc, verb: Token, row: Mapping[str, Any]) -> bool:
    """The name follows the verb with at most a few adverbs or date words and its article
    between ('", ironise mardi X'): French inverts the subject so only after a verb of
    saying."""
    between = [t for t in doc[verb.i + 1:verb.i + MAX_INVERSION_GAP + 2] if t.idx < row["start"]]
    if between and between[-1].i == verb.i + MAX_INVERSION_GAP + 1:
        return False  # more words than the gap allows
    # the name's own article too ("relate le Figaro", the model's name leaving it out)
    return all(
        t.pos_ in ("ADV", "NUM") or t.lower_ in _words("inversion_gap")
        or (t.pos_ == "DET" and t is between[-1]) for t in between)


def quoted_before(doc: Doc, group: _Group, row: Mapping[str, Any]) -> bool:
    """The name stands in the quotation a verb of saying in incise closes ('"X est fatigué",
    a estimé Y'): what was said, not who said it, whatever the parse made its subject."""
    verb = group.anchor
    if (row["start"] >= verb.idx or group.trigger.type not in SPEECH_ROLES
            or bare_participle(verb) or not incise_verb(doc, verb)):
        return False  # '"X", né en 1982': the quotation names X
    return any(start <= row["start"] < end <= verb.idx for start, end in quotations(doc))


def reports_clause(verb: Token) -> bool:
    """The verb group opens an incise after a comma that closes a clause of its own, with a
    finite verb ("X n'est pas en reste, a rapporté Le Journal"): the reported words. Not a
    fronted phrase and its name ("Interrogé sur Y, X, député, a estimé")."""
    doc = verb.doc
    first = _group_start(verb)
    if first < 1 or doc[first - 1].text != ",":
        return False
    return any("Fin" in t.morph.get("VerbForm", []) for t in doc[verb.sent.start:first - 1])


def incise_after_clause(doc: Doc, verb: Token) -> bool:
    """A verb in incise after a clause of reported words with no quotation marks, its subject
    inverted after it ("Il y a peu de cas graves, a relevé jeudi X"): whatever its lemma, it
    says who spoke. The parse may make the reported clause's subject the verb's, and the
    inverted one its object. Not a verb with an object of its own ("..., a relevé le plafond
    X")."""
    if verb.pos_ != "VERB" or bare_participle(verb) or not reports_clause(verb):
        return False  # "l'entretien, enregistré la semaine dernière": no incise
    first = _group_start(verb)
    if any(hyphened(c) or (c.dep_ in ("nsubj", "nsubj:pass") and (
            first - 1 < c.i < verb.i or "Rel" in c.morph.get("PronType", [])))
           for c in verb.children):
        return False  # a subject of its own, or a relative's ("X, qui, ..., a informé Y")
    gap = _words("inversion_gap")
    after = next((t for t in doc[verb.i + 1:verb.i + MAX_INVERSION_GAP + 2]
                  if not (t.pos_ in ("ADV", "NUM") or t.lower_ in gap)), None)
    if after is None:
        return False
    if after.ent_type_ in ("PER", "ORG"):
        speaker = after
    elif (after.pos_ == "DET" and after.head.pos_ == "NOUN" and after.head.i > after.i
          and of_persons(after.head)):
        speaker = after.head  # "la ministre", not "une question écrite"
    else:
        return False
    return not any(c.dep_ == "obj" and c.i > verb.i and c.i != speaker.i and c.pos_ != "PROPN"
                   and c.lower_ not in gap for c in verb.children)


# The words before the seat an impersonal incise speaks from ("explique-t-on à l'Élysée",
# "indique-t-on dans l'entourage du ministre", "précise-t-on au cabinet de X").
_SEATS = frozenset({"à", "au", "aux", "chez", "entourage", "cabinet", "côté"})


def impersonal_speaker(doc: Doc, group: _Group, index: _Mentions) -> int | None:
    """The mention row of the seat or the person an incise with "on" speaks from
    ('"...", explique-t-on mercredi à l'Élysée', '..., indique-t-on dans l'entourage du
    ministre X'): who said it, the parse hanging the words anywhere; else None."""
    verb = group.anchor
    if group.trigger.type not in SPEECH_ROLES or verb.pos_ != "VERB":
        return None
    on = next((t for t in doc[verb.i + 1:verb.i + 3] if t.lower_ == "-on" and hyphened(t)),
              None)
    if on is None:
        return None
    end = next((t.i for t in doc[on.i + 1:verb.sent.end] if t.is_punct), verb.sent.end)
    if end - on.i > MAX_INVERSION_GAP + MAX_PHRASE_GAP:
        return None
    seat = next((t.i for t in doc[on.i + 1:end] if t.lower_ in _SEATS), None)
    if seat is None:
        return None
    return next((number for number, row in enumerate(index.rows)
                 if doc[seat].idx < row["start"] < doc[end - 1].idx + len(doc[end - 1].text)
                 and row["label"] in SPEAKER_LABELS | {"LOC"}), None)
