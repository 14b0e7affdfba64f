def append_to(x, lst=[]):
    lst.append(x)
    return lst
print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))
print(append_to.__defaults__)
calls = []
def make():
    calls.append('made')
    return len(calls)
def f(a=make(), b=make()):
    return a, b
print(f(), f(), calls)
def g(x=None):
    if x is None:
        x = []
    x.append(1)
    return x
print(g(), g())
n = 10
def h(v=n):
    return v
n = 20
print(h())
def k(d={}):
    d['count'] = d.get('count', 0) + 1
    return d['count']
print(k(), k(), k())
