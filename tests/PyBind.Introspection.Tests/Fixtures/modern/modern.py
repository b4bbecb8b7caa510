"""Python 3.12 syntax."""
type Pair[T] = tuple[T, T]
type Number = int | float


class Box[T]:
    def __init__(self, item: T) -> None:
        self.item: T = item

    def get(self) -> T:
        return self.item


def first[K: (str, bytes), V](mapping: dict[K, V], key: K) -> V:
    return mapping[key]


def swap[T](pair: Pair[T]) -> Pair[T]:
    return (pair[1], pair[0])
