def curry(f):
    def c(a):
        def d(b):
            return f(a, b)
        return d
    return c
add = curry(lambda a, b: a + b)
print(add(1)(2))
def twice(f):
    return lambda x: f(f(x))
print(twice(twice(lambda x: x * 2))(1))
def pipe(v, *fs):
    for f in fs:
        v = f(v)
    return v
print(pipe(' Hi There ', str.strip, str.lower, str.split))
print(list(filter(None, [0, 1, '', 'a', None, [], [0]])))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5])))
print(sorted(range(-3, 4), key=lambda v: (abs(v), v)))
