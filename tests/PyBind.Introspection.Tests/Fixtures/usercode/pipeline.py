"""The user's own module: no py.typed, typed by its annotations because it is in a source folder."""
import json
from dataclasses import dataclass
from typing import Callable, Optional


@dataclass
class Step:
    name: str
    weight: float = 1.0


def run(steps: list[Step], *, dry_run: bool = False) -> dict[str, float]:
    """Run the steps and return their weights by name."""
    return {step.name: step.weight for step in steps}


def report(weights: dict[str, float], format: Optional[Callable[[float], str]] = None) -> str:
    """The weights as JSON, each formatted by `format` when given."""
    return json.dumps({name: (format(weight) if format else weight) for name, weight in weights.items()})
