class R:
    def __round__(self, n=None):
        return ('custom', n)
print(round(R()), round(R(), 3), round(R(), None))
for v in (0.5, 1.5, 2.5, 3.5, -0.5, -1.5, 0.25, 0.35, 10.0, 1e16 + 1):
    print(v, round(v), round(v, 1), round(v, None))
print(round(7), round(7, 0), round(-7, -1), round(15, -1), round(25, -1), round(10 ** 20 + 5, -1))
try:
    round('1')
except TypeError as e:
    print(e)
try:
    round(1.5, 1.5)
except TypeError as e:
    print(e)
print(type(round(1.5)), type(round(1.5, 0)), type(round(5, 1)))
