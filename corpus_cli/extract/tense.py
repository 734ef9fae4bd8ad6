"""The tense of the clause a date hangs on, read from the parse: the first verb above the
expression (`governing_verb`) and the direction its clause gives (`clause_tense`): compound
tenses read on their auxiliary, infinitives on their governor, participles as pasts, plans
ahead. extract/dates.py reads each expression in that direction."""

from __future__ import annotations

import functools
import re
from typing import TYPE_CHECKING

from corpus_cli.dates.grammar.words import lexicon_section
from corpus_cli.nlp.participles import FIRST_GROUP_ENDINGS

from .events.announced import announcing_class
from .events.wordlists import lexicon
from .voice import reflexive, takes_etre

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

_AUX_DEPS = frozenset({"aux", "aux:tense", "aux:pass", "cop"})
# The reflexive clitics of a pronominal verb, whose past takes "être" ("s'y sont frottés").
_REFLEXIVES = frozenset({"se", "s'", "s’"})
_CONDITIONAL_ENDING = re.compile(r"r(?:ais|ait|aient|ions|iez)$")
_FUTURE_ENDING = re.compile(r"r(?:ai|as|a|ons|ez|ont)$")


def date_words(section: str) -> frozenset[str]:
    """The words of a section of data/dates_lexicon.txt."""
    return frozenset(lexicon_section(section))


def is_conditional(token: Token) -> bool:
    """A conditional the model tagged as imperfect: "rendrait" is "rendre" + -ait, "déclarait"
    is not "déclarer" + -ait. A form without a conditional's ending is none, whatever the
    tag ("remontent" tagged conditional)."""
    text = token.text.lower()
    ending = _CONDITIONAL_ENDING.search(text)
    if ending is None:
        return False
    if "Cnd" in token.morph.get("Mood", []):
        return True
    return _future_stem(text[:ending.start() + 1], token.lemma_.lower())


def _future_form(token: Token) -> bool:
    """A future the model tagged otherwise ("se rendra" tagged past): the stem of the
    future and the conditional (the infinitive, minus a final -e, or an irregular stem) and
    a future's ending; not a simple past ("déclara" is "déclar" + -a)."""
    text = token.text.lower()
    ending = _FUTURE_ENDING.search(text)
    return (ending is not None and "Ind" in token.morph.get("Mood", ["Ind"])
            and _future_stem(text[:ending.start() + 1], token.lemma_.lower()))


def _future_stem(stem: str, lemma: str) -> bool:
    """The stem of the future and the conditional of `lemma`: regular or irregular."""
    if stem in (lemma, lemma[:-1]):
        return True
    return any(stem == irregular or (len(irregular) >= 4 and stem.endswith(irregular))
               for irregular in date_words("conditional_stems"))


def _finite_tense(token: Token, *, perfect: bool) -> str | None:
    """The direction a finite verb (or the auxiliary of a compound tense) gives its clause."""
    tenses = token.morph.get("Tense", [])
    if "Sub" in token.morph.get("Mood", []):
        # "que l'annonce ait été faite vendredi": a perfect subjunctive tells a done act
        return "past" if perfect else None
    if is_conditional(token):
        return "past" if perfect else "future"  # "aurait signé" / "signerait"
    if "Fut" in tenses or _future_form(token):
        return "future"
    if "Imp" in tenses or "Past" in tenses or _imperfect_form(token):
        return "past"
    if "Pres" in tenses:
        return "past" if perfect else "present"
    return None


def _imperfect_form(token: Token) -> bool:
    """An imperfect of a verb in -er the tagger read as a present ("commençaient"): no
    present of those verbs ends so (a present in -ait is another group's: "fait", "plaît")."""
    return (token.lemma_.lower().endswith("er") and token.pos_ in ("VERB", "AUX")
            and token.lower_.endswith(("ait", "ais", "aient")))


def _is_planned(token: Token) -> bool:
    planned = date_words("planned_participles")
    return token.lemma_.lower() in planned or token.text.lower().rstrip("es") in planned


def former_plan(token: Token) -> bool:
    """A participle of planning said to be a former plan ("initialement prévue ce mardi"):
    its date was given up."""
    return _is_planned(token) and _former_plan(token)


def _former_plan(participle: Token) -> bool:
    """A plan said to be a former one: an adverb of it within three words ("prévu initialement
    le 22 mars", "d'abord attendu", "prévu à l'origine")."""
    doc = participle.doc
    near = " ".join(t.lower_ for t in doc[max(0, participle.i - 3):participle.i + 4])
    return _former_plan_adverbs().search(near.replace("’", "'").replace("' ", "'")) is not None


@functools.cache
def _former_plan_adverbs() -> re.Pattern[str]:
    """Any adverb of [former_plan_adverbs] as whole words, compiled once."""
    adverbs = "|".join(map(re.escape, sorted(date_words("former_plan_adverbs"), key=len,
                                             reverse=True))) or "(?!)"  # none: never
    return re.compile(rf"(?<![\w'])(?:{adverbs})(?![\w])")


def _overtaken_plan(participle: Token, auxiliaries: list[Token]) -> bool:
    """A bare participle of planning on a clause told in a compound or finite past ("Prévu à la
    mi-mars, le procès avait été reporté"): the plan lies either side of the day of writing."""
    if auxiliaries or participle.dep_ not in ("advcl", "acl"):
        return False
    governor = participle.head
    if governor.pos_ in ("NOUN", "PROPN") and governor.head.i != governor.i:
        governor = governor.head  # "le sommet, prévu le 3 mars, a été annulé"
    return governor.pos_ in ("VERB", "AUX") and governor.i != participle.i and _finite_past(
        governor)


def _past_plan(verb: Token) -> bool:
    """"devait", "allait": a plan told in the imperfect, which may have passed ("devait se
    rendre à Rome le 3 mars", written in June) or still lie ahead."""
    return verb.lemma_.lower() in ("devoir", "aller") and "Imp" in verb.morph.get("Tense", [])


def _summer(token: Token) -> bool:
    """"été" after a determiner or a preposition is the season ("les soldes d'été sont
    décalés", "cet été"), which the parse may take for the participle of an auxiliary."""
    return (token.lower_ == "été" and token.i > 0
            and token.doc[token.i - 1].pos_ in ("DET", "ADP"))


# Adverbs of degree: a participle they qualify is an adjective ("plus marqué", "très attendu").
_DEGREES = frozenset({"plus", "moins", "très", "trop", "si", "aussi", "assez", "particulièrement"})


def clause_tense(verb: Token) -> str | None:
    """past, future or present: the direction of the clause a verb heads.

    Compound tenses are read on their auxiliary (passé composé and plus-que-parfait are past);
    an infinitive under "aller", "devoir", "prévoir de"... is future, under another past verb
    past ("s'est abstenu de commenter jeudi"), otherwise it takes the tense of its governor;
    "est prévu", "attendu" are future; a bare participle is past.
    """
    for _ in range(4):
        etre = etre_perfect(verb)
        if etre is not None:  # "sont mortes lundi": a passé composé, whatever the tags say
            return _finite_tense(etre, perfect=True)
        auxiliaries = [c for c in verb.children if c.dep_ in ("aux", "aux:tense", "aux:pass")
                       and not _summer(c)]
        forms = verb.morph.get("VerbForm", [])
        # a participle the tagger took for a noun still has its auxiliaries ("avait été
        # diagnostiqué")
        if "Part" in forms or verb.pos_ == "ADJ" or (verb.pos_ == "NOUN" and auxiliaries):
            # "être" makes a past only of a verb that takes it ("sont arrivés"); of another
            # it makes a passive, whatever the label ("sont invités jeudi": a present)
            with_etre = takes_etre(verb) or any(c.lower_ in _REFLEXIVES for c in verb.children)
            perfect = [a for a in auxiliaries
                       if with_etre or (a.dep_ != "aux:pass" and a.lemma_.lower() != "être")]
            passive = [a for a in auxiliaries if a not in perfect]
            first = (perfect or passive)[0] if perfect or passive else None
            if first is not None and "Inf" in first.morph.get("VerbForm", []):
                if perfect and not _lemma_in(verb.head, date_words("modal_verbs") | (
                        date_words("prospective_verbs") - date_words("announcing_verbs"))):
                    # "affirme avoir rencontré mardi", "le premier pays à avoir repris dès
                    # mardi", "a annoncé avoir ouvert une enquête": a perfect infinitive tells
                    # a done act; "devra avoir quitté les lieux mardi" is read forward as the
                    # infinitive of its modal
                    return "past"
                forms = ["Inf"]  # "va être voté", "devrait être signé": read as the infinitive
            elif _is_planned(verb) and not perfect and (_former_plan(verb)
                                                         or _overtaken_plan(verb, auxiliaries)):
                return None  # "prévu initialement le 22 mars": that plan's date, not ahead
            elif _is_planned(verb) and not perfect:
                tense = _finite_tense(passive[0], perfect=False) if passive else "present"
                return "future" if tense in ("present", "future") else None
            elif perfect:
                return _finite_tense(perfect[0], perfect=True)
            elif passive:
                return _finite_tense(passive[0], perfect=False)
            elif "Pres" in verb.morph.get("Tense", []) and verb.head.i != verb.i:
                # "dit-il, évitant de parler de grève pour Noël": a present participle tells
                # no time of its own; its governor's clause does
                verb = verb.head
                continue
            elif any(c.dep_.startswith("nsubj") and c.text[:1] in "-‑" for c in verb.children):
                return "present"  # "dit-il": a finite verb of an incise, not a bare participle
            elif not auxiliaries and verb.head.i != verb.i and any(
                    c.dep_ == "advmod" and c.lower_ in _DEGREES for c in verb.children):
                # "un intérêt plus marqué pour les journées du 17 novembre": an adjective
                # of degree, no past act
                verb = verb.head
                continue
            elif verb.dep_ == "xcomp" and verb.head.pos_ in ("VERB", "AUX") and (
                    verb.head.i != verb.i):
                # "se disent opposés à la réouverture le 11 mai": an attribute, a state the
                # governor's tense tells, no past act
                verb = verb.head
                continue
            else:
                return "past"
        if "Inf" in forms:
            prospective = date_words("prospective_verbs")
            if any(_lemma_in(a, prospective) for a in auxiliaries):
                # "devait rejoindre le navire début avril": a former plan, nearest either way
                return None if any(_past_plan(a) for a in auxiliaries) else "future"
            perfect = [a for a in auxiliaries if a.dep_ == "aux:tense"
                       and a.lemma_.lower() in ("avoir", "être")
                       and "Fin" in a.morph.get("VerbForm", [])]
            if perfect:
                # "a fait savoir vendredi", the parse hanging the perfect's auxiliary on the
                # infinitive of the causative: that perfect's tense, not the governor's
                return _finite_tense(perfect[0], perfect=True)
            head = verb.head
            if head.i == verb.i:
                return None
            if _progressive(verb):
                # "filmé en train de molester deux manifestants le 1er mai": the act was under
                # way when its governor's was done
                verb = head.head
                continue
            if not auxiliaries and _lemma_in(verb, prospective) and clause_tense(head) == "past":
                # "n'était pas raisonnable d'envisager un vote fin juin": the plan's time,
                # told in the past, lies either side of the day of writing: the nearest
                return None
            if _after_avant_de(verb):  # "avant de quitter ses fonctions le 30 octobre"
                # under an infinitive, the finite verb above it ("il renonçait à briguer X,
                # avant de changer d'avis en août"); not a bare participle ("Venu faire ses
                # adieux, avant de quitter ses fonctions le 30 octobre": ahead)
                # or the noun the parse hung it on ("a tenu un discours fluctuant en la
                # matière, avant d'annoncer en juin"): the verb above that noun
                while ("Inf" in head.morph.get("VerbForm", []) or head.pos_ in ("NOUN", "PROPN")
                       ) and head.head.i != head.i:
                    head = head.head
                return "past" if _finite_past(head) else "future"
            modal = _lemma_in(head, date_words("modal_verbs"))
            if _lemma_in(head, prospective):  # "a promis de venir lundi"; "a dû partir" is past
                if _past_plan(head):
                    return None
                return "past" if modal and _has_perfect(head) else "future"
            if modal:  # "peuvent rêver du podium dimanche"; "pouvaient rentrer lundi" is past
                modal_tense = clause_tense(head)
                return "future" if modal_tense in ("present", "future") else modal_tense
            if not auxiliaries and any(c.dep_ == "mark" and c.lower_ in date_words("purpose_marks")
                                       for c in verb.children):
                # "a choisi X pour défier Y le 3 novembre": an aim lies after its choice, not
                # necessarily after the day of writing
                return None
            if not auxiliaries and clause_tense(head) == "past":
                # "s'est abstenu de commenter jeudi", "a tenté de fuir lundi": the past act's
                # own time. What a past verb of calling calls for ("a appelé à voter
                # dimanche") is read forward by its own rule (events/announced.py).
                return "past"
            verb = head
            continue
        return _finite_tense(verb, perfect=False)
    return None


def _progressive(infinitive: Token) -> bool:
    """The infinitive of "en train de", hung on "train" (a noun the parse reads apart)."""
    noun = infinitive.head
    return (noun.lemma_.lower() == "train" and noun.head.i != noun.i
            and any(c.dep_ == "case" and c.lower_ == "en" for c in noun.children))


def pluperfect(verb: Token) -> bool:
    """A pluperfect ("avait appelé", "était convenu"), not a passé composé ("a appelé") nor a
    participle ("annonçant")."""
    return any(c.dep_ in ("aux", "aux:tense") and "Imp" in c.morph.get("Tense", [])
               for c in verb.children)


def reported_imperfect(verb: Token | None) -> bool:
    """An imperfect in the words a past verb of saying or announcing reports ("a annoncé
    qu'il se rendait à Berlin le 12 mars"): the tense follows the report's, not the act's
    time, so it says nothing of the date's direction."""
    if verb is None or verb.dep_ != "ccomp" or _has_perfect(verb):
        return False
    # the imperfect of a passive is its auxiliary's ("que les activités étaient interdites")
    passive = next((c for c in verb.children if c.dep_ == "aux:pass"), None)
    finite = passive if passive is not None else verb
    if "Imp" not in finite.morph.get("Tense", []) or "Fin" not in finite.morph.get(
            "VerbForm", []):
        return False
    head = verb.head
    if head.lemma_.lower() not in lexicon().reporting and announcing_class(head) is None:
        return False
    return clause_tense(head) == "past"


def etre_perfect(token: Token) -> Token | None:
    """The "être" of a past participle the model tagged as an adjective or a noun ("sont
    mortes", "est né", "s'est abstenue"): the auxiliary of a perfect, which carries its
    tense."""
    if token.pos_ not in ("ADJ", "NOUN"):
        return None
    # A pronominal verb always takes "être" ("s'est abstenue"): its reflexive tells it.
    pronominal = any(reflexive(c) for c in token.children)
    if not pronominal and (token.lower_.removesuffix("s").removesuffix("e")
                          not in date_words("etre_participles")):
        return None
    return next((c for c in token.children
                 if c.dep_ in _AUX_DEPS and c.lemma_.lower() == "être"), None)


def _lemma_in(token: Token, words: frozenset[str]) -> bool:
    """The lemma is listed; the model sometimes lemmatises a verb as a noun ("compte")."""
    lemma = token.lemma_.lower()
    return lemma in words or (token.pos_ == "VERB" and lemma.endswith("e")
                              and lemma + "r" in words)


def _after_avant_de(verb: Token) -> bool:
    """An infinitive introduced by "avant de"/"avant d'" ("avant de quitter ses fonctions")."""
    before = [t.lower_ for t in verb.doc[max(0, verb.i - 4):verb.i] if t.pos_ != "PRON"]
    return len(before) >= 2 and before[-2] == "avant" and before[-1] in ("de", "d'", "d’")


def _has_perfect(verb: Token) -> bool:
    return any(c.dep_ in ("aux", "aux:tense") for c in verb.children)


def _finite_past(verb: Token) -> bool:
    """A verb in a past tense with a finite form or auxiliary (not a bare participle)."""
    if _has_perfect(verb):
        return True
    tenses = verb.morph.get("Tense", [])
    return "Fin" in verb.morph.get("VerbForm", []) and ("Past" in tenses or "Imp" in tenses)


def participle_phrase(token: Token) -> bool:
    """A past participle the tagger read as an adjective, opening a phrase of its own
    ("Touchée le 3 octobre, la préfecture va demander"): what it tells came before the main
    clause; not an adjective of a state at its time ("Présente vendredi à la cérémonie, X")."""
    return (token.pos_ == "ADJ" and token.dep_ == "advcl"
            and token.lower_.endswith(FIRST_GROUP_ENDINGS))


def is_verb(token: Token) -> bool:
    if token.pos_ == "VERB":
        # a name's word the tagger read as a verb ("un cas de Covid-19 dans l'Oise") has no
        # tense: the verb above it has
        return not (token.ent_type_ and token.text[:1].isupper() and not token.is_sent_start)
    if token.pos_ == "AUX":
        return token.dep_ not in _AUX_DEPS
    if token.pos_ == "NOUN":  # a participle misread as a noun keeps its tense's auxiliary
        return any(c.dep_ in ("aux", "aux:tense") for c in token.children)
    return token.pos_ == "ADJ" and _is_planned(token)


# How many words back a participle may stand and still own a date the parse hung on a noun of
# its own phrase ("l'accord signé entre X et Y en février").
_PARTICIPLE_REACH = 8


def _participle_before(span: Span) -> Token | None:
    """The participle whose phrase the expression ends, read along the words: the first verb
    to its left, within the same phrase (no punctuation between), when it is a participle
    qualifying a noun ("l'accord signé entre X et Y en février", which the parse may hang on Y
    and so under a verb further up)."""
    doc = span.doc
    for position in range(span.start - 1, max(span.sent.start, span.start - _PARTICIPLE_REACH)
                          - 1, -1):
        token = doc[position]
        if token.is_punct:
            return None
        if token.pos_ in ("VERB", "AUX"):
            # a plan's participle ("les matchs prévus jeudi") is left to the parse: its
            # clause says whether that plan is still ahead
            return token if ("Part" in token.morph.get("VerbForm", [])
                             and token.dep_ in ("acl", "amod") and not _is_planned(token)
                             and _phrase_reaches(token, span)) else None
    return None


def _phrase_reaches(participle: Token, span: Span) -> bool:
    """The participle's phrase runs to the expression: right before it, or with words after
    it that the parse gives the participle ("l'accord signé entre X et Y en février"). A
    participle with none is an adjective of its noun ("tués par des hommes armés près de X
    dimanche": the place and the day are the killing's)."""
    return participle.i == span.start - 1 or any(
        child.i > participle.i for child in participle.children)


_CLEFT_SUBJECTS = frozenset({"ce", "c'", "c’"})
_RELATIVES = frozenset({"qui", "que", "qu'", "qu’"})


def cleft_verb(focus: Token) -> Token | None:
    """The verb of a cleft sentence whose focus a word is ("Jeudi, ce sont des agriculteurs
    qui ont monté un mur": "monté"): the act is the relative clause's, its tense too."""
    children = list(focus.children)
    if not (any(c.dep_ == "cop" and c.lemma_.lower() == "être" for c in children)
            and any(c.dep_.startswith(("nsubj", "expl")) and c.lower_ in _CLEFT_SUBJECTS
                    for c in children)):
        return None
    # the parse may hang the relative clause on the focus's complement ("des riverains de la
    # rocade qui ont bloqué": on "rocade")
    nouns = [focus, *(t for t in focus.subtree if t.dep_ == "nmod" and t.head.i >= focus.i)]
    # ... or leave it hanging as a bare dependent ("c'est X qui lui a répondu")
    return next((c for noun in nouns for c in noun.children
                 if c.dep_ in ("acl:relcl", "dep") and c.pos_ in ("VERB", "AUX")
                 and any(g.lower_ in _RELATIVES and g.i < c.i for g in c.children)), None)


def _verb_read_as_auxiliary(span: Span) -> Token | None:
    """A verb the parse made an auxiliary of the expression's words ("frapperont début
    novembre" read with "début" as the predicate): the expression's own verb."""
    for token in span:
        for child in token.children:
            if (child.dep_.startswith("aux") and child.pos_ == "VERB"
                    and child.lemma_.lower() not in ("avoir", "être")
                    and not span.start <= child.i < span.end):
                return child
    return None


def governing_verb(span: Span) -> Token | None:
    """The first verb above an expression in the parse (the expression's own words excluded),
    or the participle whose phrase it ends when the parse hung it on a noun of that phrase."""
    participle = _participle_before(span)
    if participle is not None and span.root.head.pos_ in ("NOUN", "PROPN"):
        return participle
    lexical = _verb_read_as_auxiliary(span)
    if lexical is not None:
        return lexical
    token = span.root
    for _ in range(30):
        outside = not span.start <= token.i < span.end
        if outside and (is_verb(token) or etre_perfect(token) is not None):
            return token
        if outside and participle_phrase(token):
            return token  # "Touchée le 3 octobre, la préfecture va demander": the phrase's
        copula = [c for c in token.children if c.dep_ == "cop"] if outside else []
        if copula:  # "le ministre était à Lyon lundi": the copula carries the tense
            return cleft_verb(token) or copula[0]
        if token.head.i == token.i:
            # "Le Royaume-Uni sortira-t-il de l'UE le 31 octobre ?" parsed with the date as the
            # root and the verb hung under it: that verb
            return next((c for c in token.children if c.dep_ in ("dep", "parataxis")
                         and c.pos_ == "VERB" and not span.start <= c.i < span.end), None)
        token = token.head
    return None
