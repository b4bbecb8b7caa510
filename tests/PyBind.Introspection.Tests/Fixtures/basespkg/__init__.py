"""A package whose models derive from the public bases of another of its modules (as sklearn.linear_model's from sklearn.base)."""
