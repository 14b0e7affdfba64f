# expected: hand-written (heapscope.holders has no CPython counterpart; python3 has no heapscope module, so the output was checked by hand): every reference is attributed by kind and key, and the records add up to sys.getrefcount(obj) - 1
import sys
import heapscope


def summary(obj):
    """(kind, key, holder type name) per reference, and whether they add up to the refcount."""
    before = sys.getrefcount(obj)
    hs = heapscope.holders(obj)
    rows = []
    for h in hs:
        if h.kind == 'unknown':
            rows.append(('unknown', h.key, None))
        else:
            rows.append((h.kind, h.key, type(h.holder).__name__))
    total = sum(r[1] if r[0] == 'unknown' else 1 for r in rows)
    # holders() leaves out its own argument, as sys.getrefcount() counts its own
    adds_up = total == before - 1
    del hs  # keep no record naming this frame once it returns
    return rows, adds_up


def has(rows, kind, key=None, holder=None):
    return any(r[0] == kind and (key is None or r[1] == key) and
               (holder is None or r[2] == holder) for r in rows)


class Plain:
    pass


class Slotted:
    __slots__ = ('first', 'second')


x = object()


# a function local: one frame-local record with the variable's name
def local_only():
    mine = object()
    rows, ok = summary(mine)
    print('local:', rows, ok)


local_only()

# containers
lst = [1, 2, x]
tup = (x, 'a')
d = {'k': x}
kd = {x: 1}
st = {x}
rows, ok = summary(x)
print('list index 2:', has(rows, 'list index', 2, 'list'))
print('tuple index 0:', has(rows, 'tuple index', 0, 'tuple'))
print("dict value 'k':", has(rows, 'dict value', 'k', 'dict'))
print('dict key:', has(rows, 'dict key', None, 'dict'))
print('set element:', has(rows, 'set element', None, 'set'))
print("module global 'x':", has(rows, 'module global', 'x', 'module'))
print('adds up:', ok)
del lst, tup, d, kd, st

# instance attributes, __slots__, class attributes
p = Plain()
p.attr = x
sl = Slotted()
sl.second = x


class Holder:
    shared = x


rows, ok = summary(x)
print("instance attribute 'attr':", has(rows, 'instance attribute', 'attr', 'Plain'))
print("slot 'second':", has(rows, 'slot', 'second', 'Slotted'))
print("class attribute 'shared':", has(rows, 'class attribute', 'shared', 'type'))
print('adds up:', ok)
p.__dict__  # materialize the instance dict: still an instance attribute
rows, ok = summary(x)
print("materialized instance attribute 'attr':", has(rows, 'instance attribute', 'attr', 'Plain'))
print('adds up:', ok)
del p, sl, Holder


# closures, defaults, keyword defaults
def make_closure():
    captured = x

    def inner():
        return captured
    return inner


closure = make_closure()


def with_defaults(a, b=x, *, c=x):
    pass


rows, ok = summary(x)
print("cell contents 'captured':", has(rows, 'cell contents', 'captured', 'cell'))
print('function default 0:', has(rows, 'function default', 0, 'function'))
print("function kwdefault 'c':", has(rows, 'function kwdefault', 'c', 'function'))
print('adds up:', ok)
del closure, with_defaults


# a suspended generator holds its frame's locals
def gen():
    held = x
    yield held


g = gen()
next(g)
rows, ok = summary(x)
print("generator frame 'held':", has(rows, 'generator frame', 'held', 'generator'))
print('adds up:', ok)
del g


# a running generator whose value stack shrank below the depth saved at its last yield
# (the slots above hold stale pointers to freed lists): they are not read
def running_gen():
    size = len([object(), object()] + [(yield 1)])
    rows, ok = summary(x)
    yield size, has(rows, 'generator frame'), ok  # the generator does not hold x


it = running_gen()
next(it)
print('running generator:', it.send(0))
del it


# frames further up the stack: one record per frame, named by variable
def outer():
    obj = [0]
    return middle(obj)


def middle(arg):
    return innermost(arg)


def innermost(a):
    rows, ok = summary(a)
    return [(r[0], r[1]) for r in rows], ok


print('three frames:', outer())


# the value stack of a frame that called a Python function
def stack_case():
    o = object()
    return [o, summary(o)][1]


print('value stack:', stack_case())


# code constants
def const_user():
    return 'a constant used only here'


rows, ok = summary(const_user())
print('code constant:', has(rows, 'code constant', 1, 'code'), ok)


# bound methods
class WithMethod:
    def m(self):
        pass


wm = WithMethod()
bm = wm.m
rows, ok = summary(wm)
print("method attribute '__self__':", has(rows, 'method attribute', '__self__', 'method'), ok)
del bm

# the exception being handled
try:
    raise KeyError('k')
except KeyError as exc:
    rows, ok = summary(exc)
    print('thread exception:', has(rows, 'thread exception', 'exc_info'), ok)

# a list in a cycle with itself
cyc = []
cyc.append(cyc)
rows, ok = summary(cyc)
print('self reference:', has(rows, 'list index', 0, 'list'), has(rows, 'module global', 'cyc'), ok)
del cyc

# records are named tuples
h0 = heapscope.holders(x)[0]
print('record type:', type(h0).__name__, len(h0))
print('fields:', h0[0] is h0.holder, h0[1] == h0.kind, h0[2] == h0.key)
del h0
