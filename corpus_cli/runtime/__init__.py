"""Running the analysis: the pipeline, the parse workers, the store, the keys of what is kept."""
