try:
    a()
except ValueError:
    b()
