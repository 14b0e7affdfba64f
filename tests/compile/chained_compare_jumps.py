if a < b < c:
    x()
if not (a < b < c):
    y()
while 0 <= i < n:
    i += 1
r = a == b == c
