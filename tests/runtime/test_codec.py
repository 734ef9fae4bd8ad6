"""The store's compression: Zstandard (with a trained dictionary for documents' blobs), and
zlib read back from older stores."""

from __future__ import annotations

import random
import zlib

import pytest

from corpus_cli.runtime import codec


def blobs(count: int, seed: int = 3) -> list[bytes]:
    """Documents' blobs as the store packs them: shared field names, varied words."""
    rng = random.Random(seed)
    words = ["ministre", "visite", "sommet", "accord", "gouvernement", "élection", "Nantes",
             "mardi", "déclaration", "conseil", "président", "réforme", "grève", "budget"]
    found = []
    for number in range(count):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(80, 160)))
        lemma = rng.choice(words)
        found.append(('\x01{"text":"' + text + '","lemmas":{"content":{"' + lemma + '":'
                      f'{number}}}}},"mentions":{{"shapes":[["start","end","text","name",'
                      f'"label"]],"values":{{"start":[{number}]}}}}}}').encode())
    return found


@pytest.mark.parametrize("quick", [False, True])
def test_a_kept_value_round_trips_whole_and_piece_by_piece(quick):
    entries = b",".join(b'{"n":%d,"s":"une phrase"}' % n for n in range(5000))
    data = b'{"entries":[' + entries + b"]}"
    packed = codec.compress(data, quick)
    assert codec.decompress(packed) == data and len(packed) < len(data) // 10
    stream = codec.compressor(quick)
    pieces = [stream.compress(data[at:at + 1000]) for at in range(0, len(data), 1000)]
    assert codec.decompress(b"".join(pieces) + stream.flush()) == data


def test_what_older_stores_wrote_with_zlib_still_reads():
    data = b'{"a":[1,2,3]}' * 100
    assert codec.decompress(zlib.compress(data, 6)) == data
    read = codec.reader(zlib.compress(data, 6))
    assert read(13) + read(10_000) == data and read(10) == b""


def test_damaged_data_is_a_value_error():
    packed = bytearray(codec.compress(b"x" * 1000 + bytes(range(256)) * 20))
    packed[len(packed) // 2] ^= 0xFF
    with pytest.raises(ValueError):
        codec.decompress(bytes(packed))
    with pytest.raises(ValueError):
        codec.decompress(b"not compressed at all")


def test_a_dictionary_trained_on_documents_makes_their_blobs_smaller_and_is_needed_to_read():
    training, others = blobs(80), blobs(20, seed=9)
    trained = codec.train(training)
    assert trained is not None
    identifier, dictionary = trained
    alone = sum(len(codec.compress_blob(blob, None)) for blob in others)
    helped = [codec.compress_blob(blob, dictionary) for blob in others]
    assert sum(map(len, helped)) < 0.9 * alone
    assert {codec.dictionary_id(blob) for blob in helped} == {identifier}
    held = {identifier: dictionary}
    assert [codec.decompress(blob, held.get) for blob in helped] == others
    with pytest.raises(ValueError, match="dictionary"):
        codec.decompress(helped[0])
    with pytest.raises(ValueError, match="dictionary"):
        codec.decompress(helped[0], {}.get)


def test_a_blob_is_read_from_its_start_without_decompressing_the_rest():
    trained = codec.train(blobs(80))
    assert trained is not None
    identifier, dictionary = trained
    blob = blobs(1, seed=5)[0]
    read = codec.reader(codec.compress_blob(blob, dictionary), {identifier: dictionary}.get)
    head = read(20)
    assert head == blob[:20] and head + read(len(blob)) == blob and read(5) == b""


def test_too_few_documents_train_no_dictionary():
    assert codec.train(blobs(2)) is None
    assert codec.dictionary_id(codec.compress_blob(b"{}", None)) == 0
