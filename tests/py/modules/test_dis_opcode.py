# the opcode tables of dis and opcode (opname, opmap, cmp_op, has*, HAVE_ARGUMENT, EXTENDED_ARG, _nb_ops, _inline_cache_entries) and stack_effect
import dis
import opcode

print(dis.opname is opcode.opname, dis.opmap is opcode.opmap)
print(opcode.opname)
print(sorted(opcode.opmap.items()))
print(len(opcode.opname), len(opcode.opmap))
print(opcode.cmp_op)
for name in ("hasconst", "hasname", "hasjrel", "hasjabs", "haslocal", "hascompare", "hasfree",
             "hasnargs"):
    print(name, getattr(opcode, name), getattr(dis, name) == getattr(opcode, name))
print(opcode.HAVE_ARGUMENT, opcode.EXTENDED_ARG, dis.HAVE_ARGUMENT, dis.EXTENDED_ARG)
print(opcode._nb_ops)
print(opcode._inline_cache_entries)
print(opcode.__all__)
print(dis.__all__)
print(dis.MAKE_FUNCTION_FLAGS, dis.FORMAT_VALUE_CONVERTERS, dis.COMPILER_FLAG_NAMES)
print(dis.LOAD_CONST, dis.LOAD_GLOBAL, dis.BINARY_OP, dis.JUMP_BACKWARD, dis.CACHE,
      dis.FORMAT_VALUE, dis.MAKE_FUNCTION)
ops = [op for op in range(1, 256) if not opcode.opname[op].startswith("<")]
print([opcode.stack_effect(op, 1 if op >= opcode.HAVE_ARGUMENT else None) for op in ops])
print([opcode.stack_effect(op, 3 if op >= 90 else None, jump=True) for op in ops])
print([dis.stack_effect(op, 2 if op >= 90 else None, jump=False) for op in ops])
for args in ((100,), (1, 1), (3,), (0,), (300,)):
    try:
        print(opcode.stack_effect(*args))
    except ValueError as e:
        print("ValueError:", e)
