# docs/memory-model.md §9 Pooling: the small-int cache is -5..256; shared constants
def same(make, text):
    return make(text) is make(text)


print([same(int, s) for s in ("-6", "-5", "0", "256", "257")])

a = 257
b = 257
print(a is b)                 # True: one constant of the same code object


def f():
    return 257


print(f() is a)               # True: the compiler shares equal constants across the whole file
print(int("257") is a)        # False: built at run time, not cached
print(float("1.5") is float("1.5"))   # floats are never cached
