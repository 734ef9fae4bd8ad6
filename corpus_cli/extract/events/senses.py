"""What a verb means by its arguments where its lemma alone misleads:

- "se rendre", "se livrer" or "se présenter" to the forces of order or an army is a surrender
  (yield), not a visit or a delivery ("des soldats s'étaient rendus aux forces britanniques");
- "se livrer à" words is saying them ("s'est livré à une confidence"), anything else is
  taking part in it, no delivery ("se sont livrés à un exercice");
- adopting is an assembly's vote for a text (the [objects] of "adopter" in
  data/events_triggers.txt) or when an assembly adopts; a government adopting a plan is no
  vote ("les autorités ont adopté un plan de relance");
- rejecting a motion or an amendment, or an assembly rejecting or approving anything, is a
  vote too ("l'Assemblée a rejeté les motions de censure", "le Sénat a approuvé la
  nomination"), whatever else rejecting or approving is;
- a disaster or an accident that strikes ("un séisme a frappé l'île") is that accident, no
  assault;
- a crowd coming together ("des centaines de jeunes se sont réunis devant le ministère") is a
  rally (protest), no meeting;
- granting an interview ("une interview accordée au Courrier du Sud") is speaking (public
  statement), no aid; an "entretien" given to an outlet ("un entretien au Journal du Soir")
  is an interview (public statement), no meeting;
- questioning a poll's sample, or people by Internet or telephone, is no inquiry;
- a fire that breaks out ("un incendie s'est déclaré") is that accident, no statement;
- one who buries a thing ("le président a enterré le projet") shelves it (reject);
- people with no office who go somewhere ("les pèlerins se rendaient à Lourdes", "2.000
  curieux se sont rendus à l'Élysée") make a trip, no visit; arriving "sur les lieux" is
  responding to an incident, no visit;
- forces of order that kill ("la police a abattu l'assaillant", "les forces de sécurité ont
  tué 40 jihadistes") fight; one officer who kills ("tué par un policier") assaults;
- excluding people ("le parti a exclu deux ministres", "X a été exclu") expels them (coerce,
  as a suspension or a dismissal is), no rejection of a proposal ("exclut une hausse").

Words: data/events_expressions.txt [surrender_to], [assemblies], [voted_only],
[striking_verbs], [gathering_verbs], [crowds], [crowd_counts], [shooting_verbs],
[policing_forces], [travellers], [later_times];
- pushing back to a time ("la présentation a été repoussée à début septembre") is a
  postponement (other), no rejection.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli import lexicon as wordfiles
from corpus_cli.extract.titles import ARTICLES
from corpus_cli.names import is_role_word

from .dependents import dependents
from .wordlists import EXPRESSIONS_FILE, _words, lexicon

if TYPE_CHECKING:
    from spacy.tokens import Token

_YIELD = ("yield", "08")
_VOTE: tuple[str, str | None] = ("election", None)
# The prepositions of the accident one is hurt or killed in ("lors d'un accident", "dans
# l'incendie").
_DURING = frozenset({"lors", "dans", "pendant"})
# Words of a date's part the parse may read as an object ("adoptée fin 2014").
_PARTS_OF_TIME = frozenset({"fin", "début", "mi", "courant"})
_OTHER: tuple[str, str | None] = ("other", None)
# The prepositions of the time an act is pushed back to, and how far after the verb.
_TO_A_TIME = frozenset({"à", "au", "jusqu'à", "jusqu’à"})
_LATER_REACH = 9
_ACCIDENT: tuple[str, str | None] = ("accident", None)
_RALLY: tuple[str, str | None] = ("protest", "141")
_STATEMENT: tuple[str, str | None] = ("public_statement", "010")
# Verbs of questioning: by the press, an interview.
_QUESTIONING = frozenset({"interroger", "questionner", "interviewer"})
_FIGHT: tuple[str, str | None] = ("fight", "19")
_TRIAL: tuple[str, str | None] = ("trial", None)
_REJECT: tuple[str, str | None] = ("reject", "12")
_COERCE: tuple[str, str | None] = ("coerce", "17")
# Verbs of going somewhere ("se rendre", "se déplacer", "visiter"), a visit when officials go.
_GOING = frozenset({"rendre", "visiter", "déplacer"})
_TO = frozenset({"à", "au", "aux"})
# Verbs of granting that, with an interview, give words, no aid.
_GRANTING = frozenset({"accorder", "donner"})
_OBJECTS = frozenset({"obj", "nsubj:pass"})
_PERFORMERS = frozenset({"nsubj", "obl:agent"})
# The types of words said, which "se livrer à" them is saying.
_SAID = frozenset({"public_statement", "disapprove"})
# Verbs of questioning people, and the nouns of a poll's sample.
_POLLING = frozenset({"interroger", "sonder"})
_SAMPLES = frozenset({"échantillon", "panel"})


def is_pronominal(token: Token) -> bool:
    """The verb has a reflexive clitic ("se rendre", "s'est rendu")."""
    return any(child.lower_ in _words("reflexive") and (child.dep_.startswith("expl")
                                               or child.dep_ in ("obj", "iobj"))
               for child in token.children)


def _sentenced(verb: Token) -> bool:
    """The verb's "à" complement is a penalty ("condamné à deux ans de prison", "à une
    amende", "à la perpétuité"): a sentence, not a criticism."""
    from .clauses import governing_predicate  # clauses reads this module's senses

    penalties = _words_of("penalties")
    # the parse may hang the phrase on the object ("a condamné le groupe à une amende"); not
    # on another verb's ("les violences faites aux détenus de la prison")
    return any(t.i > verb.i and any(g.dep_ == "case" and g.lower_ in _TO for g in t.children)
               and any(w.lemma_.lower() in penalties for w in t.subtree)
               and governing_predicate(t) == verb for t in verb.subtree)


def _press_asks(verb: Token) -> bool:
    """The active subject of a verb of questioning is the press: a journalist, an outlet's
    noun, or one with an outlet's name ("des journalistes de Radio Sud")."""
    return any(dep == "nsubj" and (child.lemma_.lower() in _words("press") or (
        child.pos_ == "PROPN" and child.ent_type_ in ("ORG", "MISC") and child.lemma_.lower()
        in _words("media"))) for dep, child in dependents(verb))


def argument_sense(tokens: tuple[Token, ...]) -> tuple[str, str | None] | None:
    """The (type, CAMEO code) the arguments of one of `tokens` give it, else None."""
    for token in tokens:
        lemma = token.lemma_.lower()
        # "sont attendues", a participle the tagger may read as an adjective
        if (token.pos_ in ("VERB", "ADJ") and lemma in _words_of("gathering_verbs")
                and _crowd_gathers(token)):
            return _RALLY
        if token.pos_ == "NOUN" and lemma == "entretien" and _given_to_medium(token):
            return _STATEMENT  # "un entretien au Journal du Soir", "accordé à Radio Sud"
        if token.pos_ in ("ADJ", "NOUN", "VERB") and _said_after_colon(token):
            return _STATEMENT  # "le ministre est catégorique : « ... »"
        if token.pos_ != "VERB":
            continue
        if lemma in _GOING and (lemma == "visiter" or is_pronominal(token)) and (
                _travellers_go(token)):
            return _OTHER  # "des pèlerins se rendaient à Lourdes": a trip, no visit
        if lemma == "arriver" and _at_the_scene(token):
            return _OTHER  # "les secours sont arrivés sur les lieux": a response, no visit
        if lemma == "condamner" and _sentenced(token):
            return _TRIAL  # "la justice britannique a condamné X à deux ans de prison"
        if lemma in _QUESTIONING and not is_pronominal(token) and _press_asks(token):
            return _STATEMENT  # "des journalistes du Journal ont interrogé X": an interview
        if lemma in ("rendre", "livrer", "présenter") and is_pronominal(token):
            to = next((c for c in token.children if c.dep_.startswith("obl") and any(
                g.dep_ == "case" and g.lower_ in _TO for g in c.children)), None)
            if to is not None and to.lemma_.lower() in _words_of("surrender_to"):
                return _YIELD
            if lemma == "livrer":
                return _given_over(to)
            if lemma == "présenter":
                continue  # "s'est présenté aux élections", "se présente comme"
        elif lemma in ("adopter", "rejeter", "approuver"):
            found = _vote(token, lemma)
            if found is not None:
                return found
        elif lemma in _words_of("striking_verbs") and _struck_by_accident(token):
            return _ACCIDENT
        elif lemma in _POLLING and _polled(token):
            return _OTHER
        elif lemma == "déclarer" and is_pronominal(token):
            found = _broken_out(token)
            if found is not None:
                return found
        elif lemma in _GRANTING and _grants_words(token):
            return _STATEMENT
        elif lemma in _words_of("shooting_verbs") and _by_forces(token):
            return _FIGHT
        elif lemma == "enterrer" and _buries_a_thing(token):
            return _REJECT  # "le président a enterré le projet", "l'avait enterré"
        elif lemma == "exclure" and _people_excluded(token):
            return _COERCE
        elif lemma == "arrêter" and _stops_a_process(token):
            return _OTHER  # "l'usine a arrêté la production": a halt, no arrest
        elif lemma == "repousser" and _put_off(token):
            return _OTHER  # "la présentation a été repoussée à début septembre": postponed
    return None


def _said_after_colon(adjective: Token) -> bool:
    """A copula's adjective right before a colon that opens the words it qualifies, said of a
    person ("X est catégorique : « ... »", "la ministre était formelle : il n'y aura pas de
    hausse"): a statement. Not "la raison est simple : ...". The tagger may read the
    adjective as a noun or a verb (the copula tells it)."""
    doc = adjective.doc
    if (adjective.i + 1 >= adjective.sent.end or doc[adjective.i + 1].text != ":"
            or not any(c.dep_ == "cop" for c in adjective.children)):
        return False
    from .persons import of_persons  # persons reads kinds, which reads this module
    return any(c.dep_ in ("nsubj", "nsubj:pass") and (c.ent_type_ == "PER" or of_persons(c))
               for c in adjective.children)


def _stops_a_process(verb: Token) -> bool:
    """What is stopped ("arrêté") is an act or an activity, a noun of persons never: "la
    production", "son activité", "le traitement"."""
    from .kinds import ACT_ENDINGS, act_noun
    from .persons import of_persons  # persons reads kinds, which reads this module

    stopped = next((c for c in verb.children if c.dep_ in _OBJECTS), None)
    # an activity ends in "-ité", "-age" or "-ure" too ("activité", "tournage", "fermeture")
    return stopped is not None and stopped.pos_ == "NOUN" and not stopped.ent_type_ and (
        not of_persons(stopped)) and (act_noun(stopped, (*ACT_ENDINGS, "ité", "age", "ure"))
                                      or stopped.lemma_.lower() in _words_of("stopped_activities"))


def _people_excluded(verb: Token) -> bool:
    """What is excluded is people: a name the model calls a person or a role noun ("a exclu
    deux ministres", "X a été exclu")."""
    return any(dep in _OBJECTS and (c.ent_type_ == "PER" or is_role_word(c.lower_)
                                    or is_role_word(c.lemma_.lower()))
               for dep, c in dependents(verb))  # "a exclu le 31 octobre les deux ministres"


def _by_forces(verb: Token) -> bool:
    """The one who kills is a force of order or an armed force ("la police", "les forces de
    l'ordre", "des gendarmes"), not one officer ("un policier"), and those killed are no
    crowd ("ont tué trois manifestants" is a crowd's repression)."""
    if any(c.dep_ in _OBJECTS and c.lemma_.lower() in _words_of("crowds")
           | _words_of("crowd_counts") for c in verb.children):
        return False
    return any((c.dep_ in _PERFORMERS or (c.dep_.startswith("obl") and any(
        g.dep_ == "case" and g.lower_ == "par" for g in c.children)))
               and c.lemma_.lower() in _words_of("policing_forces")
               and (c.lemma_.lower() in ("police", "gendarmerie")
                    or "Plur" in c.morph.get("Number", []))
               for c in verb.children)


def _crowd_gathers(verb: Token) -> bool:
    """The subject is a crowd: a count of people ("des centaines de jeunes", "quelque 2.000
    personnes"), a crowd's noun ("la foule"); the participle's noun ("des milliers de
    manifestants rassemblés samedi"). Not people of an office ("les 27 ministres")."""
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubj:pass")),
                   verb.head if verb.dep_ in ("acl", "amod") else None)
    if (subject is not None and subject.dep_ == "nmod"
            and subject.head.lemma_.lower() in _words_of("crowd_counts")):
        subject = subject.head  # "des millions de Français rassemblés": the count
    lemma = "" if subject is None else subject.lemma_.lower()
    if subject is None or lemma not in _words_of("crowds") | _words_of("crowd_counts"):
        return False
    if verb.lemma_.lower() == "attendre" and not any(
            c.dep_ in ("cop", "aux:pass") for c in verb.children):
        return False  # "des milliers de personnes attendent un vaccin": no one expects them
    return lemma in _words_of("crowd_counts") or any(
        c.dep_ == "nummod" or c.lower_ in ("des", "de", "plusieurs") for c in subject.children)


def _at_the_scene(verb: Token) -> bool:
    """ "arrivés sur les lieux": where responders get to, no visit."""
    return any(c.dep_.startswith("obl") and c.lemma_.lower() == "lieu" and any(
        g.dep_ == "case" and g.lower_ == "sur" for g in c.children) for c in verb.children)


def _travellers_go(verb: Token) -> bool:
    """The subject of a verb of going is travellers ("les pèlerins", "2.000 curieux") or a
    crowd ("des centaines de personnes"): people who go for themselves."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is not None and subject.lower_ == "qui" and verb.dep_ == "acl:relcl":
        subject = verb.head  # "les pèlerins qui se rendaient à Lourdes"
    if subject is None:
        return False
    if subject.lemma_.lower() in _words_of("crowd_counts"):
        return True  # "des milliers se sont rendus", "une foule s'est rendue"
    lemma = subject.lemma_.lower()
    return lemma in _words_of("travellers") or (lemma in _words_of("crowds") and any(
        c.dep_ == "nummod" or c.lower_ in ("des", "plusieurs") for c in subject.children))


def gathered(verb: Token) -> bool:
    """A verb of coming together in the passive with no agent ("les délégués sont réunis
    depuis mercredi à Genève"): those gathered came together, and act."""
    return (verb.lemma_.lower() in _words_of("gathering_verbs") - {"attendre"}
            and not any(c.dep_ == "obl:agent" or (c.dep_.startswith("obl") and any(
                g.dep_ == "case" and g.lower_ == "par" for g in c.children))
                for c in verb.children))


def _grants_words(verb: Token) -> bool:
    """The thing granted is a medium of words ("a accordé un entretien au Journal du Soir",
    "une interview accordée au Courrier du Sud"): the one who grants it speaks."""
    media = _words("media")
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in media:
        return True
    return any(c.dep_ in _OBJECTS and c.lemma_.lower() in media for c in verb.children)


def _given_to_medium(noun: Token) -> bool:
    """An interview, no meeting: given "à" an outlet named ("un entretien au Journal du
    Soir") or granted ("l'entretien qu'il a accordé", "un entretien accordé à Radio Sud")."""
    if any(c.dep_ == "acl" and c.lemma_.lower() in _GRANTING for c in noun.children):
        return True
    if noun.dep_ in _OBJECTS and noun.head.lemma_.lower() in _GRANTING:
        return True
    return any(c.dep_ == "nmod" and c.pos_ == "PROPN" and any(
        g.dep_ == "case" and g.lower_ in _TO for g in c.children) for c in noun.children)


def _given_over(activity: Token | None) -> tuple[str, str | None]:
    """"se livrer à" something: words said are saying them ("s'est livré à une confidence",
    "à une critique"); anything else is taking part in it ("à un exercice")."""
    from .kinds import type_of  # kinds reads this module's senses

    found = type_of(activity.lemma_, "NOUN") if activity is not None else _OTHER
    return found if found[0] in _SAID else _OTHER


def _polled(verb: Token) -> bool:
    """The questioning of a poll ("un échantillon de 1.002 Français interrogés par Internet
    les 13 et 14 février"): people asked by a means, or a sample; no inquiry."""
    return verb.head.lemma_.lower() in _SAMPLES or any(
        c.dep_.startswith("obl") and c.lemma_.lower() in _words("means")
        and any(g.lower_ == "par" for g in c.children) for c in verb.children)


def _buries_a_thing(verb: Token) -> bool:
    """Someone buries, in the active voice, a thing or what a clitic stands for ("a enterré le
    projet", "l'avait enterré"): shelving it; the dead are buried in the passive ("il a été
    enterré samedi") or as persons ("ont enterré leur père")."""
    from .persons import of_persons  # persons reads kinds, which reads this module

    if not any(c.dep_ == "nsubj" for c in verb.children) or any(
            c.dep_ == "aux:pass" for c in verb.children):
        return False
    buried = next((c for c in verb.children if c.dep_ == "obj"), None)
    return buried is not None and buried.ent_type_ != "PER" and (
        buried.pos_ == "PRON" or (buried.pos_ == "NOUN" and not of_persons(buried)))


def _broken_out(verb: Token) -> tuple[str, str | None] | None:
    """What "se déclarer" means when a thing breaks out ("un incendie s'est déclaré", "une
    épidémie s'est déclarée"): that accident, or no statement; None for a person declaring
    herself ("X s'est déclaré candidat")."""
    from .kinds import type_of
    from .persons import of_persons  # persons reads kinds, which reads this module

    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subject is None or subject.pos_ != "NOUN" or subject.ent_type_:
        return None
    # the head may be an epithet the tagger read as the noun ("Un violent incendie")
    if any(t.pos_ == "NOUN" and type_of(t.lemma_, "NOUN")[0] == "accident"
           for t in (subject, *subject.children)):
        return _ACCIDENT
    return None if of_persons(subject) else _OTHER


def _put_off(verb: Token) -> bool:
    """Pushed back to a time ("repoussée samedi à début septembre", "repoussé l'examen au 12
    mai"): a postponement (RULES.md: other), no rejection ("a repoussé l'offre")."""
    for word in verb.doc[verb.i + 1:verb.i + _LATER_REACH]:
        if word.is_punct:
            return False
        if word.lower_ in _TO_A_TIME:
            later = [t for t in verb.doc[word.i + 1:word.i + 3] if t.lower_ not in ARTICLES]
            if later and (later[0].like_num or later[0].lower_ in _words_of("later_times")):
                return True
    return False


def _struck_by_accident(verb: Token) -> bool:
    """The one striking is an accident's or a disaster's noun ("un séisme a frappé l'île",
    "touchée par des inondations"), or the one hurt or killed was so in one ("blessés lors
    d'un accident de la route"): that accident, no assault."""
    from .kinds import type_of  # kinds reads this module's senses

    # `dependents`: an agent the parse hung on a date word ("touchée samedi par des crues")
    def accidental(noun: Token) -> bool:  # "l'explosion d'une bombe" is no accident
        return noun.pos_ == "NOUN" and type_of(noun.lemma_, "NOUN")[0] == "accident" and not any(
            t.lemma_.lower() in _words_of("weapons") for t in noun.subtree)

    if any(accidental(c) and (dep in _PERFORMERS or any(g.lower_ == "par" for g in c.children))
           for dep, c in dependents(verb)):
        return True
    # "blessés lors d'un accident de la route": hurt in it ("lors" may head the noun)
    during = [g for c in verb.children if c.lower_ == "lors" for g in c.children] + [
        c for dep, c in dependents(verb) if dep.startswith("obl") and any(
            g.dep_ == "case" and g.lower_ in _DURING for g in c.children)]
    if any(accidental(c) for c in during):
        return True
    # the verb read as a clause on its subject's phrase ("Un séisme d'une magnitude de 6,9 a
    # frappé": "frappé" hung on "magnitude")
    noun = verb.head
    for _ in range(2):
        if verb.dep_ not in ("acl", "acl:relcl") or noun.pos_ != "NOUN" or noun.i > verb.i:
            return False
        if accidental(noun):
            return True
        noun = noun.head
    return False


def _vote(verb: Token, lemma: str) -> tuple[str, str | None] | None:
    from .clauses import calendar_word  # clauses reads this module's senses
    # "adoptée fin 2014", "adopté jeudi": a date the parse made an object is none
    objects = [c.lemma_.lower() for c in verb.children if c.dep_ in _OBJECTS
               and not calendar_word(c) and c.lower_ not in _PARTS_OF_TIME]
    assembly = any(c.lemma_.lower() in _words_of("assemblies")
                   for c in verb.children if c.dep_ in _PERFORMERS)
    if lemma == "approuver":
        return _VOTE if assembly else None  # "le Sénat a approuvé la nomination"
    if lemma == "rejeter":
        voted = assembly or any(o in _words_of("voted_only") for o in objects)
        return _VOTE if voted else None
    texts = lexicon().objects.get("adopter", frozenset())
    if (not objects and verb.dep_ in ("acl", "amod")
            and verb.head.lemma_.lower() in texts):
        return _VOTE  # "la loi adoptée fin 2014": a text is adopted by a vote
    if objects and not assembly and not any(o in texts for o in objects):
        return _OTHER  # "ont adopté un plan", "adopte un ton": no vote
    return None


def assembly(token: Token) -> bool:
    """A body that sits and votes ([assemblies]: "l'Assemblée", "le Conseil de Paris")."""
    return token.lemma_.lower() in _words_of("assemblies")


def _words_of(section: str) -> frozenset[str]:
    return wordfiles.words(EXPRESSIONS_FILE, section)
