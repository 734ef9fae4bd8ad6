"""The spaCy layer: long texts are split at paragraph breaks, offsets kept."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from corpus_cli.nlp import parse, split_long


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
