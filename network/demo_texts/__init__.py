"""Texts of the demo good practices and projects, in French, English and Spanish."""
