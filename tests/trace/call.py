# a call pushes a frame with its locals; the return pops it
def double(n):
    m = n * 2
    return m


r = double(21)
print(r)
