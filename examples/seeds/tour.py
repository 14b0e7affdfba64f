# The `make demo` tour: what the notes in ../shared/seeds/ claim, observed.
# Every figure printed here is CPython 3.11's on 64-bit Linux; heapscope must print the same.
import sys

print("== every value is a heap object with a header ==")
for value in [0, 1, 2 ** 30, 2 ** 100, 1.5, "", "abc", "é", (), (1, 2), [], [1, 2], {}, None]:
    print(f"{type(value).__name__:>8} {value!r:>40}  getsizeof = {sys.getsizeof(value)}")

print("\n== names are references; the object counts them ==")
big = [1, 2, 3]
print("one name:", sys.getrefcount(big) - 1)   # getrefcount's own argument is one more
alias = big
print("two names:", sys.getrefcount(big) - 1)
holder = [big, big]
print("plus two list slots:", sys.getrefcount(big) - 1)
del alias, holder
print("after del:", sys.getrefcount(big) - 1)

print("\n== small ints are cached, so `is` can surprise ==")
a = 256
b = int("256")
c = 257
d = int("257")
print("256 is 256:", a is b, "  257 is 257:", c is d, "  but ==:", c == d)

print("\n== a list over-allocates as it grows ==")
items = []
last = sys.getsizeof(items)
print(f"len  0: {last} bytes")
for i in range(20):
    items.append(i)
    size = sys.getsizeof(items)
    if size != last:
        print(f"len {len(items):2}: {size} bytes (room for {(size - 56) // 8} pointers)")
        last = size

print("\n== a dict's table grows in steps ==")
d = {}
last = sys.getsizeof(d)
for i in range(12):
    d[i] = i
    if sys.getsizeof(d) != last:
        last = sys.getsizeof(d)
        print(f"{len(d):2} keys: {last} bytes")

print("\n== immutable: 'changing' a string makes a new object ==")
s = "heap"
before = id(s)
s += "scope"
print(s, "same object:", id(s) == before)
t = [1]
before = id(t)
t += [2]
print(t, "same object:", id(t) == before)

print("\n== an object of a class: a header, a weakref slot and a hidden __dict__ ==")
import gc


class Student:
    def __init__(self, name):
        self.name = name


alice = Student("Alice")
print("sys.getsizeof(alice):", sys.getsizeof(alice), "bytes")
print("refcount of alice:", sys.getrefcount(alice) - 1)
team = [alice, alice]
print("after putting her twice in a list:", sys.getrefcount(alice) - 1)
del team
bob = Student("Bob")
alice.friend, bob.friend = bob, alice   # a reference cycle
del alice, bob
print("the collector frees the cycle:", gc.collect(), "objects")
