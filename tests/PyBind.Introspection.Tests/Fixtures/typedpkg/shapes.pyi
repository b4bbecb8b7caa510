class Circle:
    radius: float
    def __init__(self, radius: float) -> None: ...

class Square:
    side: float
