"""A heading the scrape glued to the paragraph below with no space and no period
("... retards intellectuelsIl se fondait", "... une enquêteSelon Mediapart"): the two words
are split, and the second starts a sentence.

The split is a zero-width infix of the tokenizer, so the text keeps its length and every
offset into the file holds. It is made only before a capitalised word that opens French
sentences (a determiner, a pronoun, a preposition, a conjunction, an adverb of linking),
after at least three lower-case letters: names written with an inner capital ("DiCaprio",
"McCain", "iPhone") are left whole. A credit in capitals glued to the next sentence
("BFMTVLe", "6MEDIASMais") is split the same way before an opener with a lower-case letter.

A quotation mark glued to an elided word ('juge qu'"il est...') is split off too: whole, the
token hid the quotation's start and the parser read the quoted words as the main clause. So
is one glued after a sentence's final mark ('l'exécutif."Nous') or between a word and the
opener of the next sentence ('soit"Ce vendredi', which then starts a sentence).

So are the dashes of an agency's intertitle written inside a paragraph ('... en médecine.-
"Pas à la hauteur" -Paul Hébert a jugé', '... des journalistes. - Sanctuaire -Une annonce'):
whole, "médecine.-" and "-Paul" were words, a name lost its first letter's capital and the
parser read the heading and the next sentence as one (`sentences.py` starts a sentence after
the closing dash).
"""

from __future__ import annotations

# Capitalised words that open a sentence in French news, read after a glued heading in
# OrangeSum articles (ids 0-2,999: "Le", "La", "Les", "Une", "Dans", "Selon", "Cette"... came
# first); function words only, so that no name is ever cut.
OPENERS = (
    "Le", "La", "Les", "L", "Un", "Une", "Des", "Du", "De", "Ce", "Cet", "Cette", "Ces",
    "Il", "Elle", "Ils", "Elles", "On", "Nous", "Je", "Selon", "Pour", "Dans", "Sur", "Par",
    "En", "Au", "Aux", "Après", "Avant", "Depuis", "Lors", "Pendant", "Mais", "Et", "Alors",
    "Ainsi", "Pourtant", "Cependant", "Enfin", "Si", "Quand", "Comme", "Face", "Outre",
    "Jusqu",
    # the next most frequent openers after a glued heading in OrangeSum articles 0-19,999
    # (each 6 to 20 times): adverbs, numbers, weekdays, a participle of an interview
    "Parmi", "Avec", "Concernant", "Malgré", "Dès", "Chez", "Quant", "Aujourd", "Toujours",
    "Bien", "Peu", "Tout", "Autre", "Plus", "Deux", "Trois", "Plusieurs", "Quelques", "Son",
    "Sa", "Ses", "Fin", "Début", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi",
    "Dimanche", "Interrogé", "Interrogée", "Invité", "Invitée", "Lancé", "Lancée",
    # the participles and adjectives of a portrait's first words, glued after a heading in
    # OrangeSum articles 0-19,999 (each 1 to 9 times: "... la question du masqueInterpellée
    # sur", "par CloserIssue d'un milieu")
    "Né", "Née", "Issu", "Issue", "Originaire", "Ancien", "Ancienne", "Âgé", "Âgée",
    "Interpellé", "Interpellée", "Arrivé", "Arrivée",
)
# "A", the preposition "À" written without its accent ("...visésA Paris"), opens a sentence
# after lower-case letters only: after capitals it is an acronym's letter.
AFTER_LOWER = ("A", "À")
# After a credit in capitals ("BFMTVLe", "6MEDIASMais": 416 of 20,000 OrangeSum articles),
# the openers with a lower-case letter: the others ("L") may end an acronym.
AFTER_CAPITALS = tuple(word for word in OPENERS if not word.isupper())
_OPENING = frozenset(OPENERS)
# "L'" and a vowel after capitals: the article opening a sentence glued to a credit
# ("BFMTVL'augmentation", "CNEWSL'Assemblée": 35 times in 20,000 OrangeSum articles, every one
# a glued sentence); no acronym ends in "L" before an elided word.
ELIDED_L = "L['’](?=[aeiouyhéèêàâîôûAEIOUYHÉÈÊÀÂÎÔÛ])"
_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
# The infixes: after three lower-case letters, before an opener that ends its word; after three
# capitals or digits, before an opener with a lower-case letter.
INFIX = (rf"(?<=[{_LOWER}]{{3}})(?=(?:{'|'.join(OPENERS + AFTER_LOWER)})"
         rf"(?![{_LOWER}A-Z0-9]))")
INFIX_AFTER_CAPITALS = (rf"(?<=[A-Z0-9]{{3}})(?=(?:{'|'.join(AFTER_CAPITALS)})"
                        rf"(?![{_LOWER}A-Z0-9])|{ELIDED_L})")
# The infix: a quotation mark glued between a word and the opener of the next sentence, the end
# of a quoted heading with no period ('... quoi que ce soit"Ce vendredi, X a dénoncé': 1,179
# times in 20,000 OrangeSum articles, a sentence's start in every one of 20 read), or a credit
# or a heading in capitals ('par BFMTV"La difficulté', 'pire qu'AZF"Selon': 177 times, a
# sentence's start in every one of 12 read).
QUOTE_BEFORE_OPENER = (rf"(?<=[{_LOWER}A-Z0-9)])[\"”»](?=(?:{'|'.join(OPENERS)})"
                       rf"(?![{_LOWER}A-Z0-9]))")
_CLOSING_MARKS = frozenset('"”»')
# The infix: a quotation mark glued between a sentence's final mark and the capital after it
# ('l'exécutif."Nous allons'): whole, '"Nous' was one word, its subject lost ('."' before a
# capital: 9,813 times in 20,000 OrangeSum articles).
QUOTE_AFTER_FINAL = r"(?<=[.!?…])[\"“«](?=[A-ZÀ-ÖØ-Þ])"


def acronym_end(before: str, word: str) -> bool:
    """Whether a period between `before` and `word` ends a sentence glued after an acronym
    ("AFP.Le"): two capitals before it, an opener after it."""
    return len(before) >= 2 and before[-2:].isalpha() and before[-2:].isupper() and (
        word.rstrip("'’") in _OPENING)


def quote_glued_start(before: str, mark: str, word: str, touching: bool) -> bool:
    """Whether `word` opens a sentence after a quotation mark glued to it and to the word
    `before` ('soit"Ce'; `touching`: no character on either side of the mark)."""
    return (touching and mark in _CLOSING_MARKS and word in _OPENING
            and (before[-1:].isalnum() or before[-1:] == ")"))


def glued_start(before: str, word: str, touching: bool) -> bool:
    """Whether `word` opens a sentence glued to the lower-case word or the credit in capitals
    `before` (`touching`: no character between them)."""
    if not touching or len(before) < 3:
        return False
    end = before[-3:]
    if end.isalpha() and end.islower():
        return word in _OPENING or word in AFTER_LOWER
    return (word in AFTER_CAPITALS or word in ("L'", "L’")) and all(
        c.isdigit() or "A" <= c <= "Z" for c in end)

# The infix: a quotation mark right after an elision's apostrophe (qu'"il, l'«homme»).
QUOTE_AFTER_ELISION = r"(?<=['’])[\"“«]"
# The infixes: a dash glued after a sentence's final punctuation, itself glued to a word
# ("médecine.-"): the word, the punctuation and the dash are three tokens.
FINAL_BEFORE_DASH = r"(?<=[^\W\d_])(?=[.!?…][-–]$)"
DASH_AFTER_FINAL = r"(?<=[.!?…])(?=[-–]$)"
# The infixes: a sentence's final mark the scrape glued between the end of one sentence and
# the capitalised word that opens the next ("depuis 1972.L'émission", "(OCLCIFF).Le
# parquet", "à 77%.L'un", "devenue virale?Probablement"); the default infixes split a period
# after a letter only. A capital then a lower-case letter or an apostrophe: "1.000", "2.A"
# stay whole.
_NEXT_SENTENCE = r"(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’])"
GLUED_PERIOD = rf"(?<=[0-9)%»\"”])\.{_NEXT_SENTENCE}"
GLUED_MARK = rf"(?<=[^\s])[?!]{_NEXT_SENTENCE}"
# The infix: a period the scrape glued between an acronym and the function word that opens the
# next sentence ("interrogée par l'AFP.Le président", "l'ONU.Il"): only before an opener, so
# initials ("J.F.K.", "U.S.A") stay whole.
GLUED_ACRONYM_PERIOD = (rf"(?<=[A-ZÀ-ÖØ-Þ]{{2}})\.(?=(?:{'|'.join(OPENERS)})"
                        rf"(?![{_LOWER}A-Z0-9]))")
# The characters a glued sentence's end may follow (sentences.py).
GLUED_ENDS = frozenset(")%»\"”")
# The prefix: a dash glued before a capital or a quotation mark ("-Paul", '-"Pas').
DASH_BEFORE_CAPITAL = r"[-–](?=[A-ZÀ-ÖØ-Þ\"«“])"
