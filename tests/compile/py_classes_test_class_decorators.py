def add_repr(cls):
    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in sorted(vars(self).items()))
        return f'{cls.__name__}({items})'
    cls.__repr__ = __repr__
    return cls
@add_repr
class P:
    def __init__(self, a, b):
        self.a, self.b = a, b
print(P(1, 'x'))
registry = []
def register(cls):
    registry.append(cls.__name__)
    return cls
@register
@add_repr
class Q:
    pass
print(registry, Q())
def replace(cls):
    return 'replaced'
@replace
class R:
    pass
print(R)
def with_arg(tag):
    def d(cls):
        cls.tag = tag
        return cls
    return d
@with_arg('T1')
class S:
    pass
print(S.tag)
