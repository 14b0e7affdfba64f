print(1 < 2 < 3, 1 < 3 < 2, 3 > 2 > 1, 1 == 1 == 1, 1 == 1 != 2)
print(1 < 2 > 0, 1 <= 1 >= 1, 0 < 1 <= 1 < 2)
def v(x):
    print('v', x)
    return x
print(v(1) < v(2) < v(3))
print(v(3) < v(2) < v(1))
print(v(1) < v(0) < v(1 / 1))
x = 5
print(0 < x < 10, 0 < x < 3, 10 > x >= 5)
print('a' < 'b' < 'c', [1] < [2] < [3])
print(1 in [1] in [[1]])
print((1 < 2) < 3)
