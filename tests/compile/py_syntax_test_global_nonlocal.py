counter = 0
def inc():
    global counter
    counter += 1
inc(); inc()
print(counter)
def make_global():
    global created
    created = 'yes'
make_global()
print(created)
def outer():
    x = 'outer'
    def inner():
        nonlocal x
        x = 'changed'
    inner()
    return x
print(outer())
def counter_factory():
    n = 0
    def step():
        nonlocal n
        n += 1
        return n
    return step
c = counter_factory()
print(c(), c(), c())
def deep():
    a = 1
    def mid():
        def inn():
            nonlocal a
            a += 10
        inn()
    mid()
    return a
print(deep())
g = 'global'
def shadow():
    g = 'local'
    return g
print(shadow(), g)
def reads():
    return g
print(reads())
def unbound():
    try:
        print(g)
    except UnboundLocalError as e:
        print('UnboundLocalError', e)
    g = 1
unbound()
