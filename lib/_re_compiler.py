# The regular-expression compiler behind `re` (heapscope's own code after CPython 3.11's
# Lib/re/_compiler.py): it turns the tree _re_parser.py builds into a flat list of words
# for the `_sre` engine (opcodes: include/internal/hs_modules_sre.h, whose order OPCODES
# repeats) and wraps it with _sre.compile. docs/internals/re.md describes the program shape.

import _sre
import _re_parser
from _re_parser import (error, IGNORECASE, LOCALE, MULTILINE, DOTALL, ASCII, MAXREPEAT,
                        TEMPLATE)

OPCODES = [
    'FAIL', 'MATCH', 'CHAR', 'CHAR_I', 'NOT_CHAR', 'NOT_CHAR_I', 'ANY', 'ANY_ALL', 'SET',
    'AT', 'SAVE', 'JMP', 'BRANCH', 'REPEAT_INIT', 'REPEAT', 'REPEAT_NEXT', 'REPEAT1',
    'ATOMIC', 'ATOMIC_END', 'LOOK', 'LOOK_END', 'GROUPREF', 'GROUPREF_I',
    'GROUPREF_EXISTS', 'INFO',
]
for _i, _name in enumerate(OPCODES):
    globals()['OP_' + _name] = _i

AT_CODES = {
    'begin': 0, 'begin_line': 1, 'end': 2, 'end_line': 3, 'begin_string': 0,
    'end_string': 4, 'boundary': 5, 'non_boundary': 6,
}
CATEGORY_CODES = {
    'digit': 0, 'not_digit': 1, 'space': 2, 'not_space': 3, 'word': 4, 'not_word': 5,
}
CAT_ASCII = 8
SET_NEGATE = 1
SET_IGNORE = 2

_ONE_CHAR = frozenset(['lit', 'notlit', 'any', 'in'])


def _cased(c, ascii):
    """Whether ignoring case can change what code point 'c' matches."""
    if ascii or c < 128:
        return (65 <= c <= 90) or (97 <= c <= 122)
    ch = chr(c)
    return ch.lower() != ch or ch.upper() != ch


def getwidth(nodes, groupwidths):
    """The (min, max) number of characters 'nodes' can match; max is capped at MAXREPEAT."""
    lo = hi = 0
    for node in nodes:
        op = node[0]
        if op in _ONE_CHAR:
            i = j = 1
        elif op == 'at' or op == 'look':
            i = j = 0
        elif op == 'ref':
            i, j = groupwidths.get(node[1], (0, MAXREPEAT))
        elif op == 'group':
            i, j = getwidth(node[4], groupwidths)
        elif op == 'atomic':
            i, j = getwidth(node[1], groupwidths)
        elif op == 'branch':
            widths = [getwidth(alt, groupwidths) for alt in node[1]]
            i = min(w[0] for w in widths)
            j = max(w[1] for w in widths)
        elif op == 'repeat':
            i, j = getwidth(node[4], groupwidths)
            i = i * node[1]
            j = j * node[2]
        elif op == 'cond':
            i, j = getwidth(node[2], groupwidths)
            if node[3] is not None:
                k, m = getwidth(node[3], groupwidths)
                i = min(i, k)
                j = max(j, m)
            else:
                i = 0
        else:
            raise AssertionError(op)
        lo += i
        hi += j
    return min(lo, MAXREPEAT), min(hi, MAXREPEAT)


class _Compiler:
    def __init__(self, isbytes):
        self.code = [OP_INFO, 0, 0]  # filled in by compile()
        self.nregs = 0
        self.isbytes = isbytes
        self.groupwidths = {}

    def ascii(self, flags):
        return self.isbytes or bool(flags & (ASCII | LOCALE))

    def seq(self, nodes, flags):
        for node in nodes:
            getattr(self, 'c_' + node[0])(node, flags)

    def one_char(self, node, flags):
        """Emit the one-character op 'node'."""
        getattr(self, 'c_' + node[0])(node, flags)

    def c_lit(self, node, flags):
        icase = flags & IGNORECASE and _cased(node[1], self.ascii(flags))
        self.code += [OP_CHAR_I if icase else OP_CHAR, node[1]]

    def c_notlit(self, node, flags):
        icase = flags & IGNORECASE and _cased(node[1], self.ascii(flags))
        self.code += [OP_NOT_CHAR_I if icase else OP_NOT_CHAR, node[1]]

    def c_any(self, node, flags):
        self.code.append(OP_ANY_ALL if flags & DOTALL else OP_ANY)

    def c_in(self, node, flags):
        ranges = []
        cats = []
        extra = CAT_ASCII if self.ascii(flags) else 0
        for item in node[2]:
            if item[0] == 'lit':
                ranges += [item[1], item[1]]
            elif item[0] == 'range':
                ranges += [item[1], item[2]]
            else:
                cats.append(CATEGORY_CODES[item[1]] + extra)
        setflags = (SET_NEGATE if node[1] else 0) | (SET_IGNORE if flags & IGNORECASE else 0)
        body = [setflags, len(ranges) // 2] + ranges + cats
        self.code += [OP_SET, len(body)] + body

    def c_at(self, node, flags):
        name = node[1]
        if flags & MULTILINE and name in ('begin', 'end'):
            name += '_line'
        code = AT_CODES[name]
        if name in ('boundary', 'non_boundary') and self.ascii(flags):
            code += 2
        self.code += [OP_AT, code]

    def c_ref(self, node, flags):
        self.code += [OP_GROUPREF_I if flags & IGNORECASE else OP_GROUPREF, node[1]]

    def c_group(self, node, flags):
        gid, add, delete, body = node[1:]
        inner = (flags | add) & ~delete
        if gid is not None:
            self.code += [OP_SAVE, 2 * gid]
        self.seq(body, inner)
        if gid is not None:
            self.code += [OP_SAVE, 2 * gid + 1]
            self.groupwidths[gid] = getwidth(body, self.groupwidths)

    def c_atomic(self, node, flags):
        self.code.append(OP_ATOMIC)
        self.seq(node[1], flags)
        self.code.append(OP_ATOMIC_END)

    def c_branch(self, node, flags):
        jumps = []
        alts = node[1]
        for k, alt in enumerate(alts):
            if k < len(alts) - 1:
                self.code += [OP_BRANCH, 0]
                at = len(self.code) - 1
                self.seq(alt, flags)
                self.code += [OP_JMP, 0]
                jumps.append(len(self.code) - 1)
                self.code[at] = len(self.code)
            else:
                self.seq(alt, flags)
        for j in jumps:
            self.code[j] = len(self.code)

    def c_repeat(self, node, flags):
        lo, hi, mode, item = node[1:]
        if flags & TEMPLATE:  # re.TEMPLATE (deprecated): CPython refuses every repeat
            raise error("internal: unsupported template operator %s"
                        % ('MAX_REPEAT', 'MIN_REPEAT', 'POSSESSIVE_REPEAT')[mode])
        if len(item) == 1 and item[0][0] in _ONE_CHAR:
            self.code += [OP_REPEAT1, lo, hi, mode, 0]
            at = len(self.code) - 1
            self.one_char(item[0], flags)
            self.code[at] = len(self.code) - at - 1
            return
        if hi == 0:
            return
        if mode == 2:
            self.code.append(OP_ATOMIC)
        if lo == 0 and hi == 1:
            self.optional(item, flags, mode == 1)
        else:
            r = self.nregs
            self.nregs += 1
            self.code += [OP_REPEAT_INIT, r]
            loop = len(self.code)
            self.code += [OP_REPEAT, r, lo, hi, 1 if mode == 1 else 0, 0]
            self.seq(item, flags)
            self.code += [OP_REPEAT_NEXT, r, loop]
            self.code[loop + 5] = len(self.code)
        if mode == 2:
            self.code.append(OP_ATOMIC_END)

    def optional(self, item, flags, lazy):
        if lazy:
            self.code += [OP_BRANCH, len(self.code) + 4, OP_JMP, 0]
            at = len(self.code) - 1
        else:
            self.code += [OP_BRANCH, 0]
            at = len(self.code) - 1
        self.seq(item, flags)
        self.code[at] = len(self.code)

    def c_look(self, node, flags):
        behind, negate, body = node[1:]
        width = 0
        if behind:
            lo, hi = getwidth(body, self.groupwidths)
            if lo != hi:
                raise error("look-behind requires fixed-width pattern")
            width = lo
        self.code += [OP_LOOK, 1 if negate else 0, width, 0]
        at = len(self.code) - 1
        self.seq(body, flags)
        self.code.append(OP_LOOK_END)
        self.code[at] = len(self.code)

    def c_cond(self, node, flags):
        gid, yes, no = node[1:]
        self.code += [OP_GROUPREF_EXISTS, gid, 0]
        at = len(self.code) - 1
        self.seq(yes, flags)
        if no is not None:
            self.code += [OP_JMP, 0]
            jmp = len(self.code) - 1
            self.code[at] = len(self.code)
            self.seq(no, flags)
            self.code[jmp] = len(self.code)
        else:
            self.code[at] = len(self.code)


def _prefix(nodes, flags):
    """A literal every match must start with, or None; and whether the pattern can only
    match where the search starts (\\A, or ^ without MULTILINE)."""
    for node in nodes:
        op = node[0]
        if op == 'lit':
            return (None if flags & IGNORECASE else node[1]), False
        if op == 'at':
            anchored = node[1] == 'begin_string' or (node[1] == 'begin' and
                                                     not flags & MULTILINE)
            return None, anchored
        if op == 'group':
            return _prefix(node[4], (flags | node[2]) & ~node[3])
        if op == 'atomic':
            return _prefix(node[1], flags)
        if op == 'repeat' and node[1] >= 1:
            return _prefix(node[4], flags)
        return None, False
    return None, False


def compile(pattern, flags):
    """Compile 'pattern' (str or bytes). Returns (program, flags, groups, groupindex)."""
    nodes, state = _re_parser.parse(pattern, flags)
    flags = state.flags
    isbytes = not isinstance(pattern, str)
    comp = _Compiler(isbytes)
    comp.seq(nodes, flags)
    prefix, anchored = _prefix(nodes, flags)
    code = comp.code
    code[1] = MAXREPEAT if prefix is None else prefix
    code[2] = 1 if anchored else 0
    code.append(OP_MATCH)
    pflags = 2 if isbytes else 0 if flags & (ASCII | LOCALE) else 1
    program = _sre.compile(code, state.groups - 1, comp.nregs, pflags)
    return program, flags, state.groups - 1, state.groupdict

