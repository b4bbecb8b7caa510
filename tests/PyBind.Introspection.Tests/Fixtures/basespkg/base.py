"""The package's base classes."""


class Estimator:
    """The root of the models."""

    def __init__(self, **params):
        self.params = params

    def get_params(self):
        """The parameters given at construction."""
        return dict(self.params)
