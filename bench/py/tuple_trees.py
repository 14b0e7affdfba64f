# Allocation-heavy trees: build and walk binary trees of tuples (allocation, refcounts, free).
def make(depth):
    return (None, None) if depth == 0 else (make(depth - 1), make(depth - 1))

def count(t):
    left, right = t
    return 1 if left is None else 1 + count(left) + count(right)

total = 0
for _ in range(20):
    total += count(make(14))
print(total)
