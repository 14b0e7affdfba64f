def f(xs, k):
    return [x + k for x in xs if x > k]
def g(xs):
    return {x: [y for y in xs if y != x] for x in xs}
