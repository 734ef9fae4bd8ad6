"""Documents in: reading files, cleaning page furniture, bylines and metadata. No model."""
