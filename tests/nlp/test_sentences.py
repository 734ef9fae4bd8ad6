"""Sentence starts before the parser: the layout's, and a bound on sentence length that every
layer downstream (whose cost grows faster than linearly with a sentence) can rely on."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.nlp.sentences import MAX_RUN, MAX_SENTENCE, _layout_starts, mark_line_breaks


def lengths(doc) -> list[int]:
    return [len(sentence) for sentence in doc.sents]


def test_a_line_without_punctuation_is_cut_into_bounded_sentences(nlp):
    doc = nlp("mot " * 2000)
    assert max(lengths(doc)) <= MAX_RUN
    assert len(lengths(doc)) >= 2000 // MAX_RUN


def test_the_count_of_sentences_grows_linearly_with_an_unpunctuated_line(nlp):
    # The work of the parser and of every extraction layer per sentence is bounded, so the
    # work per text is linear in it: twice the text, twice the sentences of the same length.
    short, long = (lengths(nlp("mot " * n)) for n in (1500, 3000))
    assert max(long) == max(short) <= MAX_RUN
    assert abs(len(long) - 2 * len(short)) <= 1


def test_a_long_run_is_cut_after_a_semicolon_or_a_comma_rather_than_anywhere(nlp):
    clause = "les élus de la commune ont voté pour le projet de la nouvelle école du quartier"
    for separator in (" ; ", ", "):
        sentences = list(nlp(separator.join([clause] * 30)).sents)
        assert len(sentences) > 1
        assert all(s[-1].text == separator.strip() for s in sentences[:-1])


def test_ordinary_sentences_are_not_touched(nlp):
    text = ("Le maire de la ville a présenté son budget lundi devant le conseil municipal. "
            "Les élus de l'opposition ont voté contre. ") * 20
    assert all(s.text.strip().endswith(".") for s in nlp(text).sents)


TOKENS = st.sampled_from(["mot", "M.", "1.", "Il", ",", ";", "et", ".", "\n", "\n\n", "»"])


@settings(max_examples=60)
@given(st.lists(st.tuples(TOKENS, st.integers(1, 500)), max_size=12))
def test_no_run_and_no_sentence_exceeds_its_bound_and_the_layout_starts_are_kept(nlp, runs):
    doc = nlp.make_doc(" ".join(word for word, times in runs for _ in range(times)))
    layout = [0] * len(doc)
    _layout_starts(doc, layout)
    mark_line_breaks(doc)
    starts = [t.i for t in doc if t.is_sent_start or t.i == 0] + [len(doc)]
    assert all(b - a <= MAX_SENTENCE for a, b in pairwise(starts))
    possible = [t.i for t in doc if t.is_sent_start is not False and not t.is_space]
    assert all(b - a <= MAX_RUN for a, b in pairwise([0, *possible, len(doc)]))
    assert all(doc[i].is_sent_start for i, start in enumerate(layout) if start == 1)
    refused = [t.i for t in doc if t.is_sent_start is False]
    assert all(layout[i] == -1 for i in refused)
