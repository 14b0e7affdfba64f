# Seed 000 (Python Memory Model), fragment 1: stack frame for a call. Runnable as written.
def add(a, b):
    result = a + b  # 'result' is stored in stack
    return result

x = 10  # 'x' is stored in stack
y = 20  # 'y' is stored in stack
print(add(x, y))  # Function call and parameters stored in stack
