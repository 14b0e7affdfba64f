def f(n):
    return [i * n for i in range(n)]
def g(rows):
    return [[c for c in r] for r in rows]
