"""Computes forever while importing: the describing process must be stopped by its processor-time limit."""
while True:
    pass


def still_described(count: int) -> str:
    return "x" * count
