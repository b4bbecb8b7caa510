"""Models whose bases live in another module of the package, which no [PyImport] binds (as sklearn.linear_model's in sklearn.base)."""
