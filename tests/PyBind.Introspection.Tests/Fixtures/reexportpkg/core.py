class Block:
    def size(self) -> int:
        return 1


def make_block(n: int) -> Block:
    """A block of n items."""
    return Block()
