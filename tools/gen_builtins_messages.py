#!/usr/bin/env python3
"""Print CPython 3.11's results and error messages for the calls tests/c/test_builtins*.c and
tests/c/test_sys.c check (the C tests embed these strings; rerun to re-verify)."""
import sys
CASES = [
    "len()", "len(1)", "len([], [])", "abs('a')", "divmod(1)", "divmod(7, 0)",
    "chr(-1)", "chr(0x110000)", "chr('a')", "ord('ab')", "ord('')", "ord(1)",
    "getattr(1)", "getattr(1, 'x')", "getattr(1, 2)", "setattr(1, 'x', 2)", "hasattr(1, 2)",
    "delattr(1)", "iter()", "iter(1)", "iter(1, 2)", "next(1)", "next(iter([]))",
    "max()", "max([])", "max(1)", "min([], default=5)", "max(1, 2, default=0)", "max([], x=1)",
    "min(1, 2, key=1)", "sum(['a'], 'b')", "sum([b'a'], b'')", "sum([bytearray()], bytearray())",
    "sum()", "sum([1], start='')", "sorted()", "sorted([], 1)", "sorted([], x=1)",
    "isinstance(1, 1)", "issubclass(1, int)", "issubclass(int, 1)", "isinstance(1)",
    "hex(1.0)", "bin('a')", "round('a')", "round(1.5, 'a')", "pow(2)", "pow(2, 3, 0)",
    "pow(2, -1, 5)", "pow(2.0, 3, 5)", "format(1, 2)", "format(object(), 'x')", "format([], 'x')",
    "hash([])", "repr()", "callable()", "enumerate()", "enumerate(1)", "enumerate([], 'a')",
    "zip([1], [1, 2], strict=True)", "zip([1, 2], [1], strict=True)",
    "zip([1], [1], [1, 2], strict=True)", "zip(1)", "map(abs)", "map()", "filter(None)",
    "reversed(1)", "reversed({})", "reversed()", "vars(1)", "vars(1, 2)", "dir(1, 2)",
    "print(sep=1)", "print(end=1)", "print(file=1)", "print(x=1)", "next(iter([]), 5)",
    "list(zip([1], [1, 2], strict=True))", "list(zip([1, 2], [1], strict=True))",
    "list(zip([1], [1], [1, 2], strict=True))", "list(zip([1,2], [1], [1], strict=True))",
    "enumerate([], start='a')", "enumerate(x=1)", "input(1, 2)", "all(1)", "any(1)", "zip(x=1)",
    "sys.exit(1, 2)", "sys.getsizeof()", "sys.setrecursionlimit(0)", "sys.setrecursionlimit('a')",
    "sys.intern(1)", "sys.getrefcount()", "sys.stdout.write(1)", "sys.stdout.write()",
    "abs(-5)", "round(2.5)", "round(2.675, 2)", "round(1234, -2)", "divmod(-7, 2)",
    "pow(3, 4, 5)", "pow(2, -1)", "bin(-10)", "oct(8)", "hex(-255)", "ascii('é\\n')",
    "format(3.14159, '.2f')", "format(42)", "format(42, 'x')", "sum([0.1]*10)", "sum([1, 2.5])",
    "sum([[1], [2]], [])", "max('hello')", "min([3, 1, 2], key=lambda x: -x)",
    "sorted([3, 1, 2], reverse=True)", "list(enumerate('ab', 5))", "list(zip('ab', [1, 2, 3]))",
    "list(map(pow, [2, 3], [3, 2]))", "list(filter(None, [0, 1, '', 'a']))",
    "list(reversed((1, 2, 3)))", "list(reversed(range(3)))", "isinstance(1, (str, (int,)))",
    "issubclass(bool, (str, int))", "callable(len)", "callable(1)", "chr(955)", "ord('λ')",
    "repr('a')", "sys.getsizeof(1)", "sys.getsizeof([])", "sys.getsizeof(())",
    "sys.getsizeof(enumerate([]))", "sys.getsizeof('abc')", "sys.getsizeof({})",
    "sys.stdout.write('héllo\\n')", "sys.hexversion", "sys.maxsize", "sys.maxunicode",
    "sys.byteorder", "sys.getdefaultencoding()", "sys.version_info[:5]", "sys.is_finalizing()",
    "sys.stdout.encoding", "sys.stdout.errors", "sys.stdin.fileno()", "sys.stderr.fileno()",
    "repr(enumerate)", "repr(zip)", "type(reversed([])).__name__", "type(reversed(())).__name__",
    "type(iter(int, 1)).__name__", "type(map(abs, [])).__name__", "max(1, 2, 3)",
    "min('b', 'a', 'c')", "max([1, 3, 2], key=lambda x: -x)", "max([], default=None)",
    "all([1, 0])", "any([0, 0, 3])", "sum(range(5), 10)", "sum([], start=7)",
    "getattr(1, 'x', 9)", "hasattr(1, 'real')", "len({1: 2})", "divmod(7.5, 2)",
    "round(-0.5)", "round(0.5)", "round(1.25, 1)", "pow(-2, 3)", "pow(2, 0.5)",
    "id(None) == id(None)", "hash(1) == hash(1.0)", "hash((1, 2))", "sys.float_info.max",
    "sys.int_info", "sys.hash_info.width", "sys.flags.optimize", "sys.platform", "sys.implementation.name",
]
for c in CASES:
    try:
        r = eval(c)
        print(f"{c}\t=\t{r!r}")
    except BaseException as e:
        print(f"{c}\t!\t{type(e).__name__}: {e}")
