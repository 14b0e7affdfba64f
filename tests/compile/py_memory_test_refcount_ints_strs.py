import sys
def demo():
    big = 10 ** 30
    base = sys.getrefcount(big)
    refs = [big, big]
    print('big int in list twice:', sys.getrefcount(big) - base)
    s = ''.join(['dyn', 'amic', '-string'])
    sb = sys.getrefcount(s)
    t = s
    print('dynamic str alias:', sys.getrefcount(s) - sb)
    f = 1.0 / 3.0
    fb = sys.getrefcount(f)
    g = [f]
    print('float in list:', sys.getrefcount(f) - fb)
    print('None refcount is large:', sys.getrefcount(None) > 100)
    print('small int refcount is large:', sys.getrefcount(1) > 100)
demo()
