for v in (0, 1, 2):
    print('zero' if v == 0 else 'one' if v == 1 else 'many')
print((lambda n: 'even' if n % 2 == 0 else 'odd')(7))
x = [i if i % 2 else -i for i in range(5)]
print(x)
print(1 + (2 if True else 3))
print(1 + 2 if False else 3)
def side(n):
    print('side', n)
    return n
print(side(1) if side(0) else side(2))
