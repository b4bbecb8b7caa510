"""One member that no description survives, next to ordinary ones."""


class _Unsignable:
    @property
    def __signature__(self):
        raise RuntimeError("no signature for you")

    def __call__(self, x):
        return x


unsignable = _Unsignable()


def ordinary(x: int) -> int:
    return x
