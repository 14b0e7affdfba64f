# two instances referring to each other: unreachable after del, freed by gc.collect()
import gc


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


a = Node("a")
b = Node("b")
a.other = b
b.other = a
del a, b
n = gc.collect()
print(n)
