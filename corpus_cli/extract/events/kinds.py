"""The type of an event from its predicate's lemma: the listed trigger's type, else the broad
type lexicon (data/events_types.txt, CAMEO roots and news families), else "other"; and from the
words around it (`expression_type`): a verb-noun expression ("mis en examen"), the event noun a
support verb or an untyped verb carries ("a mené des frappes", "une enquête ouverte samedi"), a
court as the one who acts (a trial), a role taken ("est devenu ministre").

A candidate whose word is in no list keeps `type: "other"` and its lemma as trigger: nothing
dated with a named participant is dropped for want of a word.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.extract.voice import front_page
from corpus_cli.names import fold, masculine
from corpus_cli.rows import EVENT_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

from .anaphora import offices
from .aspect import aspect_complement
from .dependents import dependents
from .legal import prosecuted_type
from .media import INTERVIEW, disclosure_type, guest_of_outlet
from .senses import argument_sense, is_pronominal
from .tolls import mass_killing
from .tree import in_locution, is_relative, lent_subjects, noun_before, unclaimed_attack
from .wordlists import EXPRESSIONS_FILE, _words, lexicon

TYPES_FILE = "events_types.txt"
# Relations by which a verb governs the noun of an expression ("mis en examen", "fait état",
# "s'en est pris à": the clitic "en"; "a fait savoir": the infinitive).
_EXPRESSION_DEPS = frozenset({"obj", "obl", "obl:arg", "obl:mod", "nsubj:pass", "iobj",
                              "xcomp"})
# Relations of a causative "faire" to the infinitive it governs ("ont fait savoir"), as the
# model attaches it.
_CAUSATIVE_DEPS = frozenset({"aux", "aux:caus", "dep"})
# Relations by which a support or light verb carries the event noun that tells its type
# ("a mené des frappes", "l'audience a eu lieu", "a pris part à une réunion").
_SUPPORT_DEPS = frozenset({"obj", "nsubj", "nsubj:pass", "obl:arg"})
# Relations by which another verb the lexicons leave untyped carries one ("ont trouvé la
# mort" aside, listed as an expression: "a subi un viol", "le remaniement intervient").
_CARRIED_DEPS = frozenset({"obj", "nsubj", "nsubj:pass"})
# Relations of a participle to the noun it qualifies ("une enquête ouverte samedi").
_PARTICIPLE_DEPS = frozenset({"acl", "amod"})
# Relations of the one who acts: a court's decision ("la cour a rejeté", "validé par le
# Conseil constitutionnel").
_SUBJECT_DEPS = frozenset({"nsubj", "obl:agent"})
# Relations by which a judging verb's attribute hangs on it or on its object.
_ATTRIBUTE_DEPS = frozenset({"xcomp", "amod", "nmod", "acl", "obl:arg", "advcl"})
_DISAPPROVE = ("disapprove", "11")
_ASSAULT = ("assault", "18")
_ELECTION: tuple[str, str | None] = ("election", None)
# The types of the acts of an investigating judge or a prosecutor, which a court subject does
# not make a trial ("le juge a entendu", "a mis en examen").
_NOT_TRIAL = frozenset({"investigate", "charge", "arrest"})
# The sections of the type lexicon and the part of speech each one types.
_SECTIONS = {"verbs": "VERB", "nouns": "NOUN"}


@functools.cache
def type_lexicon() -> Mapping[tuple[str, str], tuple[str, str | None]]:
    """(lemma, VERB|NOUN) -> (type, CAMEO code or None), from the packaged type lexicon.

    Lines are `lemma type code` ("-" for no code); a line whose type is not one of
    rows.EVENT_TYPES is skipped rather than guessed. Read once; empty if the file is absent.
    """
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for section, pos in _SECTIONS.items():
        try:
            lines = wordfiles.entries(TYPES_FILE, section)
        except FileNotFoundError:
            return {}
        for line in lines:
            parts = line.split()
            if len(parts) < 2 or parts[1] not in EVENT_TYPES:
                continue
            code = parts[2] if len(parts) > 2 and parts[2] not in ("-", "") else None
            found.setdefault((parts[0].lower(), pos), (parts[1], code))
    return found


@functools.cache
def _passive_types() -> Mapping[str, tuple[str, str | None]]:
    """[passive_verbs] of data/events_triggers.txt: lemma -> (type, CAMEO code or None)."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in wordfiles.entries("events_triggers.txt", "passive_verbs"):
        parts = line.split()
        if len(parts) == 3 and parts[1] in EVENT_TYPES:
            found[parts[0].lower()] = (parts[1], None if parts[2] == "-" else parts[2])
    return found


def type_of(lemma: str, pos: str, passive: bool = False) -> tuple[str, str | None]:
    """The (type, CAMEO code) of a predicate lemma of part of speech VERB or NOUN; a passive
    verb of [passive_verbs] takes that type ("X sera jugé": a trial)."""
    if passive and (found := _passive_types().get(lemma.lower())) is not None:
        return found
    key = (lemma.lower(), pos)
    trigger = lexicon().triggers.get(key)
    if trigger is not None:
        return trigger.type, trigger.cameo
    return type_lexicon().get(key, ("other", None))


@functools.cache
def expressions() -> Mapping[tuple[str, str], tuple[str, str | None]]:
    """(verb lemma, noun lemma) -> (type, CAMEO code or None), from data/events_expressions.txt."""
    found: dict[tuple[str, str], tuple[str, str | None]] = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "expressions"):
        parts = line.split()
        if len(parts) == 4 and parts[2] in EVENT_TYPES:
            found[(parts[0].lower(), parts[1].lower())] = (
                parts[2], None if parts[3] == "-" else parts[3])
    return found


def existential(predicate: Token) -> bool:
    """"il y a" saying what there is ("Ce matin, il y a une femme qui..."): no act. "Il y a"
    of a lapse of time is a date (the dates layer's), never a predicate."""
    return predicate.lemma_.lower() == "avoir" and any(
        c.lower_ == "y" and c.dep_.startswith("expl") for c in predicate.children)


def light_alone(predicate: Token) -> bool:
    """A light verb in no expression ("il y a aujourd'hui une impasse", "a eu lundi"): alone
    it tells no act."""
    return predicate.lemma_.lower() in _words("light_verbs") and not expression_type(predicate)


def expression_type(*tokens: Token) -> tuple[str, str | None] | None:
    """The type the words around one of `tokens` give its event, else None:
    - a verb-noun expression the token belongs to ("mis en examen", "placé en garde à vue",
      "a fait état de", "ont fait savoir"), or its noun form ("sa mise en examen");
    - a judging verb with a word of blame as its judgement ("a jugé la peine excessive"): a
      criticism;
    - a verb of arrest done by someone who arrests no one ("interpellé par un père de
      famille"): words;
    - an accident's noun whose phrase names a weapon ("une explosion due à une bombe"): an
      attack;
    - an event noun the token carries (`carried_type`: "a mené des frappes", "une enquête
      ouverte samedi", "l'audience a eu lieu");
    - a court as the one who acts: its decision is a trial ("la cour a rejeté le recours");
    - a role noun a verb of becoming takes ("est devenu ministre": an appointment);
    - a guest of an outlet ("Invité de Radio Nord lundi, X a dit"): an interview, a statement;
    - "faire la une": the press publishes about the subject;
    - first, an issue or a post "daté du" a day (a publication), then what the verb's
      arguments make of it (senses.py: a surrender, a vote or none)."""
    return (_dated_medium(tokens) or argument_sense(tokens) or _blame(tokens)
            or verbal_sense(tokens) or _expression(tokens)
            or _deliberate(tokens) or next(
        (found for token in tokens if (found := carried_type(token)) is not None), None)
        or court_decision(tokens) or next(
            (found for token in tokens if (found := _role_taken(token)) is not None), None)
        or next((INTERVIEW for token in tokens if guest_of_outlet(token)), None)
        or next((_PUBLICATION for token in tokens if front_page(token)), None))


# A medium's issue or post "daté du 24 octobre": published that day.
_PUBLICATION: tuple[str, str | None] = ("publication", None)


def _dated_medium(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """A publication for the participle "daté" said of a medium or of a name ("son numéro daté
    du 24 octobre", "le Canard enchaîné daté du mercredi", "une vidéo datée du 30 janvier"):
    the issue or the post came out that day. Not the verb "dater de" ("le record date de
    1947")."""
    for token in tokens:
        if (token.lemma_.lower() != "dater" or "Part" not in token.morph.get("VerbForm", [])
                or token.head.i == token.i or token.dep_ not in ("acl", "amod", "nmod")):
            continue
        # the parse may hang it on the noun's complement ("une vidéo du vidéaste X datée")
        heads = [token.head, *([token.head.head] if token.head.dep_ == "nmod" else [])]
        if any(_medium_or_name(head) for head in heads):
            return _PUBLICATION
    return None


def _medium_or_name(noun: Token) -> bool:
    """A noun of a medium ("numéro", "vidéo") or a name ("le Canard enchaîné", tagged a noun
    or not)."""
    return (noun.pos_ == "PROPN" or noun.lemma_.lower() in _words("media")
            or (noun.text.istitle() and noun.i > noun.sent.start))


def trigger_expression(token: Token) -> tuple[str, str | None] | None:
    """The type a listed trigger verb takes in a verb-noun expression ("s'est dite prête à":
    an intent, not the statement "dire" alone tells), else None."""
    if token.pos_ != "VERB" or token.lemma_.lower() not in _expression_verbs():
        return None  # most triggers head no expression: skip the dependents' walk
    return _expression((token,))


@functools.cache
def _expression_verbs() -> frozenset[str]:
    return frozenset(verb for verb, _ in expressions())


def _expression(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    table = expressions()
    for token in tokens:
        pairs = [(token, child) for dep, child in dependents(token) if dep in _EXPRESSION_DEPS
                 or (dep == "nmod" and _verb_of(token) is not None)]
        if token.head.i != token.i and (token.dep_ in _EXPRESSION_DEPS or (
                token.dep_ == "nmod" and _verb_of(token.head) is not None)):
            pairs.append((token.head, token))
        # "les textes doivent être examinés": a modal's subject is its infinitive's
        if token.head.lemma_.lower() in modal_verbs():
            pairs += [(token, subject) for subject in lent_subjects(token)]
        # "ont fait savoir": the causative verb and its infinitive make the expression
        pairs += [(child, token) for child in token.children
                  if child.dep_ in _CAUSATIVE_DEPS and child.lemma_.lower() == "faire"]
        # "une enquête réalisée par l'institut X": a participle and the noun it qualifies
        if token.dep_ in _PARTICIPLE_DEPS and token.head.pos_ == "NOUN":
            pairs.append((token, token.head))
        counted = [(verb, word) for verb, noun in pairs
                   for word in (noun, _counted(noun)) if word is not None]
        for verb, noun in counted:
            lemma = _verb_of(verb)
            if lemma is None or in_locution(noun) or any(
                    c.dep_ == "case" and c.lower_ in _CIRCUMSTANCES for c in noun.children):
                continue  # "après sa garde à vue, il a été mis en examen": no "mise en garde"
            # "est revenu sur le projet": a verb and the preposition of its complement
            # "mis en garde à vue" (custody) is no "mis en garde" (a warning): the noun with
            # its complement first
            keys = [f"{noun.lemma_}-{case.lower_}-{word.lemma_}".lower()
                    for word in noun.children if word.dep_ == "nmod"
                    for case in word.children if case.dep_ == "case"]
            keys += [noun.lemma_.lower()] + ["+" + case.lower_ for case in noun.children
                                             if case.dep_ == "case" and noun.i > verb.i]
            found = next((table[(lemma, key)] for key in keys if (lemma, key) in table), None)
            if found is not None:
                return found
    return None


def nominal_expression(noun: Token) -> bool:
    """The noun is the noun form of an expression's verb with its noun ("sa mise en examen",
    "le placement en garde à vue"): it names that act."""
    return noun.pos_ == "NOUN" and _verb_of(noun) is not None and _expression((noun,)) is not None


# Prepositions of a circumstance: a noun after them makes no expression with the verb.
_CIRCUMSTANCES = frozenset({"après", "avant", "pendant", "durant", "depuis", "lors", "dès"})


def _deliberate(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """An attack: the noun of an accident, the token or the one it carries ("une explosion
    s'est produite"), whose phrase names a weapon (data/events_expressions.txt [weapons])."""
    weapons = _weapons()
    for token in tokens:
        nouns = [token] if token.pos_ == "NOUN" else [
            c for c in token.children if c.dep_ in ("nsubj", "obj") and c.pos_ == "NOUN"]
        if any(type_of(noun.lemma_, "NOUN")[0] == "accident"
               and any(t.lemma_.lower() in weapons for t in noun.subtree) for noun in nouns):
            return _ASSAULT
    return None


@functools.cache
def _weapons() -> frozenset[str]:
    return wordfiles.words(EXPRESSIONS_FILE, "weapons")


def _blame(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """A criticism: a judging verb whose judgement blames, as its attribute or its object's
    (the parser hangs "excessive" of "a jugé la peine excessive" on "peine"); a feeling of
    reproach voiced ("a exprimé son indignation", "a fait part de sa colère")."""
    words = _blame_words()
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ == "NOUN" and lemma in words["reproach"] and token.head.i != token.i:
            token = token.head  # the feeling's noun as trigger: read from its verb
            lemma = token.lemma_.lower()
        if token.pos_ != "VERB":
            continue
        # relations as `dependents` reads them: a noun hung on a date is the verb's
        after = [(dep, child) for dep, child in dependents(token) if child.i > token.i]
        if lemma in words["judging_verbs"]:
            said = after + [(grand.dep_, grand) for dep, child in after if dep == "obj"
                            for grand in child.children if grand.i > child.i]
            # a participle's masculine form ("jugé « plus que déplacée »", read as a verb)
            if any(word.pos_ in ("ADJ", "NOUN", "VERB") and dep in _ATTRIBUTE_DEPS and (
                    word.lemma_.lower() if word.pos_ != "VERB"
                    else masculine(word.lower_)) in words["blame"]
                   for dep, word in said):
                return _DISAPPROVE
        voiced = [child for dep, child in after if dep == "obj"]
        if lemma == "faire":  # "a fait part de sa colère": on "part", or on the verb
            if not any(child.lemma_.lower() == "part" for child in voiced):
                continue
            voiced = [grand for child in voiced for grand in child.children
                      if grand.dep_ == "nmod"] + [
                child for dep, child in after if dep in ("obl:arg", "obl")]
        elif lemma not in words["expressing_verbs"]:
            continue
        if any(word.lemma_.lower() in words["reproach"] for word in voiced):
            return _DISAPPROVE
    return None


def verbal_sense(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """The sense in words of a verb of [verbal_senses] done through words or a medium ("en
    direct", "sur Twitter") or whose performer is a person's name or a noun of no enforcer;
    None when no performer is written (an arrest's agent is often left out)."""
    senses, enforcers = _verbal_words()
    for token in tokens:
        sense = senses.get(token.lemma_.lower())
        if token.pos_ != "VERB" or sense is None:
            continue
        if any(child.lemma_.lower() in _words("verbal_means") - {"justice"}
               and dep in ("obl", "obl:mod", "obl:arg") for dep, child in dependents(token)):
            return sense  # "a interpellé en direct le ministre", "sur Twitter"; "arrêté sur
            # décision de justice" is an arrest
        # the agent after an aside, which the parse reads as a circumstance ("a été interpellé,
        # sous l'œil des caméras, par un jeune chômeur")
        performers = [child for dep, child in dependents(token)
                      if (dep in ("nsubj", "obl:agent") or (dep == "obl:mod" and any(
                          c.dep_ == "case" and c.lower_ == "par" for c in child.children)))
                      and child.pos_ in ("NOUN", "PROPN")]
        if performers and all(
                child.ent_type_ == "PER" if child.pos_ == "PROPN"
                else child.lemma_.lower() not in enforcers for child in performers):
            return sense
    return None


@functools.cache
def _verbal_words() -> tuple[dict[str, tuple[str, str | None]], frozenset[str]]:
    """[verbal_senses] and [enforcers] of data/events_expressions.txt."""
    senses = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "verbal_senses"):
        verb, kind, code = line.split()
        senses[verb.lower()] = (kind, None if code == "-" else code)
    return senses, wordfiles.words(EXPRESSIONS_FILE, "enforcers")


@functools.cache
def _blame_words() -> dict[str, frozenset[str]]:
    """[blame], [judging_verbs], [expressing_verbs] and [reproach] of
    data/events_expressions.txt."""
    return {section: wordfiles.words(EXPRESSIONS_FILE, section)
            for section in ("blame", "judging_verbs", "expressing_verbs", "reproach")}


def carried_type(token: Token) -> tuple[str, str | None] | None:
    """The type of the event noun a verb carries when the noun, not the verb, tells the event:
    - a support or light verb's object, subject or argument ("a mené des frappes",
      "l'audience a eu lieu", "a pris part à une réunion"), whatever the verb's own type
      ("poursuivre les négociations" is talks, not a prosecution);
    - the object or subject of a verb the lexicons leave untyped ("a subi un viol", "le
      remaniement intervient"), not of a modal ("l'attentat pourrait") nor of one they type
      "other" ("a reporté le sommet", "a libéré les otages");
    - the event noun a participle the lexicons leave "other" qualifies ("une enquête ouverte
      samedi", "la plainte déposée jeudi").
    None when the token carries no event noun."""
    if token.pos_ not in ("VERB", "AUX", "ADJ"):
        return None
    lemma = token.lemma_.lower()
    lex = lexicon()
    if lemma in lex.support_verbs or lemma in _words("light_verbs"):
        noun = _event_child(token, _SUPPORT_DEPS)
        if noun is None and token.dep_ == "xcomp" and token.head.lemma_.lower() in modal_verbs():
            noun = _event_child(token.head, frozenset({"nsubj"}))  # "l'audience doit se tenir"
        if noun is not None:
            return attack_type(noun, type_of(noun.lemma_, "NOUN"))
    if token.pos_ == "ADJ" and "Part" not in token.morph.get("VerbForm", []):
        return None
    if (type_of(lemma, "VERB")[0] != "other" or type_of(lemma, "NOUN")[0] != "other"
            or (lemma, "VERB") in type_lexicon()):
        return None  # a known act, "other" by the lexicon too: "a libéré les otages" is no taking
    if (token.dep_ in _PARTICIPLE_DEPS and token.head.pos_ == "NOUN"
            and is_event_noun(token.head.lemma_)):
        # "l'attaque terroriste perpétrée jeudi": the attack's type by its sides
        return attack_type(token.head, type_of(token.head.lemma_, "NOUN"))
    if lemma in modal_verbs():
        return None
    # "la proposition a essuyé un échec": the subject of a verb of undergoing is no act
    undergoing = _words("undergoing") | _words("undergoing_objects")
    noun = _event_child(token, _CARRIED_DEPS - {"nsubj"} if lemma in undergoing
                        else _CARRIED_DEPS)
    if noun is None:
        return None
    kind = type_of(noun.lemma_, "NOUN")
    if noun.dep_ == "obj" and lemma not in undergoing and unclaimed_attack(noun, kind[0]):
        return None  # "X a utilisé les attentats": who uses an attack did not commit it
    return kind


@functools.cache
def _quantities() -> frozenset[str]:
    return frozenset(word.lower() for word in wordfiles.entries("events_actors.txt",
                                                                "quantities"))


def quantity(noun: Token) -> bool:
    """A noun of a number or a share ("millier", "série", "%"): events_actors.txt [quantities]."""
    return noun.lemma_.lower() in _quantities() or noun.lower_ in _quantities()


def _event_child(token: Token, deps: frozenset[str]) -> Token | None:
    """The first event noun among the token's dependents by one of `deps`, a quantity looked
    through ("a mené des centaines de frappes"), a relative pronoun read as its antecedent
    ("son procès, qui aura lieu le 24 janvier")."""
    return next((noun for dep, child in dependents(token) if dep in deps
                 for noun in (_antecedent(token, child), _counted(child)) if noun is not None
                 and noun.pos_ == "NOUN" and is_event_noun(noun.lemma_)), None)


def _antecedent(verb: Token, child: Token) -> Token:
    """The noun a relative clause's pronoun stands for, else the child itself: the last event
    noun of the phrase the clause follows, where the parse may hang it on another noun ("à
    quelques semaines de son procès, qui aura lieu": the trial takes place), else its head;
    where the parse missed the relative clause ("a avoué le meurtre d'une femme, qu'il aurait
    commis"), the last event noun of the few words before the pronoun."""
    if not is_relative(child):
        return child
    if verb.dep_ != "acl:relcl":
        return noun_before(child, is_event_noun) or child
    phrase = [t for t in verb.head.subtree if t.i < child.i and t.pos_ == "NOUN"]
    return next((t for t in reversed(phrase) if is_event_noun(t.lemma_)), verb.head)


def _counted(noun: Token) -> Token | None:
    """What a quantity noun counts ("une série d'arrestations", "19,6 % des voix"), or a
    counted spell of time ("leur troisième jour de grève"), else None."""
    if not quantity(noun) and not _counted_spell(noun):
        return None
    return next((child for child in noun.children if child.dep_ == "nmod"
                 and child.pos_ == "NOUN" and any(
                     case.dep_ == "case" and case.lower_ in _words("de")
                     for case in child.children)), None)


# Spells of time an act is counted in ("le troisième jour de grève").
_SPELLS = frozenset({"jour", "journée", "semaine", "mois", "nuit"})


def _counted_spell(noun: Token) -> bool:
    """A spell of time with an ordinal ("son 24e jour de grève", "la troisième semaine de
    négociations"): not "le jour de l'attentat", a day named by its act, nor a length ("six
    mois de suspension", a sanction's)."""
    return noun.lemma_.lower() in _SPELLS and any(
        "Ord" in c.morph.get("NumType", []) or (c.lower_.endswith("e") and c.lower_[:-1].isdigit())
        for c in noun.children)


def court_decision(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """A trial when a court acts ("la cour d'appel a confirmé", "le tribunal a rejeté la
    demande", "validée par le Conseil constitutionnel"): events_dev/RULES.md §2 files a court's
    decision, and a court examining a request, under trial. Not the acts an investigating
    judge or a prosecutor performs (hearing, charging, arresting: their own types)."""
    for token in tokens:
        lemma = token.lemma_.lower()
        if token.pos_ not in ("VERB", "ADJ") or lemma in _words("light_verbs"):
            continue  # "le juge mettait fin à ses jours": no act of the court
        own = {type_of(lemma, "VERB")[0], type_of(lemma, "VERB", passive=True)[0]}
        if own & _NOT_TRIAL:
            continue  # "entendu par les juges": a hearing (investigate)
        # "la Cour doit se prononcer": the subject of the modal the infinitive completes
        above = [*dependents(token.head)] if token.dep_ == "xcomp" and (
            token.head.lemma_.lower() in modal_verbs()) else []
        for dep, child in [*dependents(token), *above]:
            if dep in _SUBJECT_DEPS and is_court(child) and not (
                    "public_statement" in own and child.lemma_.lower() in court_persons()):
                return "trial", None
    return None


def is_court(noun: Token) -> bool:
    """The noun names a court of law ([courts] of data/events_expressions.txt: "tribunal",
    "cour" but not "la Cour des comptes", "conseil" with "constitutionnel")."""
    # accents folded: capitals are often written bare ("le Conseil d'Etat")
    words = {_bare(t.lemma_) for t in noun.subtree} | {_bare(t.text) for t in noun.subtree}
    for head, required, excluded in courts():
        if (_bare(noun.lemma_) == head and required <= words
                and not excluded & words):
            return True
    return False


def _role_taken(token: Token) -> tuple[str, str | None] | None:
    """The type a verb of becoming takes with a role noun ("est devenu ministre": an
    appointment; [role_verbs] of data/events_expressions.txt, roles of entities_titles.txt)."""
    kind = role_verbs().get(token.lemma_.lower())
    if kind is None:
        return None
    role = next((child for child in token.children if child.dep_ in ("xcomp", "obj", "obl:arg")
                 and child.lemma_.lower() in offices()), None)
    if role is None:
        return None
    # "est devenu le premier président élu du pays": the role came by a vote
    elected = any((c.dep_ in ("amod", "acl") and c.lemma_.lower() == "élire")
                  or c.lower_ in ("élu", "élue") for c in role.children)
    return _ELECTION if elected else kind


def _bare(word: str) -> str:
    """A word folded (case, accents, apostrophes) into one piece: "prud'hommes", "État"."""
    return fold(word).replace(" ", "")


@functools.cache
def courts() -> tuple[tuple[str, frozenset[str], frozenset[str]], ...]:
    """[courts] of data/events_expressions.txt: (head lemma, words the phrase must hold, words
    it must not hold)."""
    found = []
    for line in wordfiles.entries(EXPRESSIONS_FILE, "courts"):
        head, *rest = (_bare(word) for word in line.split())
        found.append((head, frozenset(w for w in rest if not w.startswith("!")),
                      frozenset(w[1:] for w in rest if w.startswith("!"))))
    return tuple(found)


@functools.cache
def court_persons() -> frozenset[str]:
    """[court_persons] of data/events_expressions.txt: court nouns that also name a speaker."""
    return wordfiles.words(EXPRESSIONS_FILE, "court_persons")


@functools.cache
def modal_verbs() -> frozenset[str]:
    """[modal_verbs] of data/events_expressions.txt: verbs whose subject's event is not theirs."""
    return wordfiles.words(EXPRESSIONS_FILE, "modal_verbs")


# How many modals may stand one on another ("devrait pouvoir signer").
_MODAL_CHAIN = 3


def modal_complement(verb: Token, modals: frozenset[str],
                     infinitive: bool = False) -> Token | None:
    """The verb a modal of `modals` governs, through modals one after the other ("ont pu
    interpeller", "doivent être examinés", "devrait pouvoir signer"): the act the modal tells
    the mood of; None when `verb` is no such modal. With `infinitive`, only a verb the tagger
    marks an infinitive (not the participle of "doit être signé")."""
    found = None
    for _ in range(_MODAL_CHAIN):
        if verb.lemma_.lower() not in modals:
            break
        governed = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                         and c.i > verb.i and (not infinitive
                                               or "Inf" in c.morph.get("VerbForm", []))), None)
        if governed is None:
            break
        found = verb = governed
    return found


@functools.cache
def role_verbs() -> Mapping[str, tuple[str, str | None]]:
    """[role_verbs] of data/events_expressions.txt: verb lemma -> (type, CAMEO code or None)."""
    found: dict[str, tuple[str, str | None]] = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "role_verbs"):
        parts = line.split()
        if len(parts) == 3 and parts[1] in EVENT_TYPES:
            found[parts[0].lower()] = (parts[1], None if parts[2] == "-" else parts[2])
    return found


# The dependents that say who attacks, whom, and with or in what (not another clause's words).
_SIDE_DEPS = frozenset({"nsubj", "nsubj:pass", "obj", "iobj", "obl", "obl:arg", "obl:agent",
                        "obl:mod", "nmod", "amod", "appos", "flat:name"})


def attack_type(predicate: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """An attack's type from its sides: made in words ("sur Twitter", "en justice") or on a
    person named, a criticism (CAMEO 11); with armed forces on a side, a fight (19); else an
    assault on people or places (18), as a knife or gunmen's attack."""
    if kind[0] != "fight" or predicate.lemma_.lower() not in _words("attack_words"):
        return kind
    sides = [c for c in predicate.children if c.dep_ in _SIDE_DEPS]
    if predicate.pos_ == "NOUN" and predicate.head.i != predicate.i:
        # "X a lancé une attaque": X's side
        sides.extend(c for c in predicate.head.children if c.dep_ in _SIDE_DEPS)
    near = [predicate, *sides, *(t for side in sides for t in side.children
                                 if t.dep_ in _SIDE_DEPS or t.dep_ == "case")]
    if any(t.lemma_.lower() in _words("verbal_means") or t.lower_ in _words("verbal_means")
           for t in near) or (predicate.pos_ == "VERB" and any(
            c.dep_ == "obj" and c.ent_type_ == "PER" for c in predicate.children)):
        return "disapprove", "11"
    if any(t.lemma_.lower() in _words("armed_forces") and t.pos_ in ("NOUN", "PROPN")
           for t in near if t.i != predicate.i):  # not "un hôpital militaire"
        return kind
    return "assault", "18"


def protest_type(predicate: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """An act the lexicons leave "other" that protesters perform ("des manifestants sont
    entrés dans le parlement", "les gilets jaunes, qui lancent des blocages"): a protest."""
    if kind[0] != "other" or predicate.pos_ not in ("VERB", "AUX"):
        return kind
    for subject in (c for c in predicate.children if c.dep_.startswith("nsubj")):
        if subject.lower_ == "qui":  # the antecedent, the noun before it however parsed
            subject = next((t for t in reversed(predicate.doc[max(0, subject.i - 4):subject.i])
                            if t.pos_ in ("NOUN", "PROPN")), subject)
        if protesters(subject):
            return "protest", "14"
    return kind


def protesters(noun: Token) -> bool:
    """A noun of people protesting ("les manifestants", "les gilets jaunes")."""
    lemma = noun.lemma_.lower()
    return lemma in _words("protesters") and (lemma != "gilet" or any(
        c.lower_.startswith("jaune") for c in noun.children))


# The lemma the model gives "tue" (tuer), which events_types.txt types a killing.
_MISREAD_KILLING = "taire"


def token_type(token: Token, pos: str, passive: bool) -> tuple[str, str | None]:
    """`type_of` the token's lemma; a lemma the model gives a form of another verb types only
    that form ("tue": a killing; "il se tait", "s'est tu": silence)."""
    lemma = token.lemma_.lower()
    if lemma == _MISREAD_KILLING and token.lower_ not in _words("killing_forms"):
        return "other", None
    return type_of(lemma, pos, passive)


def predicate_type(predicate: Token, pos: str, passive: bool) -> tuple[str, str | None]:
    """The (type, CAMEO code) of a clause's predicate read as `pos`: its verb-noun
    expression's, else its lemma's (`type_of`); a verb typed "other" takes the type its lemma
    has as a noun (the model gives some nouns a verb's reading)."""
    lemma = predicate.lemma_.lower()
    kind = expression_type(predicate) or pronominal_only(predicate, pos,
                                                         token_type(predicate, pos, passive))
    if kind[0] == "other" and pos == "VERB":
        kind = type_of(lemma, "NOUN")
    if kind[0] == "other" and (act := aspect_complement(predicate)) is not None:
        return predicate_type(act, pos, False)  # "a commencé à juger": active, a trial
    return sided_type(predicate, predicate, kind)


def sided_type(primary: Token, anchor: Token,
               kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """`kind` as the clause's sides and form tell it: an attack's (`attack_type`), a
    protesters' act (`protest_type`), a revealing or one's own words published, a saying's
    purpose, a prosecutor's accusing (`prosecuted_type`), a verb that stops itself."""
    if primary.lemma_.lower() in _words("self_stopping") and is_pronominal(primary):
        return "other", None
    return prosecuted_type(anchor, purpose_type(anchor, mass_killing(primary, disclosure_type(
        primary, protest_type(anchor, travel_type(anchor, attack_type(primary, kind)))))))


def travel_type(predicate: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """A travel (CAMEO 042) of those who visit no one: protesters' is a protest ("une
    trentaine de gilets jaunes se sont rendus devant la permanence"); the police's, the
    forces', craft's or a crowd's ("la police s'est rendue sur place", "un avion est arrivé
    jeudi") is "other"."""
    if kind[1] != "042":
        return kind
    for mover in _movers(predicate):
        if protesters(mover):
            return "protest", "14"
        lemma = mover.lemma_.lower()
        if (lemma in _words("movers") or lemma in _words("armed_forces")) and (
                mover.ent_type_ != "PER"):
            return "other", None  # not "Marine X", a given name
    return kind


def _movers(predicate: Token) -> list[Token]:
    """The nouns of who moves: the subject (of the verb it depends on: "doit arriver"), or
    the noun a participle qualifies, and the people a quantity of them names ("une compagnie
    de CRS", "une trentaine de gilets")."""
    if predicate.dep_ == "xcomp" and not any(c.dep_.startswith("nsubj")
                                             for c in predicate.children):
        predicate = predicate.head  # "une compagnie doit arriver"
    nouns = ([predicate.head] if predicate.dep_ == "acl"
             else [c for c in predicate.children if c.dep_.startswith("nsubj")])
    return [*nouns, *(c for noun in nouns for c in noun.children
                      if c.dep_ == "nmod" and any(g.lower_ in _words("de") for g in c.children))]


# The types a purpose gives a saying ("a écrit à X pour lui demander"): what the words do.
_PURPOSES = frozenset({"demand", "appeal", "disapprove", "reject", "threaten"})


def purpose_type(verb: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """A statement made for a purpose its infinitive names ("a pris la parole pour dénoncer"):
    the type of that infinitive if a demand, an appeal, a criticism, a refusal, a threat; an
    act of no type done to protest is a protest."""
    if kind[0] not in ("public_statement", "other") or verb.pos_ != "VERB":
        return kind
    for child in verb.children:
        if (child.dep_ == "advcl" and child.pos_ == "VERB"
                and "Inf" in child.morph.get("VerbForm", [])
                and any(m.lower_ == "pour" for m in child.children if m.dep_ == "mark")):
            found = type_of(child.lemma_, "VERB")
            if kind[0] == "other" and (found[0] == "protest" or child.lemma_ == "protester"):
                return "protest", "14"  # "ont quitté l'hémicycle pour protester": a walkout
            if kind[0] == "public_statement" and found[0] in _PURPOSES:
                return found
    return kind


def pronominal_only(predicate: Token, pos: str,
                    kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """`kind`, unless it is a trigger's that holds only for the verb's pronominal use and the
    verb is not pronominal ("se rendre à" is a visit, "un service lui sera rendu" none): then
    the type lexicon's."""
    lemma = predicate.lemma_.lower()
    trigger = lexicon().triggers.get((lemma, pos))
    if (trigger is not None and kind == (trigger.type, trigger.cameo)
            and "pron" in trigger.conditions and not is_pronominal(predicate)):
        return type_lexicon().get((lemma, pos), ("other", None))
    return kind


def _verb_of(token: Token) -> str | None:
    """The verb lemma a token stands for in an expression: a verb's own, or the verb a
    listed noun form is made from ("mise" -> mettre); None for any other word."""
    if token.pos_ in ("VERB", "AUX"):
        return token.lemma_.lower()
    if token.pos_ == "NOUN":
        return nominalizations().get(token.lemma_.lower())
    return None


@functools.cache
def nominalizations() -> Mapping[str, str]:
    """Noun form -> verb lemma, from data/events_expressions.txt ("mise" -> "mettre")."""
    found: dict[str, str] = {}
    for line in wordfiles.entries(EXPRESSIONS_FILE, "nominalizations"):
        parts = line.split()
        if len(parts) == 2:
            found[parts[0].lower()] = parts[1].lower()
    return found


# The endings of French nouns of action ("réouverture", "suppression", "lancement").
ACT_ENDINGS = ("tion", "sion", "ture", "ment")


def act_noun(noun: Token, endings: tuple[str, ...] = ACT_ENDINGS) -> bool:
    """A noun that names an act: in the lexicons, or by the ending of its kind."""
    return is_event_noun(noun.lemma_) or noun.lemma_.lower().endswith(endings)


def is_event_noun(lemma: str) -> bool:
    """A noun that names an act (in a list of triggers or of types), not a thing."""
    key = (lemma.lower(), "NOUN")
    return key in lexicon().triggers or key in type_lexicon()
