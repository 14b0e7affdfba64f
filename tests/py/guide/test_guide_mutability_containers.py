# docs/memory-model.md §8 Mutability: a tuple holding a list changes, and is no key
t = ([1], "a")
t[0].append(2)
print(t)
try:
    t[0] = [9]
except TypeError as e:
    print("TypeError:", e)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
try:
    {t: 1}
except TypeError as e:
    print("TypeError:", e)
print({(1, "a"): 1}, {frozenset({1, 2}): "ok"})

# Three references to one inner list, not three lists:
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
