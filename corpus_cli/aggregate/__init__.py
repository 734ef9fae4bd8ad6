"""Rows of all documents to answers: entities, timeline, stats. Never a spaCy object."""
