def down(n):
    return down(n)

down(0)
