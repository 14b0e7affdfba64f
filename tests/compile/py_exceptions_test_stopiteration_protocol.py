class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration('done', self.n)
        return self.n
print(list(It()))
it = It()
next(it); next(it)
try:
    next(it)
except StopIteration as e:
    print(e.args, e.value)
def gen():
    return 'ret'
    yield
try:
    next(gen())
except StopIteration as e:
    print('value', e.value)
print(next(iter([]), 'dflt'))
g = (x for x in [])
try:
    next(g)
except StopIteration as e:
    print('genexpr StopIteration', e.args)
def leaky():
    yield 1
    next(iter([]))
    yield 2
try:
    print(list(leaky()))
except RuntimeError as e:
    print('RuntimeError:', e)
