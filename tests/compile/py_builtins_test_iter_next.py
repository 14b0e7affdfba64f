it = iter([1, 2])
print(next(it), next(it), next(it, 'default'), next(it, None))
try:
    next(it)
except StopIteration:
    print('StopIteration')
calls = [0]
def counter():
    calls[0] += 1
    return calls[0]
print(list(iter(counter, 4)))
vals = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(vals), '')))
try:
    iter(5, 1)
except TypeError as e:
    print(e)
try:
    next([1, 2])
except TypeError as e:
    print(e)
try:
    iter()
except TypeError as e:
    print(e)
class Seq:
    def __getitem__(self, i):
        if i < 3:
            return i * i
        raise IndexError
print(list(iter(Seq())), type(iter(Seq())).__name__)
ci = iter(counter, -1)
print(type(ci).__name__, next(ci), next(ci))
