"""Who a subject that names nobody stands for: a pronoun, or a role noun said of someone named.

- `subject_pronoun`: the clause's third-person subject pronoun, also in inversion ("a-t-il
  dit", "a t-elle dit", where the parser hangs "-elle" on the auxiliary);
- `pronoun_antecedent`: the person that pronoun stands for: the last person named as a subject
  before it in its own sentence, else the last person named as a subject in the three before
  (else the last named there); never a name inside a quotation (a quote's words are about
  others);
- `salient_person`: the person a definite role noun or epithet stands for when no mention gave
  that role ("le milliardaire a lancé", "l'éditorialiste a raconté"): the person the document
  has named most often before it (the latest on a tie). An adjective that is no modifier of
  rank ("le président brésilien") must be matched by a role instead, so it is not guessed.
  Generic nouns of persons ("l'homme", "le suspect") introduce people the text may never
  name: they stay descriptions (clauses.described_subject).
"""

from __future__ import annotations

import functools
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Mapping
from typing import TYPE_CHECKING, Any

from corpus_cli import lexicon as wordfiles
from corpus_cli.names import country_forms, fold, given_name_gender, low
from corpus_cli.nlp.model import text_of

from .gendered import sole_person_of_gender
from .tokens import after_quotation, inside, quotations
from .tree import _Mentions, adverb_read_as_adjective, of_complement, row_name
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

_SINGULAR = frozenset({"il", "elle"})
# The gender a pronoun and a title say.
_PRONOUN_GENDERS = {"il": "Masc", "elle": "Fem", "celui-ci": "Masc", "celle-ci": "Fem",
                    "celui": "Masc", "celle": "Fem", "dernier": "Masc", "dernière": "Fem"}
_TITLE_GENDERS = {"mme": "Fem", "madame": "Fem", "mlle": "Fem", "mademoiselle": "Fem",
                  "m.": "Masc", "monsieur": "Masc"}
# How many words before a name its office noun may stand ("la porte-parole du ministère
# français des Affaires étrangères X").
_GENDER_REACH = 10
# Pronominal verbs French uses with an impersonal "il" ("il s'agit de", "il se peut que").
_IMPERSONAL = frozenset({"agir", "passer", "produire", "pouvoir", "avérer", "faire",
                         "écouler"})
# "ce dernier", "cette dernière": the person named last, whatever their function.
_LATTER = frozenset({"dernier", "dernière"})
_DEMONSTRATIVES = frozenset({"ce", "cet", "cette"})
_PRONOUNS_KEY = "corpus_cli.events.subject_pronouns"
_SUBJECT = frozenset({"nsubj", "nsubj:pass"})
# The prepositions of where or in what state one is ("était en visite", "est à Paris"); not
# "de", a measure's ("il est de 6 %").
_WHERE = frozenset({"en", "à", "au", "aux", "chez", "dans", "sur", "sous"})
# Determiners that make a noun phrase refer back: definite, demonstrative, possessive.
# Not "son"/"sa": "son avocat", "sa fille" are someone else than the one most named, most
# often the possessor himself.
_REFERRING = frozenset({"le", "la", "l'", "l’", "ce", "cet", "cette"})
# The marks right before a quotation that make it words of their own: a sentence's end (the
# parse may miss it), a colon.
_OPENING_MARKS = frozenset({".", "!", "?", ":"})
# The relative pronoun of an object ("le parti qu'il a lancé").
_RELATIVE_QUE = frozenset({"que", "qu'", "qu’"})
# How many sentences before the pronoun's own its antecedent may be named in.
PRONOUN_REACH = 3
_FIRST_PERSON_SINGULAR = frozenset({"je", "j'", "j’", "me", "m'", "m’", "moi"})
# The most words between a quotation's end and a pronoun inverted in its incise ('", a
# d'ailleurs ajouté hier-il' is no French; '", avait-elle déjà déclaré' is three).
MAX_INCISE_WORDS = 4
# The most words between a quotation's end and the name inverted in its incise ('", a
# tweeté lundi 21 octobre X' is six).
_INCISE_REACH = 8


@functools.cache
def epithets() -> frozenset[str]:
    """Role nouns (entities_titles.txt [roles]) and epithets (events_actors.txt [epithets])."""
    own = wordfiles.entries("events_actors.txt", "epithets")
    return offices() | frozenset(word.lower() for word in own)


@functools.cache
def offices() -> frozenset[str]:
    """Role nouns of an office (entities_titles.txt [roles]): "ministre", "conseiller"."""
    return frozenset(word.lower() for word in wordfiles.entries("entities_titles.txt", "roles"))


@functools.cache
def _occupations() -> frozenset[str]:
    """Role nouns of a trade, not an office (events_actors.txt [occupations])."""
    return wordfiles.words("events_actors.txt", "occupations")


@functools.cache
def _rank_modifiers() -> frozenset[str]:
    return frozenset(word.lower() for word in wordfiles.entries("entities_titles.txt",
                                                                  "modifiers"))


def subject_pronoun(predicate: Token) -> Token | None:
    """The singular third-person subject pronoun of the predicate, or None; found once per
    predicate and document."""
    found = predicate.doc.user_data.setdefault(_PRONOUNS_KEY, {})
    if predicate.i not in found:
        pronoun = _subject_pronoun(predicate)
        found[predicate.i] = None if pronoun is None else pronoun.i
    position = found[predicate.i]
    return None if position is None else predicate.doc[position]


def _subject_pronoun(predicate: Token) -> Token | None:
    holders = [predicate, *(c for c in predicate.children if c.dep_.startswith("aux"))]
    if predicate.dep_ == "xcomp" and not any(c.dep_ in _SUBJECT for c in predicate.children):
        holders.append(predicate.head)  # "elle devrait être déférée": the modal's subject
    elif (predicate.dep_ == "advcl" and "Part" in predicate.morph.get("VerbForm", [])
          and not any(c.dep_ in _SUBJECT for c in predicate.children)):
        holders.append(predicate.head)  # "En l'annonçant lundi, il a...": the verb's subject
    for holder in holders:
        for child in holder.children:
            if child.dep_ in _SUBJECT and _latter(child):
                return child  # "Ce dernier avait demandé lundi"
            if (child.dep_ in _SUBJECT and child.lower_ == "qui" and holder.i == predicate.i
                    and _latter_before(child)):
                return child.doc[child.i - 1]  # "C'est ce dernier qui le nommera en 2010"
            # "a-t-elle": the parser may make "-t" the subject and hang "-elle" on it
            words = [child, *(c for c in child.children
                              if c.dep_ in ("fixed", "dep", "flat", "flat:name"))]
            for word in words:
                if word.pos_ != "PRON" or word.lower_.lstrip("-") not in _SINGULAR:
                    continue
                inverted = word.lower_.startswith("-") or word.i > predicate.i
                if child.dep_ in _SUBJECT or (inverted and child.dep_ in ("dep", "expl:subj")):
                    return word
                if child.dep_ == "expl:subj" and _pronominal_subject(word, predicate):
                    return word  # "Il s'est enfui": the parse reads "il" as impersonal
                if child.dep_ == "expl:subj" and _where_one_is(predicate):
                    return word  # "il était en visite": no impersonal "il est temps"
                if inverted and child.lower_.strip("-") == "t":
                    return word  # "a t-il lancé": the euphonic "t" read as an adverb
                if hyphened(word):
                    return word  # "avait-elle déclaré" with "-elle" read as iobj
    return None


def demonstrative_ci(word: Token, stems: tuple[str, ...]) -> bool:
    """One of the demonstrative pronouns `stems` with "-ci" ("celui-ci", "ceux-ci"), one word
    or split by the tokenizer ("Celle", "-", "ci")."""
    if word.lower_ in {stem + "-ci" for stem in stems}:
        return True
    after = "".join(t.lower_ for t in word.doc[word.i + 1:word.i + 3])
    return word.lower_ in stems and after.startswith("-ci")


def _latter(word: Token) -> bool:
    """"ce dernier", "cette dernière": a demonstrative and the adjective, as a subject; or
    "celui-ci", "celle-ci" (one word, or split by the tokenizer: "Celle", "-", "ci")."""
    if demonstrative_ci(word, ("celui", "celle")):
        return True
    return word.lower_ in _LATTER and any(
        c.dep_ == "det" and c.lower_ in _DEMONSTRATIVES for c in word.children)


def _pronominal_subject(pronoun: Token, verb: Token) -> bool:
    """"il" or "elle" before a pronominal verb ("Il s'est enfui"), which the parse marks as an
    impersonal subject: a person's, but for the verbs French uses impersonally ("il s'agit
    de", "il se passe")."""
    return (pronoun.i < verb.i and any(c.dep_ == "expl:comp" for c in verb.children)
            and (pronoun.lower_ == "elle" or verb.lemma_.lower() not in _IMPERSONAL))


def _where_one_is(predicate: Token) -> bool:
    """A copula with a prepositional phrase ("était en visite", "est à Paris"), which French
    says of a person, never impersonally."""
    return predicate.pos_ in ("NOUN", "PROPN") and any(
        c.dep_ == "cop" for c in predicate.children) and any(
        c.dep_ == "case" and c.lower_ in _WHERE and c.i < predicate.i
        for c in predicate.children)


def _latter_before(relative: Token) -> bool:
    """"ce dernier" right before the relative pronoun, as written (the parse of a cleft "c'est
    ce dernier qui" varies)."""
    doc, i = relative.doc, relative.i
    return i > 1 and doc[i - 1].lower_ in _LATTER and doc[i - 2].lower_ in _DEMONSTRATIVES


def _noun_after(doc: Doc, index: _Mentions, row: int, pronoun: Token) -> bool:
    """A common noun of the pronoun's gender between the mention row and the pronoun."""
    gender = "Fem" if pronoun.lower_.endswith("e") else "Masc"
    span = doc.char_span(index.rows[row]["end"], pronoun.idx, alignment_mode="contract")
    own = _opening_adjunct(pronoun)
    return span is not None and any(
        t.pos_ == "NOUN" and gender in t.morph.get("Gender", []) and index.at(t) is None
        and t.i not in own and not _of_relative(t, index.rows[row]["end"])
        and t.lower_ not in _words("inversion_gap")  # "Le 9 juillet, celui-ci": a date's
        for t in span)


def _opening_adjunct(pronoun: Token) -> range:
    """The token positions of a phrase that opens the pronoun's sentence and ends with the
    comma right before it, led by a participle or a preposition ("Interrogé sur le sujet, ce
    dernier a dit", "Avant la réunion sur le budget, ce dernier"): its nouns are the
    pronoun's own circumstances, no one it stands for. Read on the words: the parse of such a
    sentence varies."""
    doc = pronoun.doc
    start = pronoun.sent.start
    comma = pronoun.i - 2  # "ce dernier": the demonstrative stands between
    if comma <= start or doc[comma].text != ",":
        return range(0)
    first = doc[start]
    led = first.pos_ == "ADP" or "Part" in first.morph.get("VerbForm", [])
    return range(start, comma) if led else range(0)


def _of_relative(noun: Token, name_end: int) -> bool:
    """The noun lies in a relative clause right after the name ("X, qui l'a accusée
    d'antisémitisme", whatever the parse hangs it on): it describes the person, no one "ce
    dernier" stands for."""
    for verb in (noun, *noun.ancestors):
        if any(c.dep_ in _SUBJECT and c.lower_ == "qui" and 0 <= c.idx - name_end <= 2
               for c in verb.children):
            return True
    return False


def hyphened(word: Token) -> bool:
    """A pronoun hyphened to the verb before it ("avait-elle", "dit-il"): French hyphens
    only a subject there, whatever label the parse gives it."""
    if not word.lower_.startswith("-") or word.i == 0:
        return False
    before = word.doc[word.i - 1]
    if before.lower_ == "-t" and before.i > 0 and not before.whitespace_:
        before = word.doc[before.i - 1]  # "a-t-elle": past the euphonic "t"
    return not before.whitespace_ and before.pos_ in ("AUX", "VERB")


def pronoun_antecedent(doc: Doc, pronoun: Token, index: _Mentions,
                       resolve: Callable[[Token], int | None] | None = None) -> int | None:
    """The mention row of the person a subject pronoun stands for, or None. `resolve`: the
    mention row of the person a role noun stands for, when one is a subject nearer to the
    pronoun than any name."""
    ahead = _main_subject_ahead(doc, pronoun, index, resolve)
    if ahead is not None:
        return ahead  # "Alors qu'il était en visite lundi, le ministre X a déclaré": X
    sentences = index.cache.setdefault("sentence_starts", {})
    if not sentences:
        sentences[0] = [s.start_char for s in doc.sents]
    starts = sentences[0]
    inverted = pronoun.i > pronoun.head.i or pronoun.lower_.startswith("-")
    quoted = quotations(doc)
    # '"... (several sentences) ...", a-t-il dit': the reach counts from where the quote opens
    opened = _quote_before(quoted, pronoun) if inverted else None
    own = bisect_right(starts, pronoun.idx if opened is None else opened) - 1
    low = starts[max(0, own - PRONOUN_REACH)]
    high = pronoun.sent.start_char if inverted else pronoun.idx
    if inverted and opened is not None and opened > high and _words_of_their_own(pronoun,
                                                                                 opened):
        high = opened
    last, last_subject, in_sentence = None, None, None
    subject_start = low
    fronted = _fronted_adjunct(pronoun)
    wanted = _PRONOUN_GENDERS.get(pronoun.lower_.lstrip("-"))
    given = genders(doc, index) if wanted is not None else {}
    for number, row in enumerate(index.rows):
        if row["label"] != "PER" or not low <= row["start"] < max(high, low):
            continue
        if inside(quoted, row["start"]) or index.first.get(number) in fronted:
            continue
        if given.get(row_name(row), wanted) != wanted:
            continue  # "il" is not "la porte-parole X", nor "Mme X"
        first = index.first.get(number)
        if inverted and first is not None and _reported(doc[first], quoted):
            continue  # '"...", a-t-il dit' is said by no one the words before it report on
        last = number
        if row["start"] >= pronoun.sent.start_char:
            in_sentence = number
        if first is not None and (is_subject(doc[first]) or _incise_subject(doc[first])
                                  or (inverted and _source(doc[first]) is not None)):
            last_subject, subject_start = number, row["end"]
    if _latter(pronoun):
        # "X a reçu Y. Ce dernier a demandé": Y, named last; unless a noun of its gender
        # comes after Y ("X, à la tête de la mission. Cette dernière a dit": the mission)
        return None if last is None or _noun_after(doc, index, last, pronoun) else last
    coordinated = _coordinated_subject(pronoun, index, quoted)
    if coordinated is not None:
        return coordinated  # "X a reçu Y, puis il a visité l'usine": X visited
    if in_sentence is not None:
        return in_sentence  # "X a fâché Y alors qu'il atterrissait": the nearest one
    role = _role_subject_between(doc, subject_start, max(high, low), quoted)
    person = None if role is None or resolve is None else resolve(role)
    if person is not None:
        return person  # "X a salué Y. Le ministre a promis. Il a ajouté": the minister
    if (role is not None and resolve is not None and role.sent.start == pronoun.sent.start
            and not inverted):
        return None  # "l'ancien président est furieux de l'échec du parti qu'il a quitté": him
    if (role is not None and last_subject is None and last is not None
            and role.is_ancestor(index.first_token(doc, last))):
        return None  # "Le fils de X a été arrêté. Il a...": the son, whom no name gives
    found = last_subject if last_subject is not None else last
    if (last_subject is None and found is not None and not inside(quoted, pronoun.idx)
            and _noun_complement(doc, index, found)):
        earlier = _same_pronoun_before(doc, pronoun, subject_start, quoted)
        if earlier is not None and (role is None or role.i < earlier.i):
            # "Il œuvre pour le parti de X. Il avait avoué": the subject goes on
            return pronoun_antecedent(doc, earlier, index, resolve)
    over = None if found is None else _pronoun_over(doc, index.first.get(found), pronoun)
    if over is not None:
        # "Il a jugé qu'X posait le bon diagnostic. Il assurait": the first "il" goes on
        return pronoun_antecedent(doc, over, index, resolve)
    if found is None:
        # "X a annoncé son départ. (...) a-t-elle confirmé. (...) Elle a indiqué": with no one
        # named within reach, the same pronoun before goes on (not beyond a role noun's
        # subject), and so on to its name
        earlier = _same_pronoun_before(doc, pronoun, low, quoted, inverted=True)
        if earlier is not None and (role is None or role.i < earlier.i):
            chained = pronoun_antecedent(doc, earlier, index, resolve)
            # "Il a retrouvé X": not X, whom the pronoun's own sentence names after it
            return None if chained is None or any(
                row_name(row) == row_name(index.rows[chained])
                and pronoun.idx < row["start"] < pronoun.sent.end_char
                for row in index.rows) else chained
        if role is None or phrase_gender(role) == wanted:
            return sole_person_of_gender(doc, pronoun, index, wanted, given)
    return found


def _words_of_their_own(pronoun: Token, opened: int) -> bool:
    """The quotation opening at offset `opened` in the inverted pronoun's sentence follows a
    sentence's end or a colon ('X souligne le cynisme. « ... », estime-t-elle', read as one
    sentence; 'X a apporté son appui : "...", a-t-il déclaré'): words of their own, whose
    speaker may be named before them; not 'X "doit changer de cap", a-t-il dit'."""
    doc = pronoun.doc
    return any(t.text in _OPENING_MARKS and doc[t.i + 1].idx >= opened
               for t in doc[pronoun.sent.start:pronoun.i] if t.idx < opened)


def _main_subject_ahead(doc: Doc, pronoun: Token, index: _Mentions,
                        resolve: Callable[[Token], int | None] | None) -> int | None:
    """The person named as the main clause's subject after the subordinate clause that opens
    the sentence and holds the pronoun as its subject ("Lorsqu'elle a appris la nouvelle, la
    maire X a convoqué"): French names the person after such a clause. None otherwise."""
    clause = pronoun.head
    main = clause.head
    fronted = _fronted_phrase(clause) if pronoun.dep_ in _SUBJECT else None
    if fronted is not None:
        # "Malgré la crise du parti qu'il a lancé en 1972, X souhaite revenir": a relative
        # clause inside a phrase that opens the sentence, the name after that phrase
        clause, main = fronted, fronted.head
    elif (pronoun.dep_ not in (*_SUBJECT, "expl:subj")
            or not any(c.dep_ == "mark" for c in clause.children)
            or clause.left_edge.i > pronoun.sent.start + 1):
        return None
    if main.i > clause.i:
        subject = next((c for c in main.children if c.dep_ in _SUBJECT
                        and c.i > clause.right_edge.i), None)
    else:  # the parse made the opening clause the root: the subject after its comma
        subject = next((t for t in pronoun.doc[pronoun.i + 1:pronoun.sent.end]
                        if t.dep_ in _SUBJECT and t.head.i != clause.i
                        and t.head.dep_ != "acl:relcl" and t.left_edge.i > 0
                        and pronoun.doc[t.left_edge.i - 1].text == ","), None)
    if subject is None:
        return None
    wanted = _PRONOUN_GENDERS.get(pronoun.lower_)
    for word in (subject, *(c for c in subject.children if c.dep_ in ("appos", "flat:name"))):
        row = index.by_token.get(word.i)
        if row is not None and index.rows[row]["label"] == "PER":
            given = genders(doc, index).get(row_name(index.rows[row]), wanted)
            return row if given == wanted else None
    return None if resolve is None else resolve(subject)


def _fronted_phrase(relative: Token) -> Token | None:
    """The phrase opening the sentence before its main verb that holds the relative clause
    `relative` ("Malgré la crise du parti qu'il a lancé, X souhaite"; the parse may make the
    relative clause that phrase, its "qu'" an object), or None."""
    if relative.dep_ != "acl:relcl" and not any(
            c.dep_ == "obj" and c.lower_ in _RELATIVE_QUE and c.i < relative.i
            for c in relative.children):
        return None
    token = relative
    while token.head.i != token.i and token.head.head.i != token.head.i:
        token = token.head
    main = token.head
    if (token.dep_ not in ("obl", "obl:mod", "advcl") or main.head.i != main.i
            or token.i > main.i or token.left_edge.i > relative.sent.start + 1):
        return None
    return token


def _same_pronoun_before(doc: Doc, pronoun: Token, start: int, quoted: list[tuple[int, int]],
                         inverted: bool = False) -> Token | None:
    """The last subject pronoun of the same form ("il", "elle"; with `inverted`, "a-t-elle dit"
    too) outside quotations in the sentences before the pronoun's, after offset `start`."""
    form = pronoun.lower_.lstrip("-")
    if form not in _SINGULAR:
        return None
    for word in reversed(doc[:pronoun.sent.start]):
        if word.idx < start:
            return None
        if inside(quoted, word.idx):
            continue
        if word.lower_ == form and word.i < word.head.i and (
                word.dep_ in _SUBJECT or _personal_expletive(word)):
            return word
        if inverted and word.lower_ == "-" + form:
            return word  # an inverted clitic is a subject whatever the parse hangs it on
    return None


def _noun_complement(doc: Doc, index: _Mentions, row: int) -> bool:
    """The person of the mention row is named as another noun's complement ("le parti de X"),
    which makes no one a pronoun's antecedent while a subject pronoun goes on."""
    first = index.first.get(row)
    return first is not None and of_complement(doc[first]) and doc[first].head.pos_ == "NOUN"


def _personal_expletive(pronoun: Token) -> bool:
    """A subject "il" the parse calls impersonal that is a person's: before a pronominal verb
    ("il s'est enfui") or before a verb the tagger took for a noun ("il œuvre")."""
    return pronoun.dep_ == "expl:subj" and (
        pronoun.head.pos_ == "NOUN" or _pronominal_subject(pronoun, pronoun.head))


def _pronoun_over(doc: Doc, first: int | None, pronoun: Token) -> Token | None:
    """The subject pronoun of the main clause when the name at token `first` is the subject
    of a clause under it ("il a jugé qu'X posait") and is the same word as `pronoun`; None
    otherwise."""
    if first is None or not is_subject(doc[first]):
        return None
    main = doc[first].sent.root
    if main.i in (doc[first].head.i, first) or main.pos_ not in ("VERB", "AUX"):
        return None  # the name is the main clause's subject
    over = next((c for c in main.children if c.dep_ in _SUBJECT and c.i < main.i), None)
    if over is None or over.lower_ != pronoun.lower_.lstrip("-") or over.i >= pronoun.i:
        return None
    return over


def _incise_subject(name: Token) -> bool:
    """The name inverted after the verb of an incise that closes a quotation ('"...", a
    tweeté lundi X'): the parse makes it an object, but it is who spoke, a subject."""
    if with_preposition(name):
        return False
    doc, verb = name.doc, False
    for position in range(name.i - 1, max(-1, name.i - 1 - _INCISE_REACH), -1):
        word = doc[position]
        if after_quotation(doc, position + 1):
            return verb
        if word.pos_ in ("VERB", "AUX") or (word.pos_ == "X" and word.is_lower):
            verb = True  # the parse may tag the incise's verb X after a quotation
        elif not (word.pos_ in ("ADV", "NUM", "DET") or word.lower_ in _words("inversion_gap")
                  or word.lower_.strip("-") == "t"):
            return False
    return False


def _source(token: Token) -> Token | None:
    """The "selon" of a person named as a source ("selon X", "d'après X"), or None."""
    while token.dep_ in ("flat:name", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return next((c for c in token.children if c.dep_ == "case" and _according(c)), None)


def _according(word: Token) -> bool:
    """ "selon", or "d'après" (its "après" fixed to the "d'")."""
    return word.lower_ == "selon" or (word.lower_ in ("d'", "d’") and any(
        fixed.dep_ == "fixed" and fixed.lower_ == "après" for fixed in word.children))


def _reported(token: Token, quoted: list[tuple[int, int]]) -> bool:
    """Whether a name is in words reported by someone else, so not whoever reports them:
    after a source of its sentence ("Selon X, Y doit partir"), or in a sentence that speaks
    in the first person outside quotation marks (a quotation whose opening mark the scrape
    lost: "Y m'a reçu cinq fois")."""
    sentence = token.sent
    if any(_source(other) is not None and other.i < token.i for other in sentence
           if other.pos_ == "PROPN" and other.i != token.i and _is_named(other)):
        return True
    return any(word.lower_ in _FIRST_PERSON_SINGULAR and word.pos_ == "PRON"
               and not inside(quoted, word.idx) for word in sentence)


def _is_named(token: Token) -> bool:
    return token.ent_type_ == "PER" or token.head.ent_type_ == "PER"


def genders(doc: Doc, index: _Mentions) -> dict[str, str]:
    """The gender the document gives each person ("Mme X", "la porte-parole X", "la députée
    X": Fem; "M. X", "le ministre X": Masc), by the first of their mentions that tells it;
    once per document. Persons it says nothing of are left out."""
    if "genders" not in index.cache:
        found: dict[str, str] = {}
        for number, row in enumerate(index.rows):
            name = row_name(row)
            if row["label"] != "PER" or name in found:
                continue
            gender = _gender_of(doc, index, number, row)
            if gender is not None:
                found[name] = gender
        index.cache["genders"] = found
    return index.cache["genders"]


def _gender_of(doc: Doc, index: _Mentions, number: int, row: Mapping[str, Any]) -> str | None:
    """Fem or Masc from what the text tells (`_told_gender`), else from the given name of a
    full name when it is nearly always one ("Valérie X"); None when none tells."""
    told = _told_gender(doc, index, number, row)
    if told is not None:
        return told
    words = row_name(row).split()
    return given_name_gender(words[0]) if len(words) >= 2 else None


def _told_gender(doc: Doc, index: _Mentions, number: int, row: Mapping[str, Any]) -> str | None:
    """Fem or Masc from the row's title ("Mme", "M.") or from the office noun written right
    before the name, as the tagger reads its gender; None when neither tells."""
    for role in row.get("roles") or ():
        title = low(role.split()[0]) if role.split() else ""
        if title in _TITLE_GENDERS:
            return _TITLE_GENDERS[title]
    position = index.first.get(number)
    if position is None:
        return None
    for token in reversed(doc[max(0, position - _GENDER_REACH):position]):
        if token.pos_ == "NOUN" and any(c.dep_ == "case" for c in token.children) and any(
                t.text == "," for t in doc[token.i + 1:position]):
            continue  # an office's complement, the name apposed ("le collaborateur de la
            # ministre, X"); not the name's own office ("le frère du duc X")
        if token.pos_ == "NOUN" and token.lower_ in offices():
            return phrase_gender(token)
        if token.pos_ not in ("NOUN", "ADJ", "DET", "ADP", "PROPN", "PUNCT"):
            return None
    return None


def phrase_gender(noun: Token) -> str | None:
    """Fem or Masc of a noun as its determiner tells it ("la ministre": the tagger reads
    the noun alone as Masc), else as the tagger reads the noun; None when neither is sure."""
    return _first_gender([*(c for c in noun.children if c.dep_ == "det"), noun])


def written_gender(noun: Token) -> str | None:
    """Fem or Masc of a noun as its determiner or its adjectives before it write it ("la
    ministre", "l'ancienne ministre"); None when they do not tell. Not the noun's own: the
    tagger reads it alone by its most frequent gender."""
    return _first_gender([c for c in noun.children
                          if c.dep_ in ("det", "amod") and c.i < noun.i])


def _first_gender(words: Iterable[Token]) -> str | None:
    """The gender of the first of `words` the tagger gives one gender."""
    for word in words:
        genders = word.morph.get("Gender", [])
        if len(genders) == 1:
            return genders[0]
    return None


def _fronted_adjunct(pronoun: Token) -> set[int]:
    """The tokens of a clause in adjunct before the pronoun's verb with no subject of its own
    ("Entré en fonction pour succéder à X, il a..."): its subject is the pronoun, so no name
    in it is what the pronoun stands for."""
    verb = pronoun.head
    return {token.i for clause in verb.children
            if clause.dep_ == "advcl" and clause.i < pronoun.i
            and not any(c.dep_ in _SUBJECT for c in clause.children)
            for token in clause.subtree}


def _role_subject_between(doc: Doc, start: int, end: int,
                          quoted: list[tuple[int, int]]) -> Token | None:
    """The last definite role noun or epithet subject between the two offsets ("le
    ministre"), outside quotations: nearer than any name, it is whom a pronoun stands for."""
    span = doc.char_span(start, end, alignment_mode="contract") if end > start else None
    return None if span is None else next((
        token for token in reversed(span)
        if token.dep_ in _SUBJECT and token.pos_ == "NOUN" and not inside(quoted, token.idx)
        and (token.lower_ in epithets() or token.lemma_.lower() in epithets())
        and any(c.dep_ == "det" and c.lower_ in _REFERRING for c in token.children)), None)


def words_opened(pronoun: Token) -> int:
    """Where the words a pronoun's clause reports open: the quotation that ends just before an
    inverted pronoun's verb ('"...", a-t-elle dit'), which may span sentences; else its
    sentence's start."""
    inverted = pronoun.i > pronoun.head.i or pronoun.lower_.startswith("-")
    opened = _quote_before(quotations(pronoun.doc), pronoun) if inverted else None
    return pronoun.sent.start_char if opened is None else min(opened, pronoun.sent.start_char)


def _quote_before(quoted: list[tuple[int, int]], pronoun: Token) -> int | None:
    """Where the quotation that ends just before the pronoun's verb opens, or None."""
    position = bisect_right(quoted, (pronoun.idx, 0)) - 1
    if position < 0:
        return None
    start, end = quoted[position]
    between = text_of(pronoun.doc)[end:pronoun.idx]
    return start if len(between.split()) <= MAX_INCISE_WORDS else None


def _coordinated_subject(pronoun: Token, index: _Mentions,
                         quoted: list[tuple[int, int]]) -> int | None:
    """The mention row of the person named as subject of the clause the pronoun's clause is
    coordinated to ("X a rencontré Y puis elle a visité Z"): a second main clause keeps the
    first one's subject, not the nearest name (an object)."""
    predicate = pronoun.head
    while predicate.dep_.startswith("aux") and predicate.head.i != predicate.i:
        predicate = predicate.head
    if predicate.dep_ != "conj" or predicate.head.i == predicate.i:
        return None
    first = predicate.head
    for child in first.children:
        if child.dep_ not in _SUBJECT or child.i > pronoun.i:
            continue
        number = index.index_at(child)
        if (number is not None and index.rows[number]["label"] == "PER"
                and not inside(quoted, index.rows[number]["start"])):
            return number
    return None


# The prepositions of a phrase that says where or on what someone speaks.
_CIRCUMSTANCE_CASES = frozenset({"sur", "dans", "lors", "devant", "pendant"})


def salient_person(doc: Doc, subject: Token, index: _Mentions) -> int | None:
    """The mention row a definite role noun or epithet subject stands for, or None."""
    if (subject.lower_ not in epithets() and subject.lemma_.lower() not in epithets()
            and not _demonym(subject)):
        return None
    if not any(c.dep_ == "det" and c.lower_ in _REFERRING for c in subject.children):
        return None  # "un ministre": someone new
    if any(c.dep_ == "amod" and not adverb_read_as_adjective(c)
           and c.lower_ not in _rank_modifiers() for c in subject.children):
        return None  # "le président brésilien": only a role said of someone tells who
    if any(c.dep_ in ("nmod", "appos") and not _age(c) and not _circumstance(c)
           for c in subject.children):
        return None  # "le ministre de l'Intérieur", "l'avocat de X": another person
    counts: Counter[str] = Counter()
    latest: dict[str, int] = {}
    sentence = subject.sent
    # Nor someone the same sentence names: a writer who meant them would say "il" ("Nommé par
    # X en 2017, le conseiller a démissionné": the adviser is not X).
    present = {row_name(row) for row in index.rows
               if sentence.start_char <= row["start"] < sentence.end_char}
    # An office ("le conseiller") is held by someone named with it; an epithet ("le
    # milliardaire", "l'éditorialiste") is said of someone whose rows name other roles.
    office = subject.lower_ in offices() or subject.lemma_.lower() in offices()
    trade = bool({subject.lower_, subject.lemma_.lower()} & _occupations())
    # "le Tunisien": one named with Tunisia (a nationality in a role, the country in a
    # sentence), never the most named of another country
    country = countries_of([subject.text]) if _demonym(subject) else set()
    roles = index.roles_by_name()
    ranks = {c.lower_ for c in subject.children if c.dep_ == "amod"}
    for number, row in enumerate(index.rows):
        if row["label"] != "PER" or row["start"] >= subject.idx:
            continue
        name = row_name(row)
        if name in present or (office and roles[name] and not (
                {subject.lower_} | ranks) <= roles[name]) or (trade and not roles[name]):
            continue  # named with other offices only: "le conseiller" is not "le ministre X",
            # nor "le Premier ministre" "la ministre de la Culture X"; "l'actrice" is one
            # named with her trade, not the text's most named person
        counts[name] += 1
        latest[name] = number
    if country:
        counts = Counter({name: count for name, count in counts.items()
                          if named_with(doc, index, name, country)})
    if not counts:
        return None
    name = max(counts, key=lambda n: (counts[n], latest[n]))
    return latest[name]


def _demonym(noun: Token) -> bool:
    """A capitalised noun of nationality ("ce Tunisien", "la Française"): a person named
    before by where they come from."""
    forms = country_forms()
    key = fold(noun.text)
    return noun.text[:1].isupper() and key in forms and forms[key][1] == "demonym"


def _circumstance(complement: Token) -> bool:
    """A phrase the parse hung on a noun that says where or on what it speaks, no complement
    telling which one ("a annoncé la ministre sur Radio Sud", "Sud" hung on the noun too):
    the last preposition between them is one of place or occasion."""
    noun = complement.head
    between = list(complement.doc[noun.i + 1:complement.i + 1]) if noun.i < complement.i else []
    last = next((t for t in reversed(between) if t.pos_ == "ADP"), None)
    return last is not None and last.lower_ in _CIRCUMSTANCE_CASES


def _age(complement: Token) -> bool:
    """A noun's complement that gives an age ("de 24 ans"): it says who, not another one."""
    return complement.lower_ in ("ans", "an") and any(
        c.like_num for c in complement.children)


def countries_of(words: Iterable[str]) -> set[str]:
    """The countries whose nationality adjectives the words hold ("français" -> France)."""
    forms = country_forms()
    return {forms[key][0] for key in map(fold, words)
            if key in forms and forms[key][1] == "demonym"}


def named_with(doc: Doc, index: _Mentions, name: str, countries: set[str]) -> bool:
    """One of the sentences naming the person names one of the countries too, or its
    nationality ("X a reçu lundi à Paris le ministre français")."""
    for number, row in enumerate(index.rows):
        if row_name(row) == name and number in index.first and (
                _sentence_countries(doc, index, doc[index.first[number]].sent) & countries):
            return True
    return False


def _sentence_countries(doc: Doc, index: _Mentions, sentence: Span) -> set[str]:
    """The countries a sentence names, by a country's name or a nationality; once each."""
    found = index.cache.setdefault("sentence_countries", {})
    if sentence.start not in found:
        forms = country_forms()
        named = {forms[key][0] for key in (fold(row["text"]) for row in index.rows
                                           if sentence.start_char <= row["start"]
                                           < sentence.end_char) if key in forms}
        found[sentence.start] = named | countries_of(t.text for t in sentence)
    return found[sentence.start]


def is_subject(token: Token) -> bool:
    while token.dep_ in ("flat:name", "flat", "appos") and token.head.i != token.i:
        token = token.head
    return token.dep_ in _SUBJECT


def with_preposition(token: Token) -> bool:
    """The name's first word follows a preposition ("le président de la Commission") or
    opens a parenthesis ("au Grand Jury (X)")."""
    previous = token.doc[token.i - 1] if token.i > 0 else None
    while previous is not None and previous.pos_ == "DET" and previous.i > 0:
        previous = token.doc[previous.i - 1]
    return previous is not None and (previous.pos_ == "ADP" or previous.text == "(")
