class Stack:
    """A simple stack."""

    def __init__(self):
        self._items = []

    def push(self, item):
        self._items.append(item)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        return f"Stack({self._items!r})"


def main():
    s = Stack()
    for i in range(5):
        s.push(i * i)
    while len(s) > 0:
        try:
            print(s.pop())
        except IndexError as exc:
            print("error", exc)
            break
    return s


if __name__ == "__main__":
    main()
