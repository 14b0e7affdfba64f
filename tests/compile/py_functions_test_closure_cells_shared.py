def make_pair():
    value = 0
    def get():
        return value
    def set_(v):
        nonlocal value
        value = v
    return get, set_
get, set_ = make_pair()
print(get())
set_(42)
print(get(), get.__closure__[0] is set_.__closure__[0], get.__closure__[0].cell_contents)
g2, s2 = make_pair()
print(g2(), g2.__closure__[0] is get.__closure__[0])
def loop_closures():
    out = []
    for i in range(3):
        def capture(i=i):
            return i
        out.append(capture)
    return [f() for f in out]
print(loop_closures())
def cell_modified_after():
    fs = []
    x = 'first'
    fs.append(lambda: x)
    x = 'second'
    fs.append(lambda: x)
    return [f() for f in fs]
print(cell_modified_after())
def deep_nonlocal():
    n = 0
    def a():
        def b():
            nonlocal n
            n += 1
        b(); b()
    a()
    return n
print(deep_nonlocal())
c = make_pair()[0].__closure__[0]
c.cell_contents = 'set directly'
print(c.cell_contents)
