z = 3 + 4j
print(z, repr(z), z.real, z.imag, z.conjugate(), abs(z))
print(complex(1), complex(1, 2), complex('1+2j'), complex('  -3j '), complex('2'), complex(), complex(1j, 1j))
print(complex(-0.0, -0.0), complex(0, -0.0), -0j, 0j + 0, 1j ** 2, (1 + 1j) ** 2)
print((1 + 2j) + (3 - 1j), (1 + 2j) * (3 - 1j), (1 + 2j) / (3 - 1j), (1 + 2j) - 1)
print(1j ** 0, (2 + 0j) ** 0.5, 2 ** 1j)
print(z == 3 + 4j, z != 3, complex(3, 0) == 3, hash(complex(3, 0)) == hash(3))
print(complex('inf+nanj'), complex(float('inf'), 1), complex(1e300, 1e300) * 10)
print(repr(complex(1.5, -2.5)), str(complex(0, 1)), repr(1e20j), repr(-1e-20 - 1j))
try:
    z < z
except TypeError as e:
    print(e)
try:
    complex('1+2')
except ValueError as e:
    print(e)
try:
    int(z)
except TypeError as e:
    print(e)
try:
    z // 2
except TypeError as e:
    print(e)
print(format(z, '.2f'), f'{z:>20}', f'{1.5 - 2j:g}', '{:.1e}'.format(1 + 1j))
print(bool(0j), bool(1j), bool(complex(0, -0.0)))
