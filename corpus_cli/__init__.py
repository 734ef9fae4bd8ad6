"""corpus: who, where, when and what in a corpus of French news articles."""

__version__ = "0.1.0"
