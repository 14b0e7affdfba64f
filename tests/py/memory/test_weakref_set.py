# WeakSet of functions: membership, items vanishing with their referents, set operators and comparisons, pop/remove/discard errors
import weakref, gc, sys
def mk(n):
    def f(): pass
    f.__name__ = n
    return f
# WeakSet
s1, s2, s3 = mk("s1"), mk("s2"), mk("s3")
ws = weakref.WeakSet([s1, s2])
print(len(ws), s1 in ws, s3 in ws, 1 in ws, type(ws).__name__, type(ws).__module__)
ws.add(s3)
del s2
print(len(ws), sorted(f.__name__ for f in ws))
ws2 = weakref.WeakSet([s1])
print(ws2 <= ws, ws2 < ws, ws >= ws2, ws == weakref.WeakSet([s1, s3]), ws != ws2)
print(sorted(f.__name__ for f in ws | ws2), sorted(f.__name__ for f in ws - ws2), sorted(f.__name__ for f in ws & ws2), sorted(f.__name__ for f in ws ^ ws2))
ws.discard(s1)
print(len(ws), ws.isdisjoint(ws2))
try:
    ws.remove(s1)
except KeyError:
    print("KeyError remove")
print(ws.pop().__name__, len(ws))
try:
    ws.pop()
except KeyError as e:
    print(e)
print(repr(weakref.WeakSet()))
for stmt in ["weakref.WeakSet(1)", "weakref.WeakSet().remove(1)", "weakref.WeakSet() == set()",
             "weakref.WeakSet() <= set()", "weakref.WeakSet([int]) == weakref.WeakSet([int])"]:
    try:
        print(stmt, eval(stmt))
    except Exception as e:
        print(stmt, "->", type(e).__name__, e)
# removal deferred while iterating
a1, a2, a3 = mk("a1"), mk("a2"), mk("a3")
ws3 = weakref.WeakSet([a1, a2, a3])
it = iter(ws3)
x = next(it)
del a1, a2, a3
print(len(ws3) >= 1, x.__name__ in ("a1", "a2", "a3"))
del x, it
print(len(ws3), list(ws3))
# argument errors with the messages of the Python classes
for call in ["weakref.WeakSet(1, 2)", "weakref.WeakSet(x=1)", "weakref.WeakSet().add()",
             "weakref.WeakKeyDictionary(a=1)", "weakref.WeakValueDictionary(1, 2)",
             "weakref.WeakValueDictionary().get()", "weakref.KeyedRef(int)",
             "weakref.finalize(int)", "weakref.WeakMethod()"]:
    try:
        eval(call)
    except TypeError as e:
        print(call, "->", e)
print(len(weakref.WeakSet(data=[int])), weakref.WeakValueDictionary(a=int)["a"])
