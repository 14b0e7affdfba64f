# tracemalloc.get_object_traceback: where objects were allocated (nested calls, free-list reuse renewing the traceback, objects from before tracing, managed-dict instances give None in 3.11)
import os
import tracemalloc

NAME = os.path.basename(__file__)


def where(obj):
    tb = tracemalloc.get_object_traceback(obj)
    if tb is None:
        return None
    return [(os.path.basename(f.filename), f.lineno) for f in tb]


before = [1000 + i for i in range(5)]
tracemalloc.start(3)
print("before tracing:", where(before[2]), where(before))
ints = [1000 + i for i in range(5)]
print("int:", where(ints[2]))
text = "-".join(str(i) for i in range(50))
print("str:", where(text))
raw = bytes(range(200)) * 10
print("bytes:", where(raw))
buf = bytearray(5000)
print("bytearray:", where(buf))


def make_pair(a):
    return tuple([a] * 25)  # too long for the tuple free lists: always a new block


def helper(a):
    return make_pair(a)


pair = helper(ints[0])
print("tuple from nested calls:", where(pair))


class Plain:
    pass


class Slotted:
    __slots__ = ("a",)


print("class:", where(Plain))
print("managed-dict instance:", where(Plain()))
s = Slotted()
print("slotted instance:", where(s))
f = lambda: 0
print("function:", where(f))
print("static objects:", where(None), where(1), where(int), where(tracemalloc))

# lists, tuples, floats and dicts come back from free lists: the traceback is renewed
many = [[i] for i in range(300)]
tups = [(i, i) for i in range(3000)]
flts = [i * 1.5 for i in range(300)]
dcts = [{i: i} for i in range(300)]
del many, tups, flts, dcts
a2 = [3, 4]
b2 = (len(a2), 4)
f2 = 2.5 * len(a2)
d2 = {"j": len(a2)}
for o in (a2, b2, f2, d2):
    print(type(o).__name__, where(o))

# with the default limit of 1 frame only the innermost frame is kept
tracemalloc.stop()
tracemalloc.start()
pair2 = helper(ints[1])
print("limit 1:", where(pair2))
tracemalloc.stop()
print("after stop:", where(pair2))

# *args is built before the callee's frame runs: it belongs to the caller's line
tracemalloc.start(3)


def star(*args):
    return args


packed = star(*range(40))
print("*args:", where(packed))


def gen():
    yield tuple(range(100, 130))


g = gen()
print("generator object:", where(g))
print("made inside a generator:", where(next(g)))


class Holder:
    def __init__(self, n):
        self.items = tuple(range(n, n + 30))


print("made in __init__:", where(Holder(5).items))
tracemalloc.stop()
