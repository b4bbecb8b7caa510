"""An untyped class whose state only its methods' assignments show (as PuLP's LpProblem.status)."""


class Problem:
    def __init__(self, name):
        self.name = name
        self.status, self.objective = 0, None
        self._cache = {}

    def solve(self):
        def mark(other):
            other.marked = True

        mark(self)
        self.solution_time = 1.5
        return self.status
