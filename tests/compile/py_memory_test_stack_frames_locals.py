import sys
def depth():
    n = 0
    f = sys._getframe()
    while f is not None:
        n += 1
        f = f.f_back
    return n
def level3():
    return depth()
def level2():
    return level3()
def level1():
    return level2()
base = depth()
print('frames added by three nested calls:', level1() - base)
def names_in_frame():
    a = 1
    b = 'two'
    frame = sys._getframe()
    return sorted(frame.f_locals), frame.f_code.co_name
print(names_in_frame())
def caller_name():
    return sys._getframe(1).f_code.co_name
def some_caller():
    return caller_name()
print(some_caller())
def recurse(n, seen):
    seen.append(depth())
    if n:
        recurse(n - 1, seen)
    return seen
s = recurse(4, [])
print('each recursive call adds one frame:', [x - s[0] for x in s])
def locals_are_fresh():
    x = []
    x.append(1)
    return x
print(locals_are_fresh(), locals_are_fresh(), locals_are_fresh() is locals_are_fresh())
