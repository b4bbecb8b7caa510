class Helper:
    """Defined in a private module, exported by the package: its home is typedpkg."""

    def help(self, topic):
        """Print help about a topic."""
        return topic


def _private_helper():
    return None
