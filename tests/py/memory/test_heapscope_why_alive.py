# expected: hand-written (heapscope.why_alive has no CPython counterpart; python3 has no heapscope module, so the output was checked by hand): a shortest chain of references from a root to an object, or None
import gc
import heapscope


def steps(path):
    """The path as (kind, key, holder type name) triples (no addresses)."""
    if path is None:
        return None
    return [(s.kind, s.key, type(s.holder).__name__) for s in path]


# a module global: one step from the running module frame
target = object()
print('global:', steps(heapscope.why_alive(target)))

# nested containers: frame -> dict -> list -> object
box = {'items': [1, 2, target]}
inner = box['items']
del inner
print('nested:', steps(heapscope.why_alive(box['items']))[1:])


# a function local, seen from the innermost frame first
def f():
    mine = [object()]
    return steps(heapscope.why_alive(mine)), steps(heapscope.why_alive(mine[0]))


print('local:', f())


# an instance attribute and a class attribute
class Node:
    registry = []


n = Node()
n.child = Node()
Node.registry.append(object())
print('attribute:', steps(heapscope.why_alive(n.child)))
print('class attribute:', steps(heapscope.why_alive(Node.registry[0])))

# a module reached through sys.modules
import sys
print('sys.modules:', steps(heapscope.why_alive(gc)))


# kept alive only by a cycle: unreachable from every root (the argument of why_alive itself,
# a temporary on the caller's value stack, is not a root)
def make_cycle():
    a = []
    b = [a]
    a.append(b)
    return id(a), id(b)


gc.disable()
ida, idb = make_cycle()
print('cycle only:', heapscope.why_alive([o for o in gc.get_objects() if id(o) == ida][0]))
print('cycle only, other member:',
      heapscope.why_alive([o for o in gc.get_objects() if id(o) == idb][0]))
print('collected:', gc.collect() >= 2)
gc.enable()


# a closure variable
def make_counter():
    count = [0]

    def inc():
        count[0] += 1
        return count[0]
    return inc


counter = make_counter()
print('closure:', steps(heapscope.why_alive(counter.__closure__[0].cell_contents)))

# the result is a list of Ref records, the root first
path = heapscope.why_alive(box)
print(type(path).__name__, type(path[0]).__name__, len(path))
del path
