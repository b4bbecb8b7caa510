"""The bases of pybind_inherit.models."""


class Estimator:
    def __init__(self, **params):
        self._params = dict(params)

    def describe(self):
        return "Estimator"

    def get_params(self):
        return dict(self._params)

    def set_params(self, **params):
        self._params.update(params)
        return self

    def __call__(self, key):
        return f"{key}={self._params[key]}"


class Scorer:
    def describe(self):
        return "Scorer"

    def score(self, xs, ys):
        """The negated mean absolute error of the predictions."""
        return -sum(abs(self.predict(x) - y) for x, y in zip(xs, ys)) / len(xs)
