"""The language of a document: French, another language, or too short to tell."""

from __future__ import annotations

from corpus_cli.documents.language import UNKNOWN, language_of, release

FRENCH = ("Le conseil municipal a voté mardi soir le budget de la commune, après un long débat "
          "sur le prix de l'eau et la rénovation de l'école primaire du quartier nord.")
ENGLISH = ("The city council voted on Tuesday evening for the town budget, after a long debate "
           "about the price of water and the renovation of the primary school up north.")
GERMAN = ("Der Stadtrat hat am Dienstagabend nach einer langen Debatte über den Wasserpreis und "
          "die Renovierung der Grundschule im Norden den Haushalt der Gemeinde beschlossen.")


def test_french_and_other_languages_are_told_apart() -> None:
    assert language_of(FRENCH) == "fr"
    assert language_of(ENGLISH) == "en"
    assert language_of(GERMAN) == "de"


def test_a_text_too_short_to_tell_is_unknown() -> None:
    assert language_of("Budget voté.") == UNKNOWN
    assert language_of("") == UNKNOWN


def test_the_identifier_let_go_is_loaded_again_when_needed() -> None:
    import py3langid.langid

    assert language_of(FRENCH) == "fr"
    release()
    assert py3langid.langid.IDENTIFIER is None
    assert language_of(ENGLISH) == "en"
