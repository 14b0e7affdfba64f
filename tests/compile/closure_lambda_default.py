def f(items):
    n = len(items)
    return sorted(items, key=lambda i: (n - i, i))
