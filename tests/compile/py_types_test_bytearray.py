ba = bytearray(b'hello')
print(ba, len(ba), ba[0], ba[1:3], type(ba[1:3]).__name__)
ba[0] = 72
print(ba)
ba[1:3] = b'EY'
print(ba)
ba[5:] = b' there'
print(ba)
ba.append(33)
ba.extend(b'??')
ba.extend([65, 66])
print(ba)
ba.insert(0, 62)
print(ba, ba.pop(), ba.pop(0), ba)
ba.remove(ord('?'))
print(ba)
del ba[0]
del ba[::2]
print(ba)
ba.reverse()
print(ba)
ba2 = bytearray(b'abc')
ba2 += b'def'
ba2 *= 2
print(ba2, ba2.count(b'a'), ba2.find(b'cd'), ba2.index(b'f'))
ba2.clear()
print(ba2, len(ba2), bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'))
c = bytearray(b'xyz')
d = c.copy()
d[0] = 65
print(c, d, c.upper(), type(c.upper()).__name__, c.decode())
print(bytearray.fromhex('4142'), bytearray(b'AB').hex(), bytes(bytearray(b'q')))
for bad in (lambda: c.__setitem__(0, 256), lambda: c.__setitem__(0, b'a'), lambda: c.remove(0),
            lambda: bytearray().pop(), lambda: hash(c), lambda: c.__setitem__(slice(0, 3, 2), b'abc')):
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
m = bytearray(b'mutable')
alias = m
m += b'!'
print(alias, alias is m)
print(bytearray(b'a') == b'a', bytearray(b'a') < bytearray(b'b'), b'a' + bytearray(b'b'))
