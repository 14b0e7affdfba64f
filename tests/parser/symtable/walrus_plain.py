if (n := 10) > 5:
    pass
def f():
    while (line := read()):
        print(line)
