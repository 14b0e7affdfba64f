a = 1; b = 2; print(a + b)
for i in range(2): print(i); print(i * 10)
while a < 3: a += 1
print(a)
def f(): return 'one-line def'
print(f())
class K: x = 1; y = 2
print(K.x + K.y)
if a == 3: print('three')
else: print('other')
try: 1 / 0
except ZeroDivisionError: print('zde')
finally: print('fin')
with open('/dev/null') as fh: print(fh.read() == '')
