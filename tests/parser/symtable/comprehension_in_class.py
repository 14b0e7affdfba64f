class C:
    n = 3
    xs = [i for i in range(n)]
    ys = [n for i in range(3)]
