class Circle:
    radius: float
    def __init__(self, radius: float) -> None: ...
    def scaled(self, factor: float = 2.0) -> Circle: ...
    scaledBy = scaled

class Square:
    side: float
