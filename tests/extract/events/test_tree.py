"""The parse helpers of the events layer, on parses written by hand where the model's parse
of a sentence varies with its names."""

from __future__ import annotations

from spacy.tokens import Doc

from corpus_cli.extract.events.tree import _Mentions

# "Invité de Radio Nord lundi, Paul Hébert a défendu sa position." as the model once parsed
# a sentence of this shape: the medium's last word a verb and the root, the real verb its conj.
_WORDS = ["Invité", "de", "Radio", "Nord", "lundi", ",", "Paul", "Hébert", "a", "défendu", "sa",
          "position", "."]
_HEADS = [3, 2, 0, 3, 3, 3, 9, 6, 9, 3, 11, 9, 3]
_DEPS = ["dep", "case", "nmod", "ROOT", "obl:mod", "punct", "nsubj", "flat:name", "aux:tense",
         "conj", "det", "obj", "punct"]
_POS = ["NOUN", "ADP", "PROPN", "VERB", "NOUN", "PUNCT", "PROPN", "PROPN", "AUX", "VERB", "DET",
        "NOUN", "PUNCT"]


def test_a_name_s_word_parsed_as_the_root_verb_yields_the_verb_coordinated_to_it(nlp):
    doc = Doc(nlp.vocab, words=_WORDS, heads=_HEADS, deps=_DEPS, pos=_POS)
    rows = [{"start": doc[2].idx, "end": doc[3].idx + len("Nord"), "label": "ORG",
             "name": "Radio Nord"}]
    assert _Mentions(doc, rows).outside_name(doc[3]).text == "défendu"
