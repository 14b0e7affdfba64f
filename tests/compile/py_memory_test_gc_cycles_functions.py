import gc
gc.disable()
gc.collect()
def make_recursive_closure():
    def fact(n):
        return 1 if n <= 1 else n * fact(n - 1)
    return fact
f = make_recursive_closure()
print('closure works:', f(5))
del f
print('function <-> cell cycle collected:', gc.collect())
import weakref
class Marker:
    pass
def gen(h):
    yield len(h)
def make_gen_cycle():
    holder = [Marker()]
    g = gen(holder)
    holder.append(g)
    next(g)
    return weakref.ref(holder[0])
r = make_gen_cycle()
print('suspended generator <-> list cycle keeps objects alive:', r() is not None)
n = gc.collect()
print('gc.collect() count (finalizing closes the generator, refcounting frees the rest):', n)
print('objects freed anyway:', r() is None)
class Node:
    pass
def build_tree(depth):
    n = Node()
    n.children = [build_tree(depth - 1) for _ in range(2)] if depth else []
    for c in n.children:
        c.parent = n
    return n
t = build_tree(3)
del t
print('tree of 15 nodes with parent links (nodes + children lists):', gc.collect())
gc.enable()
