def deco(f):
    def wrapper(*a, **k):
        print('before', f.__name__)
        r = f(*a, **k)
        print('after', f.__name__)
        return r
    return wrapper
@deco
def hello(name):
    print('hello', name)
    return 1
print(hello('x'))
print(hello.__name__)
def repeat(n):
    def dec(f):
        def w(*a):
            return [f(*a) for _ in range(n)]
        return w
    return dec
@repeat(3)
def one():
    return 1
print(one())
order = []
def tag(t):
    order.append('make ' + t)
    def d(f):
        order.append('apply ' + t)
        return f
    return d
@tag('outer')
@tag('inner')
def z():
    pass
print(order)
def add_attr(f):
    f.tagged = True
    return f
@add_attr
def q():
    pass
print(q.tagged)
@(lambda f: f())
def run_now():
    return 'ran'
print(run_now)
registry = {}
def register(f):
    registry[f.__name__] = f
    return f
@register
def a(): return 'a'
@register
def b(): return 'b'
print(sorted(registry), registry['b']())
class C:
    @deco
    def m(self):
        return 'method'
print(C().m())
