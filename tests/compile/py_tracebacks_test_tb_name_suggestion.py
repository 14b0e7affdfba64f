counter = 0
def increment():
    return countr + 1
increment()
