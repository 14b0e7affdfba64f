def none_implicit():
    x = 1
def none_bare():
    return
def multi():
    return 1, 2
def early(x):
    if x:
        return 'early'
    return 'late'
def in_loop():
    for i in range(10):
        if i == 3:
            return i
    return -1
def in_while():
    n = 0
    while True:
        n += 1
        if n == 5:
            return n
print(none_implicit(), none_bare(), multi(), early(1), early(0), in_loop(), in_while())
print(type(multi()))
