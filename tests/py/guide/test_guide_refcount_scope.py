# docs/memory-model.md §5 Reference counting: calls and containers add references
import sys

obj = []
base = sys.getrefcount(obj)


def look(x):
    # x is a second name for the same object, held by this call's frame
    return sys.getrefcount(x) - base


print(look(obj))
print(sys.getrefcount(obj) - base)


def keep(x):
    store.append(x)


store = []
keep(obj)
print(sys.getrefcount(obj) - base)
store.clear()
print(sys.getrefcount(obj) - base)
d = {"k": obj}
print(sys.getrefcount(obj) - base)
d["k"] = None
print(sys.getrefcount(obj) - base)
