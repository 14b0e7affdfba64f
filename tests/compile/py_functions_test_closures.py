def make_adder(n):
    def add(x):
        return x + n
    return add
a5 = make_adder(5)
print(a5(1), make_adder(10)(1))
print(a5.__code__.co_freevars, make_adder.__code__.co_cellvars)
print(a5.__closure__[0].cell_contents)
print(type(a5.__closure__[0]).__name__)
def counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def get():
        return count
    return inc, get
inc, get = counter()
inc(); inc()
print(get())
def late():
    fs = []
    for i in range(3):
        def f():
            return i
        fs.append(f)
    return [f() for f in fs]
print(late())
def shared():
    x = 1
    def r():
        return x
    x = 2
    return r
print(shared()())
def cell_later():
    def r():
        return v
    try:
        r()
    except NameError as e:
        print('NameError:', e)
    v = 'now'
    return r()
print(cell_later())
print(make_adder(1).__closure__ is not None, (lambda: 0).__closure__)
