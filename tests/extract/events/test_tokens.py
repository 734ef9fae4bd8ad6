"""Quotations of a document (events/tokens.py): marks paired within a paragraph, a stray
straight mark whose opening the scrape lost left out. Sentences written for the module."""

from __future__ import annotations

import pytest
from spacy.tokens import Doc

from corpus_cli.extract.events.tokens import quotations, span_of
from tests.rows_for_tests import dated_row


def quoted(nlp, text: str) -> list[str]:
    return [text[start:end] for start, end in quotations(nlp(text))]


@pytest.mark.parametrize(("text", "expected"), [
    ('Il a dit "non merci" puis «bien sûr» et “pas du tout”.',
     ['"non merci"', "«bien sûr»", "“pas du tout”"]),
    # the first mark can only close: its opening was lost, it opens nothing
    ('une pause" au conseil. Paul Hébert veut "suspendre ce débat", a-t-il dit.',
     ['"suspendre ce débat"']),
    # a quotation glued to the word before it by the scrape
    ('par Radio Nord"Les annonces sont là", dit-il.', ['"Les annonces sont là"']),
    # a paragraph's end closes nothing across it
    ('Il a dit "non\nPuis "oui merci" ici.', ['"oui merci"']),
    # straight marks inside guillemets are the guillemets' words
    ('Il a dit « le mot "paix" est vide » hier.', ['« le mot "paix" est vide »']),
])
def test_quotations_pair_their_marks(nlp, text: str, expected: list[str]) -> None:
    assert quoted(nlp, text) == expected


def test_a_stray_closing_mark_does_not_put_a_later_subject_inside_a_quotation(nlp) -> None:
    text = ('Elle avait réclamé "une pause. Il avait demandé une clarification" au conseil. '
            'Le président du groupe, Paul Hébert, a demandé de "suspendre ce débat". '
            'Mercredi matin, il a assuré sur une radio que la réforme "ne bougera pas".')
    stray = text.replace('réclamé "une pause', "réclamé une pause")
    assert dated_row(nlp, stray, "Mercredi matin")["actors"] == ["Paul Hébert"]
    assert dated_row(nlp, text, "Mercredi matin")["actors"] == ["Paul Hébert"]


def test_a_name_the_parse_splits_between_a_modifier_and_a_subject_is_rooted_on_the_subject(nlp):
    # "Nord" read as the verb's modifier, "Hebdo" as its subject: the name is the subject
    doc = Doc(nlp.vocab, words=["Nord", "Hebdo", "révélait", "vendredi", "."],
              heads=[2, 2, 2, 2, 2], deps=["obl:mod", "nsubj", "ROOT", "obl:mod", "punct"])
    assert span_of(doc, 0, len("Nord Hebdo"))[2] == 1


def test_an_opening_mark_restarts_a_quotation_whose_closing_was_lost(nlp) -> None:
    text = ('Le préfet ne voulait pas de "sanctions. Claire Vasseur, qui a quitté le parti, '
            'multiplie les sorties. Elle avait annoncé début octobre ne pas vouloir "être '
            'candidate à la mairie".')
    spans = [text[start:end] for start, end in quotations(nlp(text))]
    assert spans == ['"être candidate à la mairie"']
    assert dated_row(nlp, text, "début octobre")["actors"] == ["Claire Vasseur"]
