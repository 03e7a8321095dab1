"""The demo course's texts, one module per language, all of the same shape."""
