total = 0
def add(n):
    global total
    total += n
def outer():
    c = 0
    def bump():
        nonlocal c
        c += 1
        c -= 2
        c *= 3
    return bump
