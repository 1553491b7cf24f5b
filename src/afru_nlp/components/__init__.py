"""The three spaCy components; importing this package registers their factories."""

from afru_nlp.components import actors, dates, paragraphs, stance  # noqa: F401

__all__ = ["actors", "dates", "paragraphs", "stance"]
