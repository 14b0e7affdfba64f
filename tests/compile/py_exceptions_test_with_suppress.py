class Suppress:
    def __init__(self, *types):
        self.types = types
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        self.caught = ev
        return et is not None and issubclass(et, self.types)
with Suppress(KeyError) as s:
    {}['missing']
print('suppressed', repr(s.caught))
try:
    with Suppress(KeyError):
        [][0]
except IndexError as e:
    print('not suppressed', e)
def f():
    with Suppress(ZeroDivisionError):
        1 / 0
        return 'unreached'
    return 'after with'
print(f())
for i in range(3):
    with Suppress(ValueError):
        if i == 1:
            raise ValueError
        print('loop', i)
class Transform:
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise LookupError('transformed') from ev
        return False
try:
    with Transform():
        raise KeyError('k')
except LookupError as e:
    print(e, repr(e.__cause__))
class ExitSeesNone:
    def __enter__(self):
        return self
    def __exit__(self, *args):
        print('exit args', args)
with ExitSeesNone():
    pass
