# Class instances: many small objects with __init__ and attributes, some with __slots__.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Slotted:
    __slots__ = ("a", "b", "c")

    def __init__(self, a, b, c):
        self.a = a
        self.b = b
        self.c = c


class Node:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


def run(n):
    total = 0
    head = None
    for i in range(n):
        p = Point(i, i + 1)
        s = Slotted(i, 2, p.y)
        q = Point3(s.a, s.c, 7)
        total += p.x + s.b + q.z + q.y
        head = Node(i, head if i % 64 else None)
    while head is not None:
        total += head.value
        head = head.next
    return total


print(run(300_000))
