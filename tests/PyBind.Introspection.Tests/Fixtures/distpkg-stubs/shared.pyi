Size = int
