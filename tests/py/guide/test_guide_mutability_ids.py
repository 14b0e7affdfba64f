# docs/memory-model.md §8 Mutability: rebinding vs changing in place; assignment never copies
x = 1000
before = id(x)
x = x + 1
print(id(x) == before)        # a new int object

lst = [1, 2]
before = id(lst)
lst.append(3)
lst += [4]
print(lst, id(lst) == before)  # the same list, changed in place

t = (1, 2)
before = id(t)
t += (3,)
print(t, id(t) == before)      # += on a tuple builds a new tuple

# Assignment copies a reference, never the object: no new memory location.
a = [1, 2]
b = a
b.append(99)
print(a, a is b)

# "Modifying" an immutable value does not always give a new object either.
s = "abc"
print(s + "" is s, s[:] is s, str(s) is s)
n = 7
print(n * 1 is n)
