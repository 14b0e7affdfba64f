# Regression: types.GenericAlias, collections.deque and bytearray have CPython's
# __reduce__ / __reduce_ex__, so deepcopy rebuilds them with their contents (deque and
# bytearray deep copies came back empty; list[int] could not be copied at all).
import collections
import copy
import types


class BA(bytearray):
    pass


class DQ(collections.deque):
    pass


b = BA(b"\xffa")
b.k = 1
dq = DQ([3, [4]], 4)
dq.tag = "t"
for o in (bytearray(b"\xff\x00z"), bytearray(), b):
    for p in (0, 1, 2, 3, 4):
        print(p, o.__reduce_ex__(p))
    print(o.__reduce__())
    c, d = copy.copy(o), copy.deepcopy(o)
    print(type(c).__name__, c, type(d).__name__, d, getattr(d, "__dict__", None))
for o in (collections.deque([1, [2]], 5), collections.deque(), dq):
    r = o.__reduce__()
    print(r[0], r[1], r[2], list(r[3]))
    c, d = copy.copy(o), copy.deepcopy(o)
    print(type(c).__name__, c, d, d.maxlen, getattr(d, "__dict__", None))
    if len(o) > 1:
        print(d[1] is o[1], d[1] == o[1])
print(list[int].__reduce__(), types.GenericAlias(dict, (str, int)).__reduce__())
print(copy.copy(list[int]), copy.deepcopy(dict[str, list[int]]), copy.copy(tuple[int, ...]))
print(copy.copy(list[int]) == list[int])
