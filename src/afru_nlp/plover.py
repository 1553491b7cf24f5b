"""PLOVER event categories and their quad classes: the one table every part of the project uses.

PLOVER (Open Event Data Alliance) groups its 16+ categories into four quad classes, as ICEWS and GDELT
do with CAMEO: verbal/material × cooperation/conflict.
"""

from __future__ import annotations

QUAD_CLASSES = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")

CATEGORY_QUAD: dict[str, str] = {
    "AGREE": "verbal_cooperation",
    "CONSULT": "verbal_cooperation",
    "SUPPORT": "verbal_cooperation",
    "CONCEDE": "verbal_cooperation",
    "COOPERATE": "material_cooperation",
    "AID": "material_cooperation",
    "RETREAT": "material_cooperation",
    "INVESTIGATE": "material_cooperation",
    "REQUEST": "verbal_conflict",
    "ACCUSE": "verbal_conflict",
    "REJECT": "verbal_conflict",
    "THREATEN": "verbal_conflict",
    "SANCTION": "verbal_conflict",
    "PROTEST": "material_conflict",
    "MOBILIZE": "material_conflict",
    "COERCE": "material_conflict",
    "ASSAULT": "material_conflict",
}

# PLOVER 0.5b1 names (used by the gold-standard records) → current names.
LEGACY_NAMES = {"DEMAND": "REQUEST", "DISAPPROVE": "ACCUSE", "FIGHT": "ASSAULT"}

POLARITIES = ("cooperative", "conflictual", "neutral")


def canonical_category(name: str) -> str:
    """Current PLOVER name for a current or 0.5b1 name (upper-cased); raises KeyError when unknown."""
    upper = LEGACY_NAMES.get(name.upper(), name.upper())
    if upper not in CATEGORY_QUAD:
        raise KeyError(name)
    return upper


def quad_of(category: str | None) -> str | None:
    """The quad class of a category, None for no category."""
    return CATEGORY_QUAD[canonical_category(category)] if category else None


def polarity_of(category: str | None) -> str:
    """cooperative / conflictual from the category's quad class; neutral without a category."""
    quad = quad_of(category)
    if quad is None:
        return "neutral"
    return "cooperative" if quad.endswith("cooperation") else "conflictual"
