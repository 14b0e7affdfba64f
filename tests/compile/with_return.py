def f():
    with lock:
        return compute()
def g():
    for x in y:
        with c:
            break
