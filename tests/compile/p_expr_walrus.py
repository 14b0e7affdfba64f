if (n := len(a)) > 10:
    pass
while (line := f()):
    pass
[y := 1, y ** 2]
print(x := 5)
f(a, b := 2)
x = (y := 3)
