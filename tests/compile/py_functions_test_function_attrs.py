def outer():
    def inner(a, b=2, *, c=3):
        """Inner doc."""
        return a
    return inner
fn = outer()
print(fn.__name__)
print(fn.__qualname__)
print(fn.__defaults__, fn.__kwdefaults__, fn.__doc__)
print(fn.__module__)
print(outer.__defaults__, outer.__kwdefaults__, outer.__doc__)
class K:
    def meth(self):
        pass
    class Nested:
        def deep(self):
            pass
    @staticmethod
    def s():
        pass
print(K.meth.__qualname__, K.Nested.deep.__qualname__, K.s.__qualname__)
print((lambda: 0).__name__, (lambda: 0).__qualname__)
fn.__name__ = 'renamed'
print(fn.__name__)
fn.custom = [1, 2]
print(fn.custom, sorted(fn.__dict__))
fn.__defaults__ = (100,)
print(fn(1), fn.__defaults__)
print(fn.__code__.co_name, fn.__code__.co_argcount)
print(callable(fn), type(fn).__name__)
print(fn.__globals__ is globals())
def noargs():
    pass
print(noargs.__code__.co_varnames, noargs.__code__.co_nlocals)
