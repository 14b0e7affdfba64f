# argument errors of dis's functions, worded as CPython words them for Python functions (dis is Lib/dis.py there)
import dis
def f(): pass
for call in (lambda: dis.dis(f, 2), lambda: dis.dis(f, foo=1), lambda: dis.get_instructions(), lambda: dis.code_info(), lambda: dis.get_instructions(f, 1), lambda: dis.Bytecode(), lambda: dis.Bytecode(f, x=1), lambda: dis.findlabels(), lambda: dis.show_code()):
    try:
        call()
    except TypeError as e:
        print(e)
for call in (lambda: dis.dis(x=f), lambda: dis.disassemble(), lambda: dis.disassemble(f.__code__, 1, 2), lambda: dis.distb(1, 2),
             lambda: dis.pretty_flags(flags=3), lambda: dis.pretty_flags(), lambda: dis.findlinestarts(code=f.__code__),
             lambda: dis.Bytecode(f, 1), lambda: dis.Bytecode(x=f, first_line=3), lambda: dis.Bytecode(f, first_line=1, bad=2),
             lambda: dis.Bytecode.from_traceback(), lambda: dis.Bytecode.from_traceback(1, 2),
             lambda: next(iter(dis.Bytecode(f)))._disassemble(1, 2, 3, 4), lambda: dis.get_instructions(f, x=1),
             lambda: dis.show_code(f, 1), lambda: dis.dis(f, file=None, file2=1)):
    try:
        r = call()
        print("ok")
    except TypeError as e:
        print(e)
