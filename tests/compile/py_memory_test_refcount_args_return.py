import sys
def take(x):
    return sys.getrefcount(x)
def take_and_store(x, store):
    store.append(x)
def make():
    return [0]
def demo():
    a = []
    base = sys.getrefcount(a)
    inside = take(a)
    print('inside callee (argument adds refs):', inside - base > 0)
    print('after return, back to base:', sys.getrefcount(a) - base)
    store = []
    take_and_store(a, store)
    print('stored by callee:', sys.getrefcount(a) - base)
    store.pop()
    print('after pop:', sys.getrefcount(a) - base)
    r = make()
    rbase = sys.getrefcount(r)
    print('returned object base equals fresh list base:', rbase == base)
    alias = r
    print('alias of returned:', sys.getrefcount(r) - rbase)
    def nested():
        return a
    print('creating a closure over a (a lives in a cell) leaves the count unchanged:', sys.getrefcount(a) - base)
    got = nested()
    print('value returned by closure adds one more:', sys.getrefcount(a) - base)
demo()
