"""A document's analysis as one compressed blob: exact round trip, sentences stored once."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corpus_cli.runtime import codec
from corpus_cli.runtime.packing import FAST, dumps, loads, pack, unpack, unpack_text

VALUES = st.one_of(st.none(), st.booleans(), st.integers(-10**9, 10**9), st.text(max_size=12),
                   st.lists(st.text(max_size=6), max_size=3))
ROWS = st.lists(st.dictionaries(st.sampled_from(["start", "end", "text", "sentence", "roles",
                                                 "value", "date"]), VALUES, max_size=6),
                max_size=8)
PARTS = ("text", "lemmas", "mentions", "dates", "events")


@settings(max_examples=200, deadline=None)
@given(mentions=ROWS, dates=ROWS, events=ROWS, text=st.text(max_size=40),
       lemmas=st.dictionaries(st.text(max_size=5), st.integers(0, 9), max_size=4))
def test_any_rows_round_trip_exactly(mentions, dates, events, text, lemmas):
    parts = {"text": text, "lemmas": {"content": lemmas}, "mentions": mentions,
             "dates": dates, "events": events}
    found = unpack(pack(parts), PARTS)
    assert found == parts
    for table in ("mentions", "dates", "events"):  # field order kept too
        assert [list(row) for row in found[table]] == [list(row) for row in parts[table]]


def test_only_the_parts_asked_for_are_read():
    blob = pack({"lemmas": {"content": {"visite": 2}}, "mentions": [{"start": 0}],
                 "dates": [], "events": []})
    assert unpack(blob, ["mentions", "text"]) == {"mentions": [{"start": 0}]}


@settings(max_examples=300, deadline=None)
@given(text=st.text(alphabet=st.sampled_from('ab"\\\n é\ud800'), max_size=60)
       | st.text(max_size=40), plain=st.booleans(),
       mentions=ROWS)
def test_the_text_alone_reads_back_as_a_whole_unpack_gives_it(text, plain, mentions):
    """Quotes, backslashes (runs of them before a quote), line breaks, a lone surrogate
    (stored plain), an older store's plain JSON: the text read alone is the text unpacked."""
    with pytest.MonkeyPatch.context() as patch:
        if plain:  # as a store written before orjson: the standard library's JSON
            patch.setattr("corpus_cli.runtime.packing.dumps", lambda value: json.dumps(
                value, ensure_ascii=False, separators=(",", ":")).encode("utf-8",
                                                                         "surrogatepass"))
        blob = pack({"text": text, "lemmas": {}, "mentions": mentions})
    assert unpack_text(blob) == unpack(blob, ["text"])["text"] == text


def test_a_long_text_is_read_past_the_first_bytes_decompressed():
    text = "".join(f"« {n} » \\ \"{n}\" " for n in range(20_000))
    blob = pack({"text": text, "mentions": [{"start": 0, "text": '"'}]})
    assert unpack_text(blob) == text


def test_a_blob_without_text_has_none_and_a_damaged_one_is_a_value_error():
    assert unpack_text(pack({"lemmas": {"content": {}}, "mentions": []})) is None
    blob = pack({"text": "x" * 5000 + "".join(map(str, range(3000)))})
    with pytest.raises(ValueError):
        unpack_text(blob[: len(blob) // 2])


def test_an_evidence_sentence_is_stored_once_per_document():
    sentence = "Le maire de Nantes a rencontré mardi la ministre de la Culture."
    dates = [{"start": i, "sentence": sentence, "value": "2016"} for i in range(20)]
    events = [{"start": i, "sentence": sentence, "date": 0} for i in range(20)]
    blob = pack({"dates": dates, "events": events, "mentions": [{"sentence": 3}]})
    stored = codec.decompress(blob).decode()
    assert stored.count(sentence) == 1
    assert loads(codec.decompress(blob))["dates"]["shapes"] == [["start", "sentence", "value"]]
    assert unpack(blob, ["dates", "events", "mentions"]) == {
        "dates": dates, "events": events, "mentions": [{"sentence": 3}]}


def test_a_damaged_blob_is_a_value_error():
    blob = bytearray(pack({"dates": [{"start": 1}]}))
    blob[len(blob) // 2] ^= 0xFF
    try:
        unpack(bytes(blob), ["dates"])
    except ValueError:
        return
    raise AssertionError("a damaged blob was read")  # pragma: no cover


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text()
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda children: st.lists(children, max_size=4)
    | st.dictionaries(st.text(max_size=6), children, max_size=4),
    max_leaves=20,
)


@given(ANY_JSON)
def test_a_stored_value_reads_back_as_the_standard_library_reads_it(value):
    # Any integer (beyond 64 bits too) and any text (a lone surrogate too)
    expected = json.loads(json.dumps(value, ensure_ascii=False))
    assert loads(dumps(value)) == expected


def test_what_orjson_cannot_hold_is_stored_plain_and_read_back_whole():
    for value in ([123456789012345678901234567890], {"text": "a\ud800b"}):
        stored = dumps(value)
        assert stored[:1] != FAST
        assert loads(stored) == value
    assert dumps([1, "é"])[:1] == FAST


def test_plain_json_of_an_older_store_is_read():
    assert loads(b'{"a":[1,12345678901234567890]}') == {"a": [1, 12345678901234567890]}


def test_a_large_value_read_is_left_out_of_later_collections():
    import gc

    from corpus_cli.runtime.packing import FREEZE_BYTES

    gc.unfreeze()
    try:
        loads(dumps({"small": [1, 2, 3]}))
        assert gc.get_freeze_count() == 0  # a document's blob: collected as usual
        large = dumps([{"n": n, "text": "x" * 40} for n in range(FREEZE_BYTES // 40)])
        assert gc.isenabled()
        loads(large)
        assert gc.get_freeze_count() > 0 and gc.isenabled()
    finally:
        gc.unfreeze()


@pytest.mark.parametrize("data", [b"12345678901234567890", b' {"a": -12345678901234567890}',
                                  b"[1,\n 12345678901234567890]",
                                  b'["a12345678901234567890123", 12345678901234567890]'])
def test_plain_json_keeps_a_long_integer_wherever_a_value_starts(data):
    assert loads(data) == json.loads(data)
