# gc.set_debug output: DEBUG_STATS, DEBUG_COLLECTABLE, DEBUG_UNCOLLECTABLE, DEBUG_SAVEALL and DEBUG_LEAK lines as CPython writes them to sys.stderr (addresses and times masked)
import gc, io, sys

def run(flags, make):
    gc.collect()
    buf = io.StringIO()
    saved = sys.stderr
    sys.stderr = buf
    gc.set_debug(flags)
    try:
        make()
        found = gc.collect()
    finally:
        gc.set_debug(0)
        sys.stderr = saved
    return found, ''.join(mask(line) for line in buf.getvalue().splitlines(True))

def mask(line):
    # addresses, pause times and whole-heap counts differ from run to run
    if line.startswith('gc: objects in each generation:'):
        return 'gc: objects in each generation: ...\n'
    if line.startswith('gc: done,'):
        return line[:line.rindex(',')] + ', Ts elapsed\n'
    if ' 0x' in line:
        return line[:line.index(' 0x')] + ' ADDR>\n'
    return line

class Node:
    pass

def node_cycle():
    a = Node()
    b = Node()
    a.other, b.other = b, a

def list_cycle():
    l = []
    l.append(l)

def dict_cycle():
    d = {}
    d['self'] = d

for name, flags in [('STATS', gc.DEBUG_STATS), ('COLLECTABLE', gc.DEBUG_COLLECTABLE),
                    ('UNCOLLECTABLE', gc.DEBUG_UNCOLLECTABLE),
                    ('COLLECTABLE|STATS', gc.DEBUG_COLLECTABLE | gc.DEBUG_STATS)]:
    for make in (node_cycle, list_cycle, dict_cycle):
        found, text = run(flags, make)
        print(name, make.__name__, found)
        print(text, end='')
found, text = run(gc.DEBUG_SAVEALL | gc.DEBUG_COLLECTABLE, list_cycle)
print('SAVEALL', found, len(gc.garbage), type(gc.garbage[0]).__name__)
print(text, end='')
gc.garbage.clear()
found, text = run(gc.DEBUG_LEAK, node_cycle)
print('LEAK', found, len(gc.garbage), sorted(type(o).__name__ for o in gc.garbage))
print(text, end='')
gc.garbage.clear()
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
