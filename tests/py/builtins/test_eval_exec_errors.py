# eval/exec/compile argument handling and errors; SyntaxError args built like CPython's parser.
for call in [lambda: eval(42), lambda: exec(None), lambda: eval('1', [1]), lambda: exec('1', []),
             lambda: eval('1', {}, 5), lambda: exec('1', {}, 5), lambda: compile('1', 'f', 'bad'),
             lambda: compile(1, 'f', 'eval'), lambda: eval('a\0b'), lambda: eval(source='1')]:
    try:
        call()
    except (TypeError, ValueError, SyntaxError) as e:
        print(type(e).__name__, e)
try:
    compile('1 +\n', 'name.py', 'exec')
except SyntaxError as e:
    print(e.args, e.filename, e.lineno, e.offset, repr(e.text), e.end_lineno, e.end_offset)
try:
    exec('def f(:\n  pass')
except SyntaxError as e:
    print(e.msg, e.lineno, e.offset)
e = SyntaxError('m', ('f', 1, 2, 't', 1, 3))
print(e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset, e.args)
for info in [('f', 1), ('f', 1, 2, 't', 1), (1, 2, 3, 4, 5, 6, 7)]:
    try:
        SyntaxError('m', info)
    except TypeError as exc:
        print(exc)
g = {}
exec('x = 1\ny = x + 1', g)
print(sorted(k for k in g if k != '__builtins__'), type(g['__builtins__']).__name__)
def f():
    a = 5
    return eval('a * 2'), eval('a + b', {'b': 1}, {'a': 2})
print(f())
c = compile('z = 3', '<s>', 'exec')
ns = {}
exec(c, ns)
print(ns['z'], c.co_filename, c.co_name, type(c).__name__)
print(eval(b'1 + 1'), eval('\t 7'))
