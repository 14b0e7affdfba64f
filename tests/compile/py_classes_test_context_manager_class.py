class Res:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('open', self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print('close', self.name, exc_type.__name__ if exc_type else None, exc, tb is not None)
        return self.suppress
with Res('a') as r:
    print('using', r.name)
with Res('b', suppress=True):
    raise KeyError('hidden')
print('after suppressed')
try:
    with Res('c'):
        raise ValueError('shown')
except ValueError as e:
    print('outer caught', e)
with Res('outer'), Res('inner'):
    print('nested body')
try:
    with Res('x'), Res('y', suppress=True):
        raise TypeError('t')
    print('inner suppressed it')
except TypeError:
    print('not reached')
class NoEnter:
    def __exit__(self, *a):
        pass
try:
    with NoEnter():
        pass
except (AttributeError, TypeError) as e:
    print(type(e).__name__, e)
class EnterRaises:
    def __enter__(self):
        raise RuntimeError('enter failed')
    def __exit__(self, *a):
        print('exit not called')
try:
    with EnterRaises():
        print('body not run')
except RuntimeError as e:
    print(e)
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise OSError('exit failed')
try:
    with ExitRaises():
        raise ValueError('orig')
except OSError as e:
    print(e, '| context:', repr(e.__context__))
