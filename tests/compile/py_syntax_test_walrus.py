if (n := 10) > 5:
    print('n is', n)
data = [1, 2, 3, 4, 5, 6]
print([y for x in data if (y := x * 2) > 6])
print(y)
vals = iter([3, 2, 1, 0, 9])
while (v := next(vals)) != 0:
    print('got', v)
print((a := 1) + (b := 2), a, b)
print([last := i for i in range(4)], last)
def f():
    print([(t := k) for k in 'abc'])
    return t
print(f())
total = 0
print([total := total + i for i in range(5)])
print(total)
print(any((hit := x) > 3 for x in data), hit)
