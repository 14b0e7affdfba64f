class C:
    xs = [1, 2, 3]
    total = sum(x for x in xs)
    pairs = [(x, y) for x in xs for y in xs]
