# weakrefs and the cycle collector: refs to cyclic garbage are cleared, callbacks of live refs run (order, counts), refs inside the garbage never call back
import gc
import weakref

gc.collect()
log = []


def make():
    def inner():
        return inner  # inner -> its closure cell -> inner: a cycle
    return inner


# a function in a cycle: the weakrefs die only at gc.collect()
f = make()
r = weakref.ref(f)
r1 = weakref.ref(f, lambda w: log.append(("r1", w() is None)))
p = weakref.proxy(f, lambda w: log.append("proxy"))
r2 = weakref.ref(f, lambda w: log.append(("r2", w is r2)))
del f
print(r() is not None, log)
print(gc.collect())
print(r(), log)

# a weakref that is part of the garbage does not call back
log.clear()
g = make()
g.me = weakref.ref(g, lambda w: log.append("never"))
del g
print(gc.collect(), log)

# a set in a cycle through a frozenset is impossible; use a function's dict holding the set
log.clear()
h = make()
s = {1, 2}
h.s = s
rs = weakref.ref(s, lambda w: log.append("set"))
rh = weakref.ref(h, lambda w: log.append("func"))
del s, h
print(gc.collect(), log, rs(), rh())

# a callback that keeps its weakref alive; a weakref kept only by its callback's closure
log.clear()
keep = []
k = make()
wk = weakref.ref(k, keep.append)
del k
print(gc.collect(), keep == [wk], wk())

# callback frees the ref that called it: the collector counts the freed weakref
log.clear()
holder = []
m = make()
holder.append(weakref.ref(m, lambda w: holder.clear()))
del m
print(gc.collect(), holder)

# many refs and proxies to one cyclic function
log.clear()
n = make()
refs = [weakref.ref(n, lambda w, i=i: log.append(i)) for i in range(5)]
print(weakref.getweakrefcount(n))
del n
print(gc.collect(), log)
print([x() for x in refs])

# two garbage functions each holding a weakref to the other
log.clear()
a = make()
b = make()
a.other = weakref.ref(b, lambda w: log.append("a's ref to b"))
b.other = weakref.ref(a, lambda w: log.append("b's ref to a"))
del a, b
print(gc.collect(), log)

# a generator in a cycle with itself
log.clear()
def gen():
    yield 1
x = gen()
holder2 = [x]
holder2.append(holder2)
rx = weakref.ref(x, lambda w: log.append("gen"))
del x, holder2
print(gc.collect(), log, rx())

# types and modules are weakrefable too
print(weakref.ref(int)() is int, weakref.ref(gc)() is gc, weakref.getweakrefcount(int) >= 0)
