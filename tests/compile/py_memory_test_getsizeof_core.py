import sys
def f():
    pass
class C:
    pass
class S:
    __slots__ = ('a', 'b')
samples = [('None', None), ('True', True), ('False', False), ('0', 0), ('1', 1), ('-1', -1), ('2**30', 2 ** 30),
           ('2**60', 2 ** 60), ('1.5', 1.5), ('1j', 1j), ("''", ''), ("'a'", 'a'), ("b''", b''), ("b'a'", b'a'),
           ('bytearray()', bytearray()), ('()', ()), ('(1,)', (1,)), ('[]', []), ('[1]', [1]), ('{}', {}),
           ("{'a': 1}", {'a': 1}), ('set()', set()), ('{1}', {1}), ('frozenset()', frozenset()),
           ('range(10)', range(10)), ('slice(1)', slice(1)), ('object()', object()), ('function', f),
           ('C()', C()), ('S()', S()), ('Ellipsis', ...), ('NotImplemented', NotImplemented),
           ('iter([])', iter([])), ('lambda', lambda: 0), ('generator', (x for x in [])), ('slot wrapper', C.__init__)]
for name, obj in samples:
    print(f'{name:>18} {type(obj).__name__:>20} {sys.getsizeof(obj)}')
print(sys.getsizeof(1, 'default'), sys.getsizeof([], 0))
