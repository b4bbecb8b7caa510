def make(size): return [0] * size
