"""What the event rules share: the parse relations they name, the trigger group, the mention
index by token, the line a token lives on, the evidence sentence."""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpus_cli.extract.voice import takes_etre
from corpus_cli.names import civilities, is_demonym, low
from corpus_cli.nlp.model import text_of

from .tokens import span_of
from .wordlists import Trigger, _words

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_SPEECH_TYPES = frozenset({"public_statement", "appeal"})
# Types whose predicate reports words: the row carries them as `quote`.
QUOTE_TYPES = frozenset({"public_statement", "appeal", "demand", "disapprove", "reject",
                          "threaten", "intent_to_cooperate", "yield"})
# A merged entry keeps the most certain status among its sources.

# The object clitics that stand for a clause or an act: "comme l'a dit X", "comme il l'avait
# fait".
NEUTER_CLITICS = frozenset({"l'", "l’", "le"})
# Dependents that open another clause: their words belong to another predication.
_CLAUSE_DEPS = frozenset({
    "ccomp", "csubj", "csubj:pass", "advcl", "acl:relcl", "parataxis", "discourse", "vocative",
    "dislocated", "reparandum", "list", "root",
})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubj:pass", "obl:agent"})
# A participant named this many arcs below the trigger or deeper is background, not an actor
# ("le dialogue sur la coopération entre X et Y" inside a quoted topic). Name-internal arcs
# (flat, appos, conj, fixed) do not count.
MAX_DEPTH = 3
_FREE_DEPS = frozenset({"flat", "flat:name", "flat:foreign", "appos", "conj", "fixed", "cc"})
# Same-type triggers linked by one of these arcs tell one event: "signer un accord",
# "l'accord signé", "la signature du mémorandum".
# Most words climbed from a coordinated participle to the verb whose auxiliaries it shares.
_MAX_SHARED_CLIMB = 3
_LINK_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "acl", "amod", "nmod", "obl:arg"})
# The governor of these relations can plan or cancel the event it governs.
_GOVERNED_DEPS = frozenset({"xcomp", "obj", "nsubj:pass", "obl:arg"})
# Relations a bare noun phrase gets from the parser when it is in fact a support verb's object.
_BARE_SUPPORT_DEPS = frozenset({"obj", "obl", "obl:mod", "obl:arg", "nsubj", "nsubj:pass"})
_ACTOR_COMPLEMENT_TYPES = frozenset({
    "public_statement", "appeal", "intent_to_cooperate", "diplomatic_cooperation", "demand",
    "disapprove", "reject", "threaten", "protest", "election", "publication", "resignation"})
# CAMEO's visit codes (make a visit, host a visit): "à/en + name" is where, even for an ORG.
VISIT_CODES = frozenset({"042", "043"})
_ACTOR_LABELS = frozenset({"PER", "ORG"})
# The types of an attack, whose author the text states or does not know.
_ATTACKS = frozenset({"assault", "mass_violence", "fight"})
_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})
# The longest comma-delimited incise skipped between a subject and its verb.
MAX_INCISE = 15
_WHITESPACE = re.compile(r"\s+")
_ONE_PERSON = frozenset({"ce", "cet", "cette", "le", "la", "l'", "l’", "un", "une"})
# The participles of dying, which the tagger may read as adjectives ("est mort lundi à X").
DIED = frozenset({"mort", "décédé"})
# Words that make a role a former one ("l'ancien ministre", "l'ex-ministre"): one meaning.
FORMER = frozenset({"ancien", "ancienne", "anciens", "anciennes", "ex"})
_FORMER_PREFIX = re.compile(r"\bex-")
@dataclass
class _Group:
    """Trigger tokens that tell one event, the verb that carries it, and its entry."""

    tokens: list[Token]
    primary: Token
    anchor: Token
    trigger: Trigger
    indices: set[int] = field(default_factory=set)
    # False for a candidate found from a date rather than from the trigger list.
    listed: bool = True


def _capitalised_inside(token: Token) -> bool:
    """A capitalised word after a word of its sentence that is no punctuation: a French verb
    is written so only at a sentence's start."""
    return (token.text[:1].isupper() and not token.is_sent_start and token.i > 0
            and not token.doc[token.i - 1].is_punct)


class _Mentions:
    """The document's mention rows, looked up by token."""

    def __init__(self, doc: Doc, rows: Sequence[Mapping[str, Any]]) -> None:
        self.rows = rows
        # Answers the rules compute once per document (keyed by rule name).
        self.cache: dict[str, dict[Any, Any]] = {}
        self.by_token: dict[int, int] = {}
        self.first: dict[int, int] = {}
        for index, row in enumerate(rows):
            span = span_of(doc, row["start"], row["end"])
            if span is None or _one_of_a_people(doc, row, span):
                continue
            for position in range(span[0], span[1]):
                self.by_token.setdefault(position, index)
                self.first.setdefault(index, position)

    def at(self, token: Token) -> Mapping[str, Any] | None:
        index = self.by_token.get(token.i)
        return None if index is None else self.rows[index]

    def outside_name(self, token: Token) -> Token:
        """The token, or, for a word the tagger read as a verb inside a name ("sur France
        Inter lundi": "Inter", a name's word or capitalised inside its sentence), the first
        word above it; for such a word the parse made the root, the verb coordinated to it
        ("Invité de France Inter lundi, X a défendu": "défendu" hung on "Inter")."""
        for _ in range(8):
            if token.pos_ not in ("VERB", "AUX") or not (
                    self.by_token.get(token.i) is not None or _capitalised_inside(token)):
                return token
            if token.head.i == token.i:
                return next((c for c in token.children if c.dep_ == "conj"
                             and c.pos_ in ("VERB", "AUX")), token)
            token = token.head
        return token

    def index_at(self, token: Token) -> int | None:
        return self.by_token.get(token.i)

    def first_token(self, doc: Doc, index: int) -> Token:
        return doc[self.first[index]]

    def roles_by_name(self) -> dict[str, set[str]]:
        """The words of every role each name is given in the document, once per document; a
        civility ("M. X", "Mme X") is no role."""
        found = self.cache.setdefault("roles_by_name", {})
        if not found:
            for row in self.rows:
                found.setdefault(row_name(row), set()).update(
                    word for role in row.get("roles") or () if low(role) not in civilities()
                    for word in role_words(role))
        return found


def _one_of_a_people(doc: Doc, row: Mapping[str, Any], span: tuple[int, int, int]) -> bool:
    """A demonym as one person ("ce Tunisien de 24 ans", "un Français"): a man or a woman
    described, not the country the entities join the demonym to."""
    if span[1] - span[0] != 1 or not is_demonym(row["name"]):
        return False
    return one_person_determined(doc[span[0]])


def adverb_read_as_adjective(child: Token) -> bool:
    """An adverb after a noun that the parse made its adjective, or the "lors" of an occasion
    hung on it ("le ministre lors d'un discours"): no word of the noun's phrase, where one
    before it is ("le désormais ex-ministre"); a capitalised one is a name the tagger misread
    ("le candidat X")."""
    return (child.i > child.head.i and child.text[:1].islower() and child.pos_ == "ADV"
            and (child.dep_ == "amod" or child.lower_ == "lors"))


def one_person_determined(token: Token) -> bool:
    """The word has a determiner of one person ("ce Tunisien", "l'Australien", "un Français")."""
    return any(child.dep_ == "det" and child.lower_ in _ONE_PERSON for child in token.children)


def unclaimed_attack(predicate: Token, kind: str) -> bool:
    """An attack's noun: when its own phrase names no author, the names of its sentence are
    not its authors ("X a évoqué les attentats du 13 novembre", "depuis l'attentat, le
    gouvernement"; the judged samples held 6 such guessed authors, all wrong), and a dated
    attack is news with no author named. Not one a charge or a trial is "for" ("le coaccusé
    de X dans le procès pour la fusillade"): its accused are named around it."""
    return predicate.pos_ == "NOUN" and kind in _ATTACKS and not any(
        child.dep_ == "case" and child.lower_ == "pour" for child in predicate.children)


def perfect_infinitive(token: Token) -> bool:
    """A participle with an auxiliary in the infinitive ("avoir vue", "être allé"); the
    tagger may read it as a noun, which keeps its auxiliary."""
    return token.pos_ in ("VERB", "NOUN", "ADJ") and any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in token.children)


def comparison_mark(verb: Token) -> bool:
    """The verb opens a comparison, where French inverts the subject: "comme l'a dit X",
    "ainsi que l'a rappelé X"."""
    return any((c.dep_ == "mark" and c.lower_ == "comme") or _ainsi_que(c)
               for c in verb.children if c.i < verb.i)


def _ainsi_que(word: Token) -> bool:
    """ "ainsi que" as one conjunction: "ainsi" with its "que" fixed to it."""
    return word.lower_ == "ainsi" and any(
        c.dep_ == "fixed" and c.lower_ in ("que", "qu'", "qu’") for c in word.children)


def is_relative(token: Token) -> bool:
    """A relative pronoun ("qui", "que", "dont")."""
    return "Rel" in token.morph.get("PronType", [])


def lent_subjects(verb: Token) -> list[Token]:
    """The subjects an infinitive without its own takes from the verb it depends on ("la
    réunion devrait se tenir mardi", "le sommet doit avoir lieu": the meeting is held)."""
    if verb.dep_ != "xcomp" or verb.head.i == verb.i or any(
            c.dep_ in ("nsubj", "nsubj:pass") for c in verb.children):
        return []
    return [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubj:pass")]


def fronted_subjects(participle: Token) -> list[Token]:
    """The subjects of the main verb a fronted past participle describes ("Interpellé lundi à
    Lyon, l'homme a été placé en garde à vue": the man was arrested), or a fronted state of
    "en" ("En visite mercredi, X était attendu"): the participle opens its sentence (its
    adverbs aside), hangs on that verb, has no subject of its own, and a comma parts it from
    the verb's subject. Empty otherwise."""
    if participle.dep_ not in ("advcl", "obl:mod"):  # the parse may read it as a modifier
        return []
    head = participle.head
    if (not (_past_participle_alone(participle) or _en_state(participle))
            or head.i <= participle.i or not _opens_sentence(participle)):
        return []
    return [c for c in head.children if c.dep_ in ("nsubj", "nsubj:pass")
            and participle.i < c.i < head.i
            and any(t.text == "," for t in participle.doc[participle.i:c.i])]


def _past_participle_alone(word: Token) -> bool:
    return past_participle(word) and not any(c.dep_ in _SUBJECT_DEPS for c in word.children)


def _en_state(word: Token) -> bool:
    """A noun "en" opens with no article, a state its subject is in ("En visite mercredi à
    Lyon, X était attendu": X visits)."""
    return word.pos_ == "NOUN" and any(
        c.dep_ == "case" and c.lower_ == "en" and c.i == word.i - 1 for c in word.children
    ) and not any(c.dep_ == "det" for c in word.children)


def _opens_sentence(word: Token) -> bool:
    """The word opens its sentence, or only its own adverbs or preposition come before it
    ("Déjà condamné en 2018, X", "En visite mercredi, X")."""
    doc = word.doc
    return all(t.dep_ in ("advmod", "case") and t.head.i == word.i
               for t in doc[word.sent.start:word.i])


def of_complement(token: Token) -> bool:
    """A noun's complement with "de" ("ministre de l'Intérieur", "maires de France"), not
    one with another preposition ("la députée à l'AFP", "sur Twitter")."""
    return token.dep_ == "nmod" and opened_by_de(token)


def opened_by_de(token: Token) -> bool:
    """The token's phrase opens with "de" ("de l'Intérieur", "des Comptes publics")."""
    cases = [c.lower_ for c in token.children if c.dep_ == "case"]
    return bool(cases) and cases[0] in _words("de")


def describes_person(noun: Token, index: _Mentions) -> bool:
    """A noun a person's name is apposed to describes that person, it names no act ("Critique
    acerbe du ministre, X a estimé": X is the critic). Not a noun a preposition opens
    ("Après la tuerie de Y, le 7 janvier, X a fui": the parse hung X on it)."""
    if any(c.dep_ == "case" for c in noun.children):
        return False
    return any((c.dep_ == "appos" or _bare_after_comma(c)) and (row := index.at(c)) is not None
               and row["label"] == "PER" for c in noun.children)


def _bare_after_comma(token: Token) -> bool:
    """A complement with no preposition after a comma: an apposition the parse calls nmod."""
    return (token.dep_ == "nmod" and token.i > 0 and token.doc[token.i - 1].text == ","
            and not any(c.dep_ == "case" for c in token.children))


def row_name(row: Mapping[str, Any]) -> str:
    """The name a mention row stands for: its resolved entity's, else its own."""
    return str(row.get("resolved") or row.get("name") or row["text"])


def role_words(role: object) -> set[str]:
    """The lower-case words of a role, apostrophes and a former's "ex-" split ("ministre de
    l'Intérieur" -> ministre, de, l, intérieur); a former's words stand for one another ("l'ex-
    ministre" is "l'ancien ministre")."""
    words = set(role_word_list(role))
    return words | FORMER if words & FORMER else words


def role_word_list(role: object) -> list[str]:
    """The lower-case words of a role in their order, apostrophes and "ex-" split."""
    return _FORMER_PREFIX.sub("ex ", str(role).lower().replace("'", " ").replace(
        "’", " ")).split()


def _is_passive(token: Token) -> bool:
    return ("Pass" in token.morph.get("Voice", [])
            or any(child.dep_ == "aux:pass" for child in token.children)
            or _shares_passive(token))


def bare_passive(token: Token) -> bool:
    """A bare participle (`bare_participle`) on the noun before it, or fronted before the
    subject it describes, with no object, of a verb whose past takes "avoir" ("X, condamné en
    1996, a passé", "Condamné en 1996, X a passé"): its noun underwent the act ("X, arrivé
    lundi," arrived: "arriver" takes "être")."""
    if bool(fronted_subjects(token)) and not takes_etre(token) and not any(
            c.dep_ == "obj" for c in token.children):
        return True  # "Condamné en appel en 1996, X a passé 20 mois en prison": X was
    return (token.dep_ == "acl" and token.head.i < token.i and bare_participle(token)
            and not takes_etre(token) and not any(c.dep_ == "obj" for c in token.children))


def bare_participle(verb: Token) -> bool:
    """A past participle with no auxiliary, hung on a noun or fronted ("celle revendiquée
    mardi par X", "un rapport dévoilé lundi"), or with an agent
    ("achetés par X"): French makes it passive, whatever the tagger's Voice. The participle
    of a verb conjugated with être ("arrivé lundi") is active; the caller leaves it out."""
    if not past_participle(verb) or any(c.dep_.startswith("aux") for c in verb.children):
        return False
    # The parse hangs it as "nmod" on a name too ("X, arrêté lundi à Lyon").
    return verb.dep_ in ("acl", "advcl", "amod") or (
        verb.dep_ == "nmod" and verb.head.pos_ in ("NOUN", "PROPN") and verb.head.i < verb.i
    ) or any(c.dep_ == "obl:agent" for c in verb.children) or bool(fronted_subjects(verb))


def _shares_passive(token: Token) -> bool:
    """A participle coordinated to a passive verb whose auxiliaries it shares ("a été arrêté
    en 2007 et condamné en 2008"): passive too."""
    verb = auxiliaries_shared(token)
    return verb is not None and any(child.dep_ == "aux:pass" for child in verb.children)


def auxiliaries_shared(token: Token) -> Token | None:
    """The verb whose auxiliaries a past participle with none of its own shares, coordinated
    to it (the parse may hang it on a date word in between: "arrêté lundi puis placé",
    "lundi" read as a verb), or None."""
    if token.dep_ != "conj" or not past_participle(token) or any(
            child.dep_.startswith("aux") for child in token.children):
        return None
    verb = token.head
    for _ in range(_MAX_SHARED_CLIMB):
        if any(child.dep_.startswith("aux") for child in verb.children):
            return verb
        if verb.dep_ not in ("conj", "xcomp") or verb.head.i == verb.i:
            return None
        verb = verb.head
    return None


def past_participle(token: Token) -> bool:
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm", []) and (
        "Past" in token.morph.get("Tense", []))


def _evidence(doc: Doc, token: Token) -> str:
    """The trigger's sentence, cut to its line, whitespace collapsed."""
    start, end = sentence_in_line(doc, token)
    return _WHITESPACE.sub(" ", text_of(doc)[start:end]).strip()


def sentence_in_line(doc: Doc, token: Token) -> tuple[int, int]:
    """Character bounds of the token's sentence cut to its line (the parse may run a
    sentence over a line break the scrape left between two texts)."""
    start, end = _line(doc, token)
    sentence = token.sent
    return max(start, sentence.start_char), min(end, sentence.end_char)


def single_group(predicate: Token, trigger: Trigger) -> _Group:
    """The group of an event one predicate tells, with no listed trigger."""
    group = _Group([predicate], predicate, predicate, trigger, listed=False)
    group.indices = {predicate.i}
    return group


def _names(index: _Mentions, positions: list[int]) -> list[str]:
    names: list[str] = []
    for position in positions:
        name = row_name(index.rows[position])
        if name not in names:
            names.append(name)
    return names


def _is_source(token: Token) -> bool:
    """The "selon X" / "d'après X" attribution: the source is not a participant."""
    if token.n_lefts == 0:
        return False  # "selon" comes first: a token with nothing on its left has none
    sources = _words("source")
    return any(child.dep_ == "case" and child.lower_ in sources for child in token.lefts)


@dataclass
class _Scope:
    """What bounds one event's arguments."""

    group: _Group
    raised: set[int]
    line: tuple[int, int]


def _line(doc: Doc, token: Token) -> tuple[int, int]:
    """Character bounds of the line holding the token."""
    text = text_of(doc)
    start = text.rfind("\n", 0, token.idx) + 1
    end = text.find("\n", token.idx)
    return start, len(text) if end < 0 else end


# Verbs whose infinitive's own subject follows it ("a fait venir X", "laisse partir X").
_CAUSATIVES = frozenset({"faire", "laisser", "voir", "entendre", "regarder", "sentir"})


def object_read_as_subject(token: Token) -> bool:
    """A "subject" the parse gave an infinitive after it ("dit avoir prévenu X de la
    gravité"): an infinitive has none of its own, so it is the object misread; not after a
    causative, whose infinitive's subject follows it ("a fait venir X"). Nor is a second
    subject after a verb that has one before it ("La police a arrêté X mercredi")."""
    verb = token.head
    if token.dep_ != "nsubj" or token.i < verb.i or verb.pos_ != "VERB":
        return False
    if any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children) and not _question(verb):
        return True
    return infinitive(verb) and not causative(verb)


def _question(verb: Token) -> bool:
    """The verb's sentence asks ("vers quel candidat se tournera X ?"): its subject may follow
    it."""
    return any(t.text == "?" for t in verb.doc[verb.i:verb.sent.end])


def causative(verb: Token) -> bool:
    """An infinitive under "faire", "laisser"... ("a fait savoir"): one verb group with it,
    whichever of the two the parse hangs on the other."""
    return (verb.head.i != verb.i and verb.head.lemma_.lower() in _CAUSATIVES) or any(
        c.lemma_.lower() in _CAUSATIVES and 0 < verb.i - c.i <= 2 for c in verb.children)


def infinitive(verb: Token) -> bool:
    """An infinitive, simple or perfect ("prévenir", "avoir prévenu")."""
    return "Inf" in verb.morph.get("VerbForm", []) or any(
        c.dep_.startswith("aux") and "Inf" in c.morph.get("VerbForm", []) for c in verb.children)


def adjective_as_noun(token: Token) -> bool:
    """An adjective standing for its noun, as its preposition shows ("sa candidature aux
    municipales de 2020")."""
    return token.pos_ == "ADJ" and token.dep_ == "nmod" and any(
        c.dep_ == "case" for c in token.children)


def noun_as_adjective(token: Token) -> bool:
    """A noun the tagger read for an adjective's form right after the noun it qualifies, with
    no article or preposition of its own ("des attentats meurtriers"): it names no one."""
    head = token.head
    return (token.pos_ == "NOUN" and token.dep_ in ("nmod", "amod") and head.pos_ == "NOUN"
            and token.i == head.i + 1
            and not any(c.dep_ in ("case", "det") and c.i < token.i for c in token.children))


# Spells of time that "open", "begin" or "end" as subjects ("Une semaine décisive s'ouvre",
# "l'année commence"): the time passes, no one acts.
_SPELLS_OF_TIME = frozenset({"semaine", "année", "mois", "journée", "période", "saison",
                             "week-end", "soirée", "matinée", "décennie", "trimestre",
                             "semestre", "ère"})


def time_subject(predicate: Token) -> bool:
    """The active predicate's subject is a spell of time ("Une semaine décisive s'ouvre pour
    la SNCF avec la présentation mercredi de la loi"): no act, whatever date its clause holds.
    Not a passive's ("la journée a été décrétée fériée": someone decreed it), nor an age ("X,
    40 ans, a été condamné"), nor a time the parse took for a subject ("a dénoncé le mois
    dernier X", "Cette année, X aura lieu")."""
    doc = predicate.doc
    return any(c.dep_ == "nsubj" and c.lemma_.lower() in _SPELLS_OF_TIME and c.i < predicate.i
               and not any(g.pos_ == "NUM" for g in c.children)
               # "Cette année, le SNU aura lieu": a fronted time, the parse's subject
               and not (c.right_edge.i + 1 < len(doc) and doc[c.right_edge.i + 1].text == ",")
               for c in predicate.children)


# Words French builds a preposition or an adverb on ("par rapport à", "en rapport avec", "en
# revanche", "à compter de", "en direction de"), by the word written right before them: no
# act there.
_LOCUTIONS = {"rapport": frozenset({"par", "en"}), "revanche": frozenset({"en"}),
              "compter": frozenset({"à"}), "direction": frozenset({"en"})}


def in_locution(word: Token) -> bool:
    """The word is the one of a preposition or an adverb French builds on it ("par rapport
    au mois de mars", "à compter du 1er janvier"), with no article of its own."""
    before = _LOCUTIONS.get(word.lower_)
    return before is not None and word.i > 0 and word.doc[word.i - 1].lower_ in before and (
        not any(c.dep_ == "det" for c in word.children))


def locution_participle(word: Token) -> bool:
    """A participle right after the bare noun of a prepositional phrase, one adverb with it
    ("en ordre dispersé", "à titre gracieux" read as a verb): how the act is done, no act."""
    noun = word.head
    return (word.pos_ == "VERB" and word.dep_ in ("acl", "amod") and noun.i == word.i - 1
            and noun.pos_ == "NOUN"
            and any(c.dep_ == "case" and c.lower_ in _LOCUTION_CASES for c in noun.children)
            and not any(c.dep_ in ("det", "nummod") for c in noun.children))


# The bare prepositions of an adverbial locution ("en ordre dispersé", "à titre gracieux"):
# not "de", nor the article-bearing "des", "du", "au" ("des violences commises samedi").
_LOCUTION_CASES = frozenset({"en", "à", "sans", "sous", "par"})


def beyond_locution(word: Token) -> Token:
    """The noun of the locution a participle closes ("en ordre dispersé" -> "ordre"), whose
    verb a date hung on the participle dates; else the word."""
    return word.head if locution_participle(word) else word


def noun_before(pronoun: Token, is_act: Callable[[str], bool]) -> Token | None:
    """The noun of an act (`is_act` of its lemma) whose phrase a relative pronoun follows, the
    parse having missed the clause: the noun right before it (past a comma or a quotation
    mark), or the noun that one completes ("le meurtre d'une femme de 30 ans, qu'il"); not
    across a conjunction ("les troupes visées par un ordre d'expulsion et qui")."""
    words = [t for t in pronoun.doc[max(pronoun.sent.start, pronoun.i - _RELATIVE_REACH):
                                    pronoun.i] if not (t.is_punct or t.is_quote)]
    # a capitalised noun is a name ("il a été fait appel au Raid, qui"), whatever its tag
    noun = words[-1] if words and words[-1].pos_ == "NOUN" and words[-1].is_lower else None
    while noun is not None and not is_act(noun.lemma_):
        noun = noun.head if noun.dep_ == "nmod" and noun.head.pos_ == "NOUN" and (
            pronoun.i - _RELATIVE_REACH <= noun.head.i < noun.i) else None
    return noun


# The most words between a relative pronoun and the noun it stands for, when the parse
# missed the clause ("le meurtre d'une auto-stoppeuse de 30 ans, qu'il").
_RELATIVE_REACH = 12


def hangs_under(token: Token, relations: frozenset[str]) -> bool:
    """The token hangs, somewhere on its way up the parse, from one of `relations` (a clause
    that is no main one: "advcl", "ccomp"...)."""
    while token.head.i != token.i:
        if token.dep_ in relations:
            return True
        token = token.head
    return False
