# Seed 001, fragment 2: a name referring to an int object on the heap.
# Added: prints of the object's type and value.
x = 10
print(type(x).__name__, x)
