import functools
@functools.singledispatch
def describe(x):
    return 'object'
@describe.register
def _(x: int):
    return 'int ' + str(x)
@describe.register(list)
def _(x):
    return 'list of ' + str(len(x))
@describe.register(str)
def _(x):
    return 'str ' + x
print(describe(1), describe(True), describe([1, 2]), describe('s'), describe(1.5), describe(None))
print(sorted(t.__name__ for t in describe.registry))
class Cell:
    def __init__(self):
        self.alive = False
    def set_state(self, state):
        self.alive = state
    set_alive = functools.partialmethod(set_state, True)
    set_dead = functools.partialmethod(set_state, False)
c = Cell()
c.set_alive()
print(c.alive)
c.set_dead()
print(c.alive)
print(functools.reduce(lambda acc, s: acc + len(s), ['ab', 'cde'], 0))
def counter():
    counter.calls += 1
    return counter.calls
counter.calls = 0
wrapped = functools.update_wrapper(lambda: counter(), counter)
print(wrapped.__name__, wrapped(), wrapped())
