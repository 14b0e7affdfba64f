class CM:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print('enter', self.name)
        return self
    def __exit__(self, t, v, tb):
        print('exit', self.name, t.__name__ if t else None)
        return self.suppress
with CM('a'), CM('b'), CM('c'):
    print('body')
try:
    with CM('a'), CM('b', suppress=True), CM('c'):
        raise ValueError
except ValueError:
    print('not reached')
print('after suppression by b')
try:
    with CM('outer'):
        with CM('inner'):
            raise KeyError('k')
except KeyError as e:
    print('caught', repr(e))
def in_func():
    with CM('f'):
        for i in range(3):
            with CM(f'loop{i}'):
                if i == 1:
                    return 'returned at 1'
print(in_func())
