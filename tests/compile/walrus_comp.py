data = [1, 2, 3]
total = 0
vals = [(total := total + x) for x in data]
def f(xs):
    if any((y := x) > 1 for x in xs):
        return y
