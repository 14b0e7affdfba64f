import gc
gc.disable()
gc.collect()
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None
a = Node('a')
b = Node('b')
a.other = b
b.other = a
del a, b
print('two instances in a cycle:', gc.collect())
n = Node('self')
n.other = n
del n
print('self-referencing instance:', gc.collect())
n = Node('with dict')
n.other = n
n.__dict__
del n
print('self-referencing instance whose __dict__ was materialised:', gc.collect())
class Slotted:
    __slots__ = ('other',)
s = Slotted()
s.other = s
del s
print('slotted self-cycle:', gc.collect())
class Parent:
    def __init__(self):
        self.children = []
class Child:
    def __init__(self, parent):
        self.parent = parent
        parent.children.append(self)
p = Parent()
for _ in range(3):
    Child(p)
del p
print('parent with 3 children (back references):', gc.collect())
gc.enable()
