# docs/memory-model.md §1 Segments: module-level names live in the globals dict
import dis
import sys

x = 10
y = 20
print(type(globals()).__name__)
print(globals()["x"], globals()["y"])
# globals() is the module object's __dict__: the "global symbol table" is a dict.
print(globals() is sys.modules[__name__].__dict__)
# Writing to the dict creates a global variable; deleting the key removes it.
globals()["z"] = 30
print(z)
del globals()["z"]
print("z" in globals())


def show():
    local = 1
    return local + x


# Inside a function, a local is a fast slot in the frame (LOAD_FAST) while a
# module-level name is looked up in the globals dict (LOAD_GLOBAL).
dis.dis(show)
print(show.__globals__ is globals())


# Python has no "static" variables. What lives as long as a function does is stored
# on the function object, e.g. a default value, evaluated once:
def remember(item, seen=[]):
    seen.append(item)
    return len(seen)


print(remember("a"), remember("b"), remember.__defaults__)
