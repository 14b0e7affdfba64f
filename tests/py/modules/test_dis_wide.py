# dis column widths: line numbers >= 1000 widen the line column, offsets >= 10000 the offset column; EXTENDED_ARG prefixes and jumps over them
import dis

out = []


def w(s):
    out.append(s)


w.write = w

src = "\n" * 995 + "".join("v%d = w%d\n" % (i, i % 300) for i in range(2600))
src += "if v1:\n    v2 = 3\nelse:\n    v3 = [v4 for v4 in v5]\n"
dis.dis(compile(src, "wide", "exec"), file=w, depth=0)
lines = "".join(out).split("\n")
print(len(lines))
for line in lines[:12] + lines[500:520] + lines[-40:]:
    if " at 0x" in line:
        line = line[:line.index(" at 0x")] + ">)"
    print(line)
ins = list(dis.get_instructions(compile(src, "wide", "exec")))
print(len(ins), ins[-1])
print([i for i in ins if i.opname == "EXTENDED_ARG"][:3])
print(sum(1 for i in ins if i.is_jump_target), max(i.offset for i in ins))
