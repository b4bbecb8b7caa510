"""Python-side loops of the 'Python calls .NET' benchmarks: the same code drives the .NET callee and the C floor's."""


def call_add(add, n):
    for i in range(n):
        add(i, 1)


def read_value(holder, n):
    for _ in range(n):
        holder.value
