"""French dates from text alone: the calendar, the grammar, resolution. No model."""
