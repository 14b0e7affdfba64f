counter = 0
def outer():
    x = 0
    def inner():
        global counter
        nonlocal x
        counter += 1
        x += 1
        return x
    return inner
