"""Values taken by indexing other values (as statsmodels' scripts do): data, not type aliases."""
import typing


class Table:
    def __getitem__(self, key):
        return self


TABLE = Table()
rows = TABLE[1:3]
first_column = rows[:, 0]
Pair = tuple[int, int]
MaybePair = typing.Optional[Pair]
