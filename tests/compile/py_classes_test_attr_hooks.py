class G:
    x = 'class attr'
    def __getattr__(self, name):
        return f'getattr({name})'
g = G()
print(g.x, g.missing, getattr(g, 'other'))
g.y = 1
print(g.y)
class GA:
    def __init__(self):
        self.real = 'real'
    def __getattribute__(self, name):
        if name.startswith('secret'):
            raise AttributeError(f'no {name}')
        return object.__getattribute__(self, name)
    def __getattr__(self, name):
        return 'fallback ' + name
ga = GA()
print(ga.real, ga.secret_key, ga.other)
class SA:
    def __setattr__(self, name, v):
        print('setattr', name, v)
        super().__setattr__(name, v * 2)
    def __delattr__(self, name):
        print('delattr', name)
        super().__delattr__(name)
sa = SA()
sa.a = 5
print(sa.a)
setattr(sa, 'b', 'x')
print(sa.b)
del sa.a
print(hasattr(sa, 'a'))
class RO:
    def __setattr__(self, n, v):
        raise AttributeError(f'{n} is read-only')
try:
    RO().q = 1
except AttributeError as e:
    print(e)
class Counting:
    def __init__(self):
        object.__setattr__(self, 'hits', 0)
    def __getattribute__(self, n):
        if n != 'hits':
            object.__setattr__(self, 'hits', object.__getattribute__(self, 'hits') + 1)
        return object.__getattribute__(self, n)
    def m(self):
        return 1
c = Counting()
c.m(); c.m(); c.__class__
print(c.hits)
print(getattr(c, 'nope', 'default'))
class Dyn:
    def __dir__(self):
        return ['b', 'a']
print(dir(Dyn()))
