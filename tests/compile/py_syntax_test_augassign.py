x = 5
x += 2; print(x)
x -= 1; print(x)
x *= 3; print(x)
x //= 4; print(x)
x /= 2; print(x)
x **= 2; print(x)
x %= 5; print(x)
y = 0b1100
y &= 0b1010; print(y)
y |= 1; print(y)
y ^= 0xF; print(y)
y <<= 3; print(y)
y >>= 1; print(y)
s = 'ab'
s += 'cd'; print(s)
s *= 2; print(s)
l = [1]
l2 = l
l += [2, 3]
print(l, l2, l is l2)
l *= 2
print(l, l is l2)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
d = {'a': 1}
d |= {'b': 2}
print(d)
st = {1, 2}
st |= {3}; st &= {2, 3, 4}; st -= {4}; st ^= {9}
print(sorted(st))
lst = [10, 20]
lst[0] += 5
print(lst)
dd = {'k': [1]}
dd['k'] += [2]
print(dd)
class A:
    v = 1
a = A()
a.v += 10
print(a.v, A.v)
f = 1.5
f += 1
print(f)
c = 1j
c *= 2
print(c)
ba = bytearray(b'ab')
ba += b'cd'
print(ba)
