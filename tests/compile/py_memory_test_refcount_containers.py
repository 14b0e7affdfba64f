import sys
def demo():
    item = object()
    base = sys.getrefcount(item)
    lst = [item]
    print('in a list:', sys.getrefcount(item) - base)
    lst.append(item)
    print('twice in the list:', sys.getrefcount(item) - base)
    tup = (item, item, item)
    print('plus tuple of 3:', sys.getrefcount(item) - base)
    d = {'k': item}
    print('plus dict value:', sys.getrefcount(item) - base)
    d2 = {item: 1}
    print('plus dict key:', sys.getrefcount(item) - base)
    s = {item}
    print('plus set member:', sys.getrefcount(item) - base)
    del lst
    print('after del list:', sys.getrefcount(item) - base)
    d.clear()
    print('after dict clear:', sys.getrefcount(item) - base)
    tup = None
    d2 = None
    s.discard(item)
    print('after dropping all:', sys.getrefcount(item) - base)
    nested = [[item]]
    print('nested list:', sys.getrefcount(item) - base)
    copy_ = nested[:]
    print('shallow copy of outer does not add refs to item:', sys.getrefcount(item) - base)
    copy2 = [x[:] for x in nested]
    print('copy of inner adds one:', sys.getrefcount(item) - base)
demo()
