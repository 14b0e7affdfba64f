print(any([]), all([]), any([0, 0, 1]), all([1, 1, 0]), any('a'), all(''), any([None, '']), all([[0]]))
def gen(vals):
    for v in vals:
        print('yield', v)
        yield v
print(any(gen([0, 1, 2])))
print(all(gen([1, 0, 2])))
print(any(x > 3 for x in range(5)), all(x < 5 for x in range(5)))
try:
    any(5)
except TypeError as e:
    print(e)
