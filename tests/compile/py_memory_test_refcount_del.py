import sys
class Tracked:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  __del__', self.name)
def demo():
    print('create a')
    a = Tracked('a')
    b = a
    print('del a (b still refers):')
    del a
    print('del b (last reference):')
    del b
    print('rebind:')
    x = Tracked('x1')
    x = Tracked('x2')
    print('list holding object, then clear:')
    l = [Tracked('in-list')]
    l.clear()
    print('dict value replaced:')
    d = {'k': Tracked('old')}
    d['k'] = Tracked('new')
    print('function returns; locals die:')
demo()
print('after demo returned')
def temp():
    Tracked('temporary')
    print('temporary already gone')
temp()
print('end')
