# dis.get_instructions / Bytecode / findlinestarts / findlabels / code_info / show_code / show_caches: Instruction fields and reprs
import dis

out = []


def w(s):
    out.append(s)


w.write = w


def mask(s):
    parts = []
    i = 0
    while True:
        j = s.find(" at 0x", i)
        if j < 0:
            parts.append(s[i:])
            return "".join(parts)
        k = j + 6
        while k < len(s) and s[k] in "0123456789abcdef":
            k += 1
        parts.append(s[i:j] + " at 0xADDR")
        i = k


def f(a, b):
    if a > b:
        return a - b
    for i in range(b):
        a += i
    return f"{a}"


def g(*args, **kwargs):
    x = 1
    def h():
        return x
    return h


for ins in dis.get_instructions(f):
    print(ins)
for ins in dis.get_instructions(f, first_line=100):
    print(ins.opname, ins.opcode, ins.arg, repr(ins.argval), repr(ins.argrepr), ins.offset,
          ins.starts_line, ins.is_jump_target, ins.positions.lineno, ins.positions.end_lineno,
          ins.positions.col_offset, ins.positions.end_col_offset)
for ins in dis.get_instructions("x = y.z(1)", show_caches=True):
    print(ins)
ins = next(iter(dis.get_instructions(f)))
print(type(ins).__name__, len(ins), ins[0], ins[5], ins == tuple(ins), ins._fields)
opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions = ins
print(opname, opcode, arg, argval, argrepr, offset, starts_line, is_jump_target, positions)
print(type(positions).__name__, tuple(positions), positions._fields)
print(list(dis.findlinestarts(f.__code__)))
print(dis.findlabels(f.__code__.co_code))
print(dis.code_info(f))
print(dis.code_info("a = b + 1"))
print(dis.Bytecode(f).info() == dis.code_info(f))
dis.show_code(g, file=w)
print(mask("".join(out)), end="")
print(out[-1] == "\n", len(out))
b = dis.Bytecode(f, first_line=10)
print(b.first_line, b.current_offset, b.codeobj is f.__code__, b.show_caches)
print(b.dis(), end="")
print([i.opname for i in b])
print(dis.Bytecode(f, current_offset=20).dis(), end="")
print(dis.Bytecode(f, show_caches=True).dis(), end="")
print(dis.pretty_flags(0), "|", dis.pretty_flags(3), "|", dis.pretty_flags(g.__code__.co_flags),
      "|", dis.pretty_flags((1 << 20) | 1), "|", dis.pretty_flags(1 << 40))
print(dis.UNKNOWN, repr(dis.UNKNOWN))
dis.dis(f, show_caches=True)
dis.dis(f.__code__.co_code)
try:
    dis.dis(5)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.get_instructions(None)
except TypeError as e:
    print("TypeError:", e)
try:
    dis.code_info(1.5)
except TypeError as e:
    print("TypeError:", e)
for ins in dis.get_instructions(f):
    print(repr(ins._disassemble()))
    print(repr(ins._disassemble(0, True, 6)))
    print(repr(ins._disassemble(lineno_width=5, offset_width=2)))
for ins in dis.Bytecode(f, show_caches=True):
    print(repr(ins._disassemble(mark_as_current=ins.offset == 8)))
