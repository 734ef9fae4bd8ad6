"""Acts whose medium says what they are: a guest of an outlet, one questioned on air or one an
outlet reached ("Contacté par Le Parisien") speaks (`guest_of_outlet`, an interview); an act
done in a medium is words (`spoken_in_medium`); a revealing is a publication when an outlet or
a body with a document does it, a statement when a person does, and one's own words published
with no outlet as agent are their author's statement (`disclosure_type`; events_dev/RULES.md
§2: only an outlet publishes).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpus_cli.nlp.participles import FIRST_GROUP_ENDINGS

from .dependents import dependents
from .outlets import known_outlet
from .tokens import inside, quotations
from .tree import QUOTE_TYPES, opened_by_de
from .wordlists import _words

if TYPE_CHECKING:
    from spacy.tokens import Token

# The type and CAMEO code of an interview: a statement (010, make a public statement).
INTERVIEW = ("public_statement", "010")


# Participles of being a guest or being questioned, with the prepositions of the outlet:
# "Invité de Radio Nord", "interrogée sur TV Sud" is an interview, not an invitation nor an
# inquiry. Questioned "par" an outlet or the press too ("interrogé par l'AFP", "par Le
# Parisien", "par la presse": nearly all of OrangeSum's "interrogé par"); by investigators
# ("par les enquêteurs", "par la police", "par une commission") it keeps its type.
_GUEST_CASES = {"inviter": ("de", "d'", "d’", "du", "sur", "par"), "interroger": ("sur", "par"),
                "questionner": ("sur", "par"), "interviewer": ("sur", "par"),
                # reached by an outlet: "Contacté par Le Parisien", "joint par l'AFP"
                "contacter": ("par",), "joindre": ("par",), "solliciter": ("par",)}
# Questioned or reached with nobody named, before a verb of saying ("Contacté, X a démenti"):
# the press, as news tells it; investigators name themselves ("entendu par les enquêteurs").
_ASKED_ALONE = frozenset({"interroger", "questionner", "contacter", "joindre", "solliciter"})
# Questioned "sur" a topic with nobody named as asking ("Interrogé sur la réforme, X a
# répondu"): the press asks, as news tells it (a sample of OrangeSum's "interrogé sur").
QUESTIONING = frozenset({"interroger", "questionner", "interviewer"})
# Questioned on air: "interrogé à l'antenne de X", "au micro de", a medium's noun after "à".
_ON_AIR = frozenset({"à", "au"})
# How a poll questions ("1.000 personnes interrogées par internet"): no outlet.
_POLL_MEANS = frozenset({"internet", "téléphone"})


# The nouns of a guest ("X était l'invité de Y", the tagger reading a noun).
GUESTS = frozenset({"invité", "invitée"})


def guest_of_outlet(token: Token) -> bool:
    """"Invité de Radio Nord", "interrogée sur TV Sud", "interrogé par l'AFP": the participle
    of being a guest or being questioned with no auxiliary, whose complement the model names
    an organisation or a work (an outlet or a show), is a medium's noun, or, after "par", is
    the press; questioned "sur" a topic with no one named asking too; "invité de X" for a
    person is an invitation. So is one expected on air ("X est attendu sur le
    plateau de Y", "dans l'émission Z")."""
    if token.lemma_.lower() == "attendre":
        return _expected_on_air(token)
    lemma = token.lemma_.lower()
    # "était ce matin l'invité de": the parse may hang the copula on the date before it
    copular = any(c.dep_ == "cop" or (c.i < token.i and any(
        g.dep_ == "cop" for g in c.children)) for c in token.children)
    # "était l'invité de", a noun; "Invité de l'émission X, Y a dit", a participle the
    # tagger read as a noun, fronted with no determiner
    noun = token.pos_ in ("NOUN", "ADJ") and lemma in GUESTS and (copular or _fronted(token))
    cases = _GUEST_CASES.get("inviter" if noun else lemma)
    # a fronted "Invité" the tagger reads as an imperative is the participle
    participle = "Part" in token.morph.get("VerbForm", []) or (
        _fronted(token) and token.lower_.endswith(FIRST_GROUP_ENDINGS))
    if cases is None or (not noun and (not participle
                                       or any(c.dep_.startswith("aux") for c in token.children))):
        return participle and lemma in QUESTIONING and _questioned_on_air(token)
    # "X était l'invité dimanche 11 mars de Y": the noun's phrase, the parse hanging the
    # outlet on the date; "Interrogée dimanche 22 mars par Radio Sud": on the date's last word
    heads = (token.subtree if any(c.dep_ == "det" for c in token.children) and not noun
             else [child for _, child in dependents(token)])
    complements = [(child, case.lower_) for child in heads for case in child.children
                   if case.dep_ == "case" and child.i != token.i and (
                       case.lower_ in cases or (
                           case.lower_ in _ON_AIR and lemma in QUESTIONING
                           and child.lemma_.lower() in _words("media")))]
    if token.lemma_.lower() in QUESTIONING and complements and all(
            case == "sur" or (case == "par" and child.ent_type_ == "PER")
            for child, case in complements) and any(case == "sur" for _, case in complements):
        return True  # "Interrogé par X sur le logement": a journalist's questions
    if lemma in _ASKED_ALONE and not _phrases(token) and _asked_before_words(token):
        return True  # "Interrogé mardi, X a démenti", "X, contacté, a confirmé": the press asks
    invited = noun or lemma == "inviter"
    if invited and (copular or _fronted(token)) and any(
            case != "par" and child.text[:1].isupper()
            and child.ent_type_ not in ("PER", "LOC") for child, case in complements):
        # "X était l'invité de Café du matin", "Invité de Franceinter vendredi, X a dit": a
        # show's or a station's title, whatever its tag
        return True
    return any(_outlet(child, case, invited) for child, case in complements)


def _questioned_on_air(participle: Token) -> bool:
    """A passive of questioning on an outlet ("a été interrogé mercredi sur France 2"), or in
    the sentence of a guest of one ("Invitée de Radio Sud lundi, X était interrogée sur"):
    an interview, not an inquiry."""
    if not any(c.dep_ == "aux:pass" for c in participle.children):
        return False
    if any(case.dep_ == "case" and case.lower_ in ("sur", "à", "au", "dans")
           and _named_outlet(child)
           for _, child in dependents(participle) for case in child.children):
        return True
    return any(t.i != participle.i and t.lemma_.lower() in (*GUESTS, "inviter")
               and guest_of_outlet(t) for t in participle.sent)


def _phrases(participle: Token) -> bool:
    """The participle has a complement with a preposition ("interrogé mardi au commissariat",
    "contacté lundi par la police", the parse hanging it on the date or not)."""
    return any(t.dep_ == "case" for t in participle.subtree)


def _asked_before_words(participle: Token) -> bool:
    """The participle, with no one named asking, is set off by a comma, fronted or apposed to
    the subject of a verb of saying ("Contactée mercredi, la préfecture a confirmé", "X,
    interrogé mardi, a démenti"): the press asked, and the words are the answer."""
    from .kinds import type_of  # kinds reads this module
    verb = participle.head
    if verb.dep_.startswith("nsubj") and participle.dep_ in ("acl", "appos"):
        verb = verb.head  # apposed to the subject
    elif participle.dep_ not in ("advcl", "obl:mod", "acl"):
        return False
    if participle.i > verb.i or not any(
            t.text == "," for t in participle.doc[participle.i:verb.i]):
        return False
    return verb.pos_ == "VERB" and type_of(verb.lemma_, "VERB")[0] in QUOTE_TYPES


def _fronted(token: Token) -> bool:
    """The word opens its sentence or follows a punctuation mark, with no determiner."""
    return not any(c.dep_ == "det" for c in token.children) and (
        token.i == token.sent.start or token.doc[token.i - 1].is_punct)


def _outlet(complement: Token, case: str, invited: bool = False) -> bool:
    """The complement of a guest's participle names an outlet or a show ("de Radio Nord",
    "sur le plateau", "de la matinale"); after "par", the press's nouns too ("par la
    presse", "par un journaliste"), and only they for one invited ("invité par le journal
    X": a guest; "invité par le parti X": an invitation)."""
    if complement.lower_ in _POLL_MEANS:
        return False
    lemma = complement.lemma_.lower()
    press = case == "par" and lemma in _words("press")
    if invited and case == "par":
        return press
    return (_named_outlet(complement)
            or complement.lower_ in _words("media") or press  # "la matinale", tagged ADJ
            or _part_of_outlet(complement)
            or (case != "par" and _outlets_show(complement)))


def _named_outlet(complement: Token) -> bool:
    """The complement names an outlet: a name the model calls a body or a work, a medium's
    noun, or an outlet of the list ("par Marianne", tagged a person)."""
    return (complement.ent_type_ in ("ORG", "MISC")
            or complement.lemma_.lower() in _words("media")
            or known_outlet(_written_name(complement)))


def _outlets_show(complement: Token) -> bool:
    """A show named by its outlet ("du 13 heures de TF1", "du journal de 20 heures de
    France 2"): its "de X" names an outlet."""
    return any(c.dep_ == "nmod" and opened_by_de(c) and (
        c.ent_type_ == "ORG" or known_outlet(_written_name(c))) for c in complement.children)


def _written_name(complement: Token) -> str:
    """The words of a complement's phrase, its preposition left out ("par Le Point")."""
    words = [t for t in complement.subtree if not (t.dep_ == "case" and t.head.i == complement.i)]
    return complement.doc[words[0].i:words[-1].i + 1].text if words else complement.text


def _part_of_outlet(complement: Token) -> bool:
    """A name the model leaves untagged that belongs to an outlet it names ("le Scan du
    Figaro", "Les Décodeurs du Monde")."""
    return complement.pos_ == "PROPN" and not complement.ent_type_ and any(
        c.dep_ == "nmod" and c.ent_type_ in ("ORG", "MISC") for c in complement.children)


def _expected_on_air(token: Token) -> bool:
    """A passive "attendu" whose "sur"/"dans" complement is a medium's noun or an outlet."""
    if not any(c.dep_ == "aux:pass" for c in token.children):
        return False
    # the parse may hang the place on a date before it ("attendu jeudi sur le plateau")
    near = [*token.children, *(g for c in token.children if c.dep_.startswith(("obl", "xcomp"))
                               for g in c.children if g.dep_ == "nmod")]
    return any((child.dep_.startswith("obl") or child.dep_ == "nmod") and (
        child.lemma_.lower() in _words("media") or child.ent_type_ in ("ORG", "MISC"))
        and any(c.dep_ == "case" and c.lower_ in ("sur", "dans") for c in child.children)
        for child in near)


def disclosure_type(predicate: Token, kind: tuple[str, str | None]) -> tuple[str, str | None]:
    """Revealing by who reveals and what (events_dev/RULES.md §2: an outlet revealing on a
    stated day is a publication): the press ("le quotidien a révélé"), a body or a title the
    model names (ORG, MISC) revealing a document or information ("X dévoile le courrier"), or
    nobody named for a report ("un sondage dévoilé dimanche"), a publication; a person
    revealing speaks (a statement), a person publishing ("a publié une vidéo") publishes."""
    lemma = predicate.lemma_.lower()
    if kind[0] == "publication" and _own_words_published(predicate):
        return "public_statement", "010"
    if kind[0] == "public_statement" and _in_own_edition(predicate):
        return "publication", None
    if lemma not in _words("disclosing") or predicate.pos_ not in ("VERB", "ADJ"):
        return kind
    performers = [c for c in predicate.children if c.dep_ in ("nsubj", "obl:agent")]
    if predicate.dep_ == "acl:relcl" and any(c.lower_ == "qui" for c in performers):
        performers.append(predicate.head)  # "selon X, qui dévoile l'information": X does
    things = [c for c in predicate.children if c.dep_ in ("obj", "nsubj:pass")]
    qualified = predicate.head if predicate.dep_ == "conj" else predicate
    if qualified.dep_ == "acl" and qualified.head.pos_ == "NOUN":
        # "un audit, dévoilé lundi par Le Figaro", "un sondage réalisé pour X et dévoilé"
        things.append(qualified.head)
    documents = any(t.lemma_.lower() in _words("disclosed") for t in things)
    for performer in performers:
        if performer.lemma_.lower() in _words("press"):
            return "publication", None
        if performer.ent_type_ == "PER" and lemma not in _words("publishing"):
            return "public_statement", "010"  # a person revealing speaks; publishing publishes
        if performer.ent_type_ in ("ORG", "MISC") and documents:
            return "publication", None
    if not performers and any(t.lemma_.lower() in _words("reports") for t in things):
        return "publication", None
    return kind


def authored_medium_verb(participle: Token) -> Token | None:
    """The verb a medium's participle with no agent of its own opens the clause of ("Dans une
    vidéo postée vendredi, X dénonce", "Dans une interview donnée samedi, X s'est voulu
    offensif"): its subject gave the interview or posted the video, and did the participle's
    act. None otherwise ("une vidéo postée par Y": Y posted it). The medium noun itself as
    the event ("Dans une interview au Point samedi, X s'en est pris à Y") opens it too."""
    if participle.pos_ == "NOUN":
        return _fronted_medium_verb(participle)
    if participle.dep_ == "conj" and participle.head.dep_ == "acl":
        participle = participle.head  # "Dans une interview accordée à X et publiée samedi"
    medium = participle.head
    verb = medium.head
    if verb.dep_.startswith("nsubj") and verb.i > medium.i:
        verb = verb.head  # "Dans une vidéo postée vendredi, X dénonce", hung on X itself
    if (participle.dep_ != "acl" or "Part" not in participle.morph.get("VerbForm", [])
            or medium.lemma_.lower() not in _words("media") or not medium.dep_.startswith("obl")
            or verb.pos_ not in ("VERB", "AUX")):
        return None
    if any(c.dep_ == "obl:agent" or any(g.dep_ == "case" and g.lower_ == "par"
                                        for g in c.children) for c in participle.children):
        return None
    return verb


def _fronted_medium_verb(medium: Token) -> Token | None:
    """The verb of the clause a medium noun opens with "dans" before its subject ("Dans une
    interview accordée samedi au Point, X s'en est pris"): the subject gave it. None when the
    noun has an author of its own ("une interview de Y", "accordée par Y")."""
    verb = medium.head
    if (medium.lemma_.lower() not in _words("media") or not medium.dep_.startswith("obl")
            or verb.pos_ not in ("VERB", "AUX") or medium.i > verb.i
            or not any(c.dep_ == "case" and c.lower_ == "dans" for c in medium.children)):
        return None
    authors = [c for c in medium.subtree if c.dep_ == "obl:agent" or (
        c.dep_ == "nmod" and c.head.i == medium.i and any(g.lower_ in ("de", "d'", "du")
                                                          for g in c.children))]
    subjects = [c for c in verb.children if c.dep_.startswith("nsubj") and c.i > medium.i]
    return verb if subjects and not authors else None


def _in_own_edition(verb: Token) -> bool:
    """The subject says it in its own edition or columns ("Dans son édition du 8 août, X
    rappelle que"): only an outlet has them, and an outlet saying so publishes."""
    return any(child.dep_.startswith(("obl", "nmod")) and child.lemma_.lower() in _words("editions")
               and any(g.dep_ == "case" and g.lower_ in ("dans", "en") for g in child.children)
               and any(g.dep_ == "det" and "Yes" in g.morph.get("Poss", [])
                       for g in child.children)
               for child in verb.children)


# The prepositions of the medium one speaks in ("dans l'émission", "sur le plateau", "au
# micro de", "sur Radio Nord").
_MEDIUM_CASES = frozenset({"dans", "sur", "à", "au"})
# Verbs of being somewhere, whose medium tells where a name stands, no words ("figuraient au
# journal officiel").
_STATES = frozenset({"figurer", "apparaître", "paraître", "trouver", "rester", "demeurer"})


def spoken_in_medium(verb: Token) -> bool:
    """A verb done in a medium ("a rassuré les usagers dans l'émission X", "a pris la défense
    des grévistes sur Radio Nord", "au micro de"): a complement whose noun is a medium's, or
    a name the model calls an organisation after "sur"; the act is words."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() in _STATES:
        return False
    for dep, child in dependents(verb):
        if not dep.startswith("obl") or child.i < verb.i:
            continue
        cases = {c.lower_ for c in child.children if c.dep_ == "case"}
        if not cases & _MEDIUM_CASES:
            continue
        if child.lemma_.lower() == "compte" and not any(c.pos_ == "PROPN"
                                                        for c in child.children):
            continue  # "sur des comptes personnels": a bank's; "sur son compte Twitter"
        if child.lemma_.lower() in _words("media"):
            return True
        if child.pos_ == "PROPN" and child.ent_type_ == "ORG" and "sur" in cases:
            return True
    return False


# How many words after a participle its "par" may stand ("publiée dimanche 3 mai par X").
_AGENT_REACH = 8


def _own_words_published(participle: Token) -> bool:
    """A participle of publishing on a noun of one's own words with no outlet as its agent
    ("dans une tribune publiée dimanche", "des tweets postés mardi"): whoever wrote it
    speaks (events_dev/RULES.md §2: only an outlet publishes; an op-ed, a letter, a tweet
    is its author's statement)."""
    if participle.dep_ != "acl" or participle.head.lemma_.lower() not in _words("authored"):
        return False
    # the agent read along the words, wherever the parse hung it ("publiée dimanche par X")
    for token in participle.doc[participle.i + 1:participle.i + _AGENT_REACH]:
        if token.is_punct or token.pos_ in ("VERB", "AUX"):
            return True
        if token.lower_ == "par":
            return False
    return True


def guest_before(participle: Token) -> Token | None:
    """The subject of the clause a guest's participle follows after a comma, when it has no
    subject of its own ("le député avait dû mettre les choses au point, invité sur Radio Sud
    lundi": the deputy is the guest), whatever the parse hung the participle on; None for a
    participle that opens its sentence."""
    doc = participle.doc
    start = participle.sent.start
    if participle.i - 1 <= start or doc[participle.i - 1].text != "," or any(
            c.dep_.startswith("nsubj") for c in participle.children):
        return None
    quoted = quotations(doc)
    subject = next((t for t in reversed(doc[start:participle.i - 1])
                    if t.dep_ in ("nsubj", "nsubj:pass") and t.pos_ in ("NOUN", "PROPN")
                    and not inside(quoted, t.idx)), None)
    if subject is None and participle.head.i < participle.i:
        # '", a analysé le sénateur, invité lundi sur Radio Sud': the subject inverted
        from .incise import inverted_noun_of  # incise reads this module's readers
        subject = inverted_noun_of(participle.head)
    return subject


def carrying_verb(noun: Token) -> Token | None:
    """The verb a medium's noun is the complement of ("a ajouté le maire dans un communiqué":
    "ajouté"), or None: the words the verb tells were said in it."""
    verb = noun.head
    if (noun.pos_ != "NOUN" or noun.lemma_.lower() not in _words("media")
            or not noun.dep_.startswith("obl") or verb.pos_ != "VERB" or verb.i == noun.i):
        return None
    return verb
