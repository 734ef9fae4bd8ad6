"""One parsed document to plain rows: mentions, dates, events, counts. Never a corpus."""
