from __future__ import annotations

from dataclasses import dataclass


@dataclass
class Record:
    """One record."""
    name: str
    value: float = 0.0
