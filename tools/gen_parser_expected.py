#!/usr/bin/env python3
"""Write the parser test oracle from CPython (python3 must be 3.11).

For each tests/parser/cases/NAME.py, write NAME.ast: a canonical line-oriented dump of
ast.parse() (positions included). For tests/parser/errors/*.py, write errors/expected.txt with
one line per file: NAME<TAB>TYPE<TAB>LINENO<TAB>OFFSET<TAB>MSG, from compile() of the file's
bytes. For tests/parser/symtable/NAME.py, write NAME.st: python3's symtable module output (each
table in preorder: "TYPE NAME LINENO", then its symbols sorted by name:
"  NAME scope=SCOPE flags=FLAGS" with CPython's scope numbers and DEF_* flag bits), or
"SyntaxError<TAB>LINENO<TAB>OFFSET<TAB>MSG" when the symbol table pass refuses the program. Files whose first line is '# mode: eval' / '# mode: single' are compiled in that mode
(the mode line is a comment, so it does not disturb the source).

Dump format (src/compile/ast.c writes the same bytes):
    node line     INDENT Kind [@lineno:col-end_lineno:end_col]
    field lines   INDENT+1 name: VALUE  | name: [N] (then N items at INDENT+2) | name: (node)
    values        None | 'ident' | int | Load/Add/... | constants:
                  None True False Ellipsis | int DEC | float HEX | complex HEX |
                  str "ESC" | str u"ESC" | bytes "ESC"
  ESC keeps printable ASCII except " and backslash, else \\xNN of the UTF-8 bytes
  (surrogatepass). type_comment / type_ignores fields are omitted. Indent is one space.
Run from the repository root:  python3 tools/gen_parser_expected.py
"""
import ast
import os
import symtable
import sys
import warnings

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
CASES = os.path.join(ROOT, "tests", "parser", "cases")
ERRORS = os.path.join(ROOT, "tests", "parser", "errors")
SYMTABLE = os.path.join(ROOT, "tests", "parser", "symtable")
SKIP = {"type_comment", "type_ignores"}
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)


def esc(b):
    out = []
    for c in b:
        if 0x20 <= c < 0x7F and c not in (0x22, 0x5C):
            out.append(chr(c))
        else:
            out.append("\\x%02x" % c)
    return '"' + "".join(out) + '"'


def const(v, kind):
    if v is None or v is True or v is False or v is Ellipsis:
        return repr(v)
    if isinstance(v, int):
        return "int %d" % v
    if isinstance(v, float):
        return "float " + v.hex()
    if isinstance(v, complex):
        return "complex " + v.imag.hex()
    if isinstance(v, str):
        return "str " + ("u" if kind == "u" else "") + esc(v.encode("utf-8", "surrogatepass"))
    if isinstance(v, bytes):
        return "bytes " + esc(v)
    raise TypeError(type(v))


def scalar(v):
    if v is None:
        return "None"
    if isinstance(v, str):
        return "'" + esc(v.encode("utf-8", "surrogatepass"))[1:-1] + "'"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, ENUMS):
        return type(v).__name__
    return None


def dump(node, ind, out):
    line = " " * ind + type(node).__name__
    if "lineno" in node._attributes:
        line += " @%d:%d-%d:%d" % (node.lineno, node.col_offset, node.end_lineno,
                                  node.end_col_offset)
    out.append(line)
    for name in node._fields:
        if name in SKIP:
            continue
        v = getattr(node, name)
        pre = " " * (ind + 1) + name + ":"
        if isinstance(node, ast.Constant) and name == "value":
            out.append(pre + " " + const(v, node.kind))
        elif isinstance(node, ast.Constant) and name == "kind":
            continue
        elif isinstance(v, list):
            out.append(pre + " [%d]" % len(v))
            for item in v:
                s = scalar(item)
                if s is not None:
                    out.append(" " * (ind + 2) + s)
                else:
                    dump(item, ind + 2, out)
        else:
            s = scalar(v)
            if s is not None:
                out.append(pre + " " + s)
            else:
                out.append(pre)
                dump(v, ind + 2, out)


def dump_symtable(t, out):
    out.append("%s %s %d" % (t.get_type(), t.get_name(), t.get_lineno()))
    for s in sorted(t.get_symbols(), key=lambda s: s.get_name()):
        out.append("  %s scope=%d flags=%d" % (s.get_name(), s._Symbol__scope,
                                               s._Symbol__flags & 0x7FF))
    for c in t.get_children():
        dump_symtable(c, out)


def write_symtables():
    n = 0
    for fn in sorted(os.listdir(SYMTABLE)):
        if not fn.endswith(".py"):
            continue
        with open(os.path.join(SYMTABLE, fn), "rb") as f:
            data = f.read()
        try:
            out = []
            dump_symtable(symtable.symtable(data, fn, "exec"), out)
        except SyntaxError as e:
            out = ["SyntaxError\t%s\t%s\t%s" % (e.lineno, e.offset, e.msg)]
        with open(os.path.join(SYMTABLE, fn[:-3] + ".st"), "w", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        n += 1
    return n


def mode_of(data):
    first = data.split(b"\n", 1)[0]
    if first.startswith(b"# mode: "):
        return first[8:].strip().decode()
    return "exec"


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("need python 3.11")
    warnings.simplefilter("ignore")
    n = 0
    for fn in sorted(os.listdir(CASES)):
        if not fn.endswith(".py"):
            continue
        with open(os.path.join(CASES, fn), "rb") as f:
            data = f.read()
        tree = compile(data, fn, mode_of(data), ast.PyCF_ONLY_AST, dont_inherit=True)
        out = []
        dump(tree, 0, out)
        with open(os.path.join(CASES, fn[:-3] + ".ast"), "w", newline="\n") as f:
            f.write("\n".join(out) + "\n")
        n += 1
    lines = []
    for fn in sorted(os.listdir(ERRORS)):
        if not fn.endswith(".py"):
            continue
        with open(os.path.join(ERRORS, fn), "rb") as f:
            data = f.read()
        try:
            compile(data, fn, mode_of(data), ast.PyCF_ONLY_AST, dont_inherit=True)
        except SyntaxError as e:
            lines.append("%s\t%s\t%s\t%s\t%s" % (fn, type(e).__name__, e.lineno or 0, e.offset or 0,
                                                 e.msg))
            continue
        except (MemoryError, RecursionError) as e:
            lines.append("%s\t%s\t0\t0\t" % (fn, type(e).__name__))
            continue
        sys.exit("error case %s compiled without error" % fn)
    with open(os.path.join(ERRORS, "expected.txt"), "w", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    print("%d cases, %d error cases, %d symtable cases" % (n, len(lines), write_symtables()))


if __name__ == "__main__":
    main()
