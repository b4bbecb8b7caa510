class rv_generic:
    def __call__(self, *args, **kwds):
        """Freeze the distribution for the given arguments."""
        return self.freeze(*args, **kwds)

    def freeze(self, *args, **kwds):
        return ("frozen", args, kwds)


class rv_continuous(rv_generic):
    """A generic continuous random variable."""

    def cdf(self, x, *args, **kwds):
        """Cumulative distribution function at x."""
        return min(1.0, max(0.0, x))


class uniform_gen(rv_continuous):
    """A uniform continuous random variable."""


uniform = uniform_gen()
