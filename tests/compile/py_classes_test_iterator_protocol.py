class CountUp:
    def __init__(self, n):
        self.n = n
        self.i = 0
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
c = CountUp(3)
print(list(c), list(c))
print([x * 2 for x in CountUp(4)])
a, b, c2 = CountUp(3)
print(a, b, c2)
print(sum(CountUp(10)), max(CountUp(5)), sorted(CountUp(3), reverse=True))
class Reiterable:
    def __iter__(self):
        yield from range(3)
r = Reiterable()
print(list(r), list(r), 2 in r)
class NotIter:
    pass
try:
    iter(NotIter())
except TypeError as e:
    print(e)
try:
    for x in 5:
        pass
except TypeError as e:
    print(e)
class BadIter:
    def __iter__(self):
        return 42
try:
    iter(BadIter())
except TypeError as e:
    print(e)
it = iter(CountUp(2))
print(next(it), next(it), next(it, 'done'))
print(dict(zip(CountUp(3), 'abc')))
