# Finalization at exit (issue #3): cycles with __del__, resurrection and generators at exit.
class Node:
    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        print("del node", self.name)


x = Node("x")
y = Node("y")
x.other = y
y.other = x
del x, y

keep = []


class Phoenix:
    def __del__(self):
        print("phoenix resurrects")
        keep.append(self)


p = Phoenix()


def gen():
    try:
        yield 1
        yield 2
    finally:
        print("generator closed at exit")


g = gen()
print(next(g))
print("end")
