# docs/memory-model.md §2 Stack frames: one frame per call, last in first out, locals in it
import sys


def names_on_stack():
    frame = sys._getframe(1)
    names = []
    while frame is not None:
        names.append(frame.f_code.co_name)
        frame = frame.f_back
    return names


def inner(n):
    doubled = n * 2
    print("inner sees", names_on_stack())
    print("inner locals", sorted(sys._getframe().f_locals))
    return doubled


def outer():
    value = inner(21)
    print("outer sees", names_on_stack())
    return value


print(outer())
print("module sees", names_on_stack())
# Parameters are locals too: the frame keeps them in the same slots.
print(inner.__code__.co_varnames, inner.__code__.co_argcount)
