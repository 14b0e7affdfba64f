# Integer loops: arithmetic and comparisons on small ints in a while loop.
def run(n):
    total = 0
    i = 0
    while i < n:
        total += i * 3 % 7
        i += 1
    return total

print(run(3_000_000))
