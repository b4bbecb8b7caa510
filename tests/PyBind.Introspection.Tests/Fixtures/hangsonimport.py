"""Never finishes importing: the describing process must be stopped and the module described from this source."""
import time

while True:
    time.sleep(1)


def still_described(count: int, label: str = "x") -> list[str]:
    return [label] * count
