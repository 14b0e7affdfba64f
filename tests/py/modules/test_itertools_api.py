# itertools: each function's results, reprs and error messages (no classes).
import itertools
from itertools import (count, repeat, cycle, chain, islice, accumulate, starmap, takewhile,
                       dropwhile, compress, filterfalse, pairwise)


def err(f, *a, **k):
    try:
        r = f(*a, **k)
        print("no error", r)
    except Exception as e:
        print(type(e).__name__ + ":", e)


def first(it, n):
    return list(islice(it, n))


# count
print(first(count(), 4), first(count(5), 3), first(count(2, 3), 3), first(count(1.5, 0.5), 3))
print(first(count(start=10, step=-2), 3), first(count(1j), 2))
c = count(3)
print(repr(c), next(c), repr(c))
print(repr(count(0, 2)), repr(count(1.0)), repr(count(0, 1.0)), repr(count(step=1)))
for c in [count(True), count(True, 1), count(False, True), count(True, 2), count(2**70), count(1, 2**70)]:
    print(repr(c), list(islice(c, 3)), repr(c))
err(count, "a")
err(count, 0, "b")
err(count, 1, 2, 3)
err(count, x=1)
# repeat
print(list(repeat(7, 3)), list(repeat("a", 0)), list(repeat("a", -4)), first(repeat(None), 2))
r = repeat(1, 3)
print(repr(r), next(r), repr(r), repr(repeat("x")), list(repeat(object=5, times=2)))
err(repeat)
err(repeat, 1, 2, 3)
err(repeat, 1, "x")
err(repeat, 1, None)
# cycle
print(first(cycle("abc"), 7), list(cycle([])), first(cycle(range(2)), 5))
err(cycle)
err(cycle, 1)
err(cycle, [1], [2])
# chain
print(list(chain()), list(chain("ab", [1, 2], (), range(2))))
print(list(chain.from_iterable(["ab", "cd", []])), first(chain.from_iterable(repeat([1, 2])), 5))
err(list, chain([1], 2))
err(chain, x=1)
err(chain.from_iterable, 3)
print(type(chain()).__name__, type(chain.from_iterable([])).__name__)
# islice
print(list(islice("abcdefg", 3)), list(islice("abcdefg", 2, 5)), list(islice("abcdefg", 1, None, 2)))
print(list(islice("abcdefg", None)), list(islice(range(10), 0, 10, 3)), list(islice([], 5)))
print(list(islice("abc", 5, 9)), list(islice(count(), 2, 20, 7)), list(islice("abc", None, None, None)))
it = iter(range(10))
print(list(islice(it, 3)), next(it))
err(islice, "abc")
err(islice, "abc", -1)
err(islice, "abc", "x")
err(islice, "abc", -1, 3)
err(islice, "abc", 0, 3, 0)
err(islice, "abc", 0, 3, -1)
err(islice, "abc", 1, 2, 3, 4)
err(islice, 3, 1)
# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([])), list(accumulate("abc")))
print(list(accumulate([1, 2, 3], lambda a, b: a * b)), list(accumulate([3, 1, 4, 1, 5], max)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=5)))
print(list(accumulate([1, 2], None)), list(accumulate(iterable=[1, 2], func=None, initial=None)))
err(accumulate)
err(list, accumulate([1, "a"]))
err(accumulate, [1], min, 3)
err(accumulate, 5)
# starmap
print(list(starmap(pow, [(2, 3), (3, 2)])), list(starmap(max, [[1, 5], "ab"])))
err(starmap, pow)
err(list, starmap(pow, [3]))
err(starmap, pow, 3)
# takewhile / dropwhile
print(list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(bool, [])))
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(dropwhile(bool, [1, 1])))
tw = takewhile(lambda x: x < 2, [1, 2, 1])
print(list(tw), list(tw))
err(takewhile, len)
err(list, takewhile(len, [1]))
err(list, dropwhile(len, [1]))
err(dropwhile, None, 5)
# compress
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress("AB", [1, 1, 1, 1])))
print(list(compress(data=range(5), selectors=[0, 1, 0, 1, 1, 1])))
err(compress, "a")
err(compress, "a", 1)
# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, "", "a", []])))
print(list(filterfalse(bool, [0, 2])))
err(filterfalse, None)
err(list, filterfalse(len, [1]))
# pairwise
print(list(pairwise("abcd")), list(pairwise("a")), list(pairwise([])), list(pairwise(range(3))))
err(pairwise)
err(pairwise, 1)
err(pairwise, [1], x=2)
# types and module
print(type(count()), type(repeat(1)), type(pairwise([])))
print(isinstance(cycle([]), cycle), iter(c) is c)
