"""The three spaCy components; importing this package registers their factories."""

from afru_nlp.components import actors, dates, stance  # noqa: F401

__all__ = ["actors", "dates", "stance"]
