import sys
class K:
    def method(self):
        return self
def demo():
    obj = K()
    base = sys.getrefcount(obj)
    bm = obj.method
    print('bound method holds self:', sys.getrefcount(obj) - base)
    del bm
    print('after del bound method:', sys.getrefcount(obj) - base)
    def uses_default(x=obj):
        return x
    print('default argument value holds a ref:', sys.getrefcount(obj) - base)
    del uses_default
    print('after deleting the function:', sys.getrefcount(obj) - base)
    attr_holder = K()
    attr_holder.ref = obj
    print('instance attribute:', sys.getrefcount(obj) - base)
    attr_holder.ref = None
    print('after clearing the attribute:', sys.getrefcount(obj) - base)
    it = iter([obj])
    print('list iterator keeps the list, list keeps obj:', sys.getrefcount(obj) - base)
    next(it)
    del it
    print('after exhausting and dropping the iterator:', sys.getrefcount(obj) - base)
    g = (x for x in [obj])
    print('generator over a list with obj:', sys.getrefcount(obj) - base)
    del g
    print('after del generator:', sys.getrefcount(obj) - base)
    m = {obj: obj}
    print('dict with obj as key and value:', sys.getrefcount(obj) - base)
    m.clear()
    print('after clear:', sys.getrefcount(obj) - base)
demo()
