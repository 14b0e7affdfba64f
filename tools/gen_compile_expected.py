#!/usr/bin/env python3
"""Write tests/compile/NAME.expected for every compile case: the canonical dump of
every code object python3 (CPython 3.11) compiles from the file, recursively in co_consts
order. tests/c/test_compile.c writes the same dump from heapscope's compiler and compares
byte for byte. A first line '# mode: eval' / '# mode: single' selects the compile mode.

The cases (each compiled under its case NAME as filename) are:
  tests/compile/NAME.py            written for the compiler
  tests/parser/cases/X.py          as NAME p_X.py (the parser's cases, read in place)
  tests/py/DIR/test_Y.py           as NAME py_DIR_test_Y.py (the conformance scripts)

Dump format (one item per line):
  code QUALNAME                      start of a code object
  name / flags / argcount posonly kwonly / stacksize / firstlineno
  varnames|cellvars|freevars|names N: n1 n2 ...
  const I: CANON                    int:DEC, str:ESC, None, True, False, Ellipsis,
                                    tuple(CANON, ...), code:QUALNAME, bytes:HEX, float:REPR
  code units: one 'OPNAME ARG' per 16-bit unit (CACHE units included)
  linetable HEX / exctable HEX
"""
import glob
import os
import sys

assert sys.version_info[:2] == (3, 11), "the oracle must be CPython 3.11"
import dis

HERE = os.path.dirname(os.path.abspath(__file__))
CASES = os.path.join(HERE, '..', 'tests', 'compile')


def esc(s):
    out = []
    for ch in s:
        o = ord(ch)
        if 0x20 <= o < 0x7f and ch != '\\':
            out.append(ch)
        else:
            out.append('\\u{%x}' % o)
    return ''.join(out)


def canon(k):
    if k is None:
        return 'None'
    if k is True:
        return 'True'
    if k is False:
        return 'False'
    if k is Ellipsis:
        return 'Ellipsis'
    if type(k) is int:
        return 'int:%d' % k
    if type(k) is str:
        return 'str:' + esc(k)
    if type(k) is bytes:
        return 'bytes:' + k.hex()
    if type(k) is float:
        return 'float:' + repr(k)
    if type(k) is complex:
        return 'complex:' + repr(k)
    if type(k) is tuple:
        return 'tuple(' + ', '.join(canon(x) for x in k) + ')'
    if type(k) is frozenset:
        return 'frozenset(' + ', '.join(sorted(canon(x) for x in k)) + ')'
    if hasattr(k, 'co_qualname'):
        return 'code:' + esc(k.co_qualname)
    raise TypeError(type(k))


def dump(co, out):
    out.append('code ' + esc(co.co_qualname))
    out.append('name ' + esc(co.co_name))
    out.append('flags %d' % co.co_flags)
    out.append('args %d %d %d' % (co.co_argcount, co.co_posonlyargcount, co.co_kwonlyargcount))
    out.append('stacksize %d' % co.co_stacksize)
    out.append('firstlineno %d' % co.co_firstlineno)
    for label, seq in (('varnames', co.co_varnames), ('cellvars', co.co_cellvars),
                       ('freevars', co.co_freevars), ('names', co.co_names)):
        out.append('%s %d: %s' % (label, len(seq), ' '.join(esc(x) for x in seq)))
    for i, k in enumerate(co.co_consts):
        out.append('const %d: %s' % (i, canon(k)))
    raw = co.co_code
    for i in range(0, len(raw), 2):
        out.append('%s %d' % (dis.opname[raw[i]], raw[i + 1]))
    out.append('linetable ' + co.co_linetable.hex())
    out.append('exctable ' + co.co_exceptiontable.hex())
    for k in co.co_consts:
        if hasattr(k, 'co_qualname'):
            dump(k, out)


def mode_of(src):
    if src.startswith('# mode: eval'):
        return 'eval'
    if src.startswith('# mode: single'):
        return 'single'
    return 'exec'


def cases():
    """(case name, source path) for every case; tests/c/test_compile.c lists the same."""
    root = os.path.join(HERE, '..')
    out = [(os.path.basename(p), p) for p in glob.glob(os.path.join(CASES, '*.py'))]
    for p in glob.glob(os.path.join(root, 'tests', 'parser', 'cases', '*.py')):
        out.append(('p_' + os.path.basename(p), p))
    for p in glob.glob(os.path.join(root, 'tests', 'py', '*', 'test_*.py')):
        out.append(('py_%s_%s' % (os.path.basename(os.path.dirname(p)), os.path.basename(p)), p))
    return sorted(out)


def main():
    n = 0
    for name, path in cases():
        with open(path, 'rb') as f:
            src = f.read()
        try:
            co = compile(src, name, mode_of(src.decode('utf-8', 'replace')), dont_inherit=True)
        except SyntaxError as e:
            print('not compilable by python3 (skipped): %s: %s' % (name, e))
            continue
        out = []
        dump(co, out)
        with open(os.path.join(CASES, name[:-3] + '.expected'), 'w') as f:
            f.write('\n'.join(out) + '\n')
        n += 1
    print('wrote %d expected dumps' % n)


if __name__ == '__main__':
    main()
