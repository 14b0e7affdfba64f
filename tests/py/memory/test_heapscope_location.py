# expected: hand-written (heapscope.location has no CPython counterpart; python3 has no heapscope module, so the output was checked by hand against CPython 3.11's obmalloc geometry): arena, pool, size class and block of an object
import sys
import heapscope

POOL_SIZE = 16384
POOL_OVERHEAD = 48


def show(label, obj):
    loc = heapscope.location(obj)
    print(label, loc.kind, loc.size_class, loc.block_size, loc.header)
    return loc


# static objects are not heap blocks
for o in (None, True, 5, 256, (), int, type):
    loc = heapscope.location(o)
    print('static', type(o).__name__, loc.kind, loc.arena, loc.pool, loc.size_class, loc.address == id(o))

# small blocks: size class = (bytes - 1) >> 4, block size 16 * (class + 1)
show('object()', object())           # 16 bytes, no GC head
show('float', 1.5)                   # 24 bytes
show('int 1000', 1000)               # 28 bytes
show('empty list', [])               # 40 + GC head 16
show('empty dict', {})               # 48 + GC head 16
show('1-tuple', (object(),))         # 32 + 16


class Inst:
    pass


class Slot2:
    __slots__ = ('a', 'b')


i = show('instance', Inst())         # 24 (with __weakref__) + GC head 16 + managed-dict pre-header 16 = 56
s = show('slots', Slot2())           # 32 + 16, no dict
show('str 100', 'x' * 100)           # 149 bytes
show('str 500', 'y' * 500)           # 549 bytes: over 512, from the C library
big = show('list of 100', [None] * 100)   # the list object itself stays small

# the block's arithmetic: block start = object - header, inside its pool after the pool header
loc = heapscope.location(i)
print('address = id - header:', loc.address == id(i) - loc.header)
print('pool contains block:', loc.pool <= loc.address < loc.pool + POOL_SIZE)
print('offset:', loc.offset == loc.address - loc.pool)
print('block index:', loc.block_index == (loc.offset - POOL_OVERHEAD) // loc.block_size)
print('offset aligned:', (loc.offset - POOL_OVERHEAD) % loc.block_size == 0)
print('pool aligned:', loc.pool % POOL_SIZE == 0)
print('pool in arena:', loc.arena_address <= loc.pool < loc.arena_address + (1 << 20))
print('pool index:', loc.pool_index == (loc.pool - loc.arena_address) // POOL_SIZE)
print('arena index is an int:', isinstance(loc.arena, int) and loc.arena >= 0)

# large blocks have no arena or pool; block_size is the requested size
loc = heapscope.location(b'z' * 5000)
print('large:', loc.kind, loc.arena, loc.pool, loc.size_class, loc.block_size == 5000 + sys.getsizeof(b'') , loc.header)

# objects of one size class allocated one after the other share a pool
a, b = 1.25, 2.5
la, lb = heapscope.location(a), heapscope.location(b)
print('same class:', la.size_class == lb.size_class)

# a freed block is reused by the next object of the same class (instances have no free list)
f = Inst()
addr = heapscope.location(f).address
del f
g = Inst()
print('reused:', heapscope.location(g).address == addr)

# the record
loc = heapscope.location([])
print(type(loc).__name__, len(loc), loc[0] == loc.kind)
