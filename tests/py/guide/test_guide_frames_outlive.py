# docs/memory-model.md §2 Stack frames: locals outliving their frame (cells, generators)
def make_counter():
    count = 0

    def step():
        nonlocal count
        count += 1
        return count

    return step


counter = make_counter()
# make_counter has returned, but its local `count` lives on in a cell object.
print(counter(), counter(), counter())
print(make_counter.__code__.co_cellvars, counter.__code__.co_freevars)
cell = counter.__closure__[0]
print(type(cell).__name__, cell.cell_contents)


def numbers():
    n = 10
    while True:
        yield n
        n += 1


gen = numbers()
print(next(gen), next(gen))
# The generator's frame is suspended, not destroyed: its local n is still there.
print(gen.gi_frame.f_locals)
gen.close()
print(gen.gi_frame)
