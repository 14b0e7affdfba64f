print('before the error')
def divide(a, b):
    return a / b
def compute():
    x = 10
    return divide(x, 0) + 1
compute()
print('never printed')
