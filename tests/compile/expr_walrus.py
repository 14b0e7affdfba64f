if (n := len(a)) > 10:
    print(n)
while (line := f()):
    g(line)
