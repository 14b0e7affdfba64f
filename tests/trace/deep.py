# recursion to RecursionError while tracing: caught, and the trace stays valid
def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError:
    print("deep")
