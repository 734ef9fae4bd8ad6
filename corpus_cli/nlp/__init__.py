"""The one place that imports spaCy: loading the model, sentence starts, the fast token match."""
