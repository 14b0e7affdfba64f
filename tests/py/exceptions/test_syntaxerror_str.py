# SyntaxError str(): message with file basename and line, as CPython's SyntaxError_str
for args in [('m', ('/a/b/f.py', 2, 3, 'x', 2, 4)), ('only',), (), ('m', (None, 5, 3, 'x')), ('m', ('f', None, 3, 'x')), ('m', ('f', 'two', 1, 'x'))]:
    print(repr(str(SyntaxError(*args))), repr(str(IndentationError(*args))), repr(str(TabError(*args))))
for src in ['1 +', 'x = (', 'return 5', 'def f(:\n  pass', 'if 1:\npass']:
    try:
        compile(src, '/some/dir/prog.py', 'exec')
    except SyntaxError as e:
        print(type(e).__name__, str(e))
try:
    exec('a b')
except SyntaxError as e:
    print(e)
