"""How the store compresses what it keeps: Zstandard, and zlib read back from older stores.

Measured on 2,000 OrangeSum articles (`benchmarks/bench_store.py --steps codec`): a document's
blob (text, lemmas, rows: 11 KB of JSON) took 3.5 KB with zlib at level 6, 3.4 KB with
Zstandard alone and 2.7 KB with Zstandard and a dictionary trained on the store's first
documents (a small document shares little with itself, much with other documents: field
names, labels, the words of the news). The kept answers, large JSON values that repeat
sentences and names at long distances, take a third less with long-distance matching than
with zlib, as fast; those rewritten whenever the corpus grows are written at a quick level
without it (a few seconds less at 33,958 articles, a fifth larger).

A Zstandard frame names the dictionary it needs (its id, in the frame header); the store
keeps the dictionaries (`Store.dictionary`). Every frame carries a checksum of its content, as
zlib's stream did, so that a damaged value is an error, never other data. A value that starts
otherwise is zlib, as every store before this module wrote.
"""

from __future__ import annotations

import io
import zlib
from collections.abc import Callable, Sequence

import zstandard

# How a Zstandard frame starts (its magic number, little-endian).
_MAGIC = b"\x28\xb5\x2f\xfd"
# A document's blob: level 15 costs about 1 ms a document (the parse, 60 ms or more) and
# keeps 4.5% less than level 12 (0.4 ms) on OrangeSum's blobs; 17 and above, 5% less for 2 ms.
BLOB_LEVEL = 15
# A kept answer written once and read often, and one rewritten on every change of the corpus
# (its forms, the timeline and its parts, the entity table): smaller, or faster. The 76 MB
# timeline of 33,948 articles: 8.7 MB in 2.2 s at level 9 with long-distance matching, 10.3 MB
# in 0.78 s at level 3 with it, 11.2 MB in 0.41 s without (decompressed in 0.2 s each way).
SMALL_LEVEL = 9
QUICK_LEVEL = 3
# A timeline part's piece, with its kind's dictionary: 4% smaller than at the quick level for
# 3.5 times its time (all 101,683 pieces of the 33,948 articles: 1.2 s against 0.35 s); a
# grown corpus rewrites only the pieces that changed.
PIECE_LEVEL = 6
# Long-distance matching within 32 MB: what a reader must hold to decompress.
_WINDOW_LOG = 25
# A dictionary's size, and how many documents it is trained on (50 already give most of it).
DICTIONARY_BYTES = 65536
TRAINING_DOCUMENTS = 64

Dictionaries = Callable[[int], bytes | None]


def compress(data: bytes, quick: bool = False) -> bytes:
    """A kept value (an answer, a state, a run's records) compressed."""
    return _compressor(quick).compress(data)


def compressor(quick: bool = False) -> zstandard.ZstdCompressionObj:
    """A compressor fed piece by piece (`compress(piece)`, then `flush()`), for a value too
    large to be written whole in memory."""
    return _compressor(quick).compressobj()


def _compressor(quick: bool) -> zstandard.ZstdCompressor:
    parameters = zstandard.ZstdCompressionParameters.from_level(
        QUICK_LEVEL if quick else SMALL_LEVEL, enable_ldm=not quick, window_log=_WINDOW_LOG,
        write_checksum=True)
    return zstandard.ZstdCompressor(compression_params=parameters)


def compress_blob(data: bytes, dictionary: bytes | None) -> bytes:
    """A document's blob compressed, with the store's dictionary when it has one."""
    if dictionary is None:
        return zstandard.ZstdCompressor(level=BLOB_LEVEL, write_checksum=True).compress(data)
    return _blob_compressor(dictionary).compress(data)


def compress_piece(data: bytes, dictionary: bytes | None) -> bytes:
    """A piece of a state rewritten whenever the corpus changes (a timeline part's rows: a
    few hundred bytes each), with the dictionary of its kind when it has one (half the size,
    alone each piece has no context to draw on)."""
    if dictionary is None:
        return compress(data, quick=True)
    found = _PIECE_COMPRESSORS.get(dictionary)
    if found is None:
        found = _PIECE_COMPRESSORS[dictionary] = zstandard.ZstdCompressor(
            level=PIECE_LEVEL, dict_data=zstandard.ZstdCompressionDict(dictionary),
            write_checksum=True)
    return found.compress(data)


def decompress(data: bytes, dictionaries: Dictionaries | None = None) -> bytes:
    """What `compress` or `compress_blob` (or zlib, in an older store) compressed. Raises
    ValueError if the data is damaged or needs a dictionary the store does not hold."""
    if not data.startswith(_MAGIC):
        try:
            return zlib.decompress(data)
        except zlib.error as error:
            raise ValueError(f"unreadable data ({error})") from None
    try:
        # decompressobj: a frame written piece by piece does not say its size up front
        found: bytes = _decompressor(data, dictionaries).decompressobj().decompress(data)
        return found
    except zstandard.ZstdError as error:
        raise ValueError(f"unreadable data ({error})") from None


def reader(data: bytes, dictionaries: Dictionaries | None = None) -> Callable[[int], bytes]:
    """`read(size)`: the decompressed data from its start, `size` bytes more at each call
    (b"" at the end), so that a reader of a blob's first part need not decompress the rest."""
    if not data.startswith(_MAGIC):
        stream = zlib.decompressobj()
        pending = [data]

        def read_zlib(size: int) -> bytes:
            try:
                found = stream.decompress(pending[0], size)
            except zlib.error as error:
                raise ValueError(f"unreadable data ({error})") from None
            pending[0] = stream.unconsumed_tail
            return found

        return read_zlib
    try:
        source = _decompressor(data, dictionaries).stream_reader(io.BytesIO(data))
    except zstandard.ZstdError as error:
        raise ValueError(f"unreadable data ({error})") from None

    def read_zstd(size: int) -> bytes:
        try:
            found: bytes = source.read(size)
        except zstandard.ZstdError as error:
            raise ValueError(f"unreadable data ({error})") from None
        return found

    return read_zstd


def dictionary_id(data: bytes) -> int:
    """The id of the dictionary a blob needs (0: none)."""
    if not data.startswith(_MAGIC):
        return 0
    try:
        return int(zstandard.get_frame_parameters(data).dict_id)
    except zstandard.ZstdError as error:
        raise ValueError(f"unreadable data ({error})") from None


def train(samples: Sequence[bytes]) -> tuple[int, bytes] | None:
    """A dictionary trained on documents' blobs (uncompressed): (its id, its bytes), or None
    when the samples are too few or too alike to train one."""
    try:
        trained = zstandard.train_dictionary(DICTIONARY_BYTES, list(samples))
    except zstandard.ZstdError:
        return None
    identifier = int(trained.dict_id())
    return (identifier, trained.as_bytes()) if identifier else None


def _decompressor(data: bytes, dictionaries: Dictionaries | None) -> zstandard.ZstdDecompressor:
    identifier = dictionary_id(data)
    if not identifier:
        return zstandard.ZstdDecompressor()
    found = dictionaries(identifier) if dictionaries is not None else None
    if found is None:
        raise ValueError(f"unreadable data (dictionary {identifier} is not in the store)")
    return _blob_decompressor(found)


# One (de)compressor per dictionary: loading a dictionary costs more than a document's blob.
_COMPRESSORS: dict[bytes, zstandard.ZstdCompressor] = {}
_PIECE_COMPRESSORS: dict[bytes, zstandard.ZstdCompressor] = {}
_DECOMPRESSORS: dict[bytes, zstandard.ZstdDecompressor] = {}


def _blob_compressor(dictionary: bytes) -> zstandard.ZstdCompressor:
    found = _COMPRESSORS.get(dictionary)
    if found is None:
        found = _COMPRESSORS[dictionary] = zstandard.ZstdCompressor(
            level=BLOB_LEVEL, dict_data=zstandard.ZstdCompressionDict(dictionary),
            write_checksum=True)
    return found


def _blob_decompressor(dictionary: bytes) -> zstandard.ZstdDecompressor:
    found = _DECOMPRESSORS.get(dictionary)
    if found is None:
        found = _DECOMPRESSORS[dictionary] = zstandard.ZstdDecompressor(
            dict_data=zstandard.ZstdCompressionDict(dictionary))
    return found
