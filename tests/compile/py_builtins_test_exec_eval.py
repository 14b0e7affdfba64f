print(eval('1 + 2 * 3'), eval('x * 2', {'x': 21}), eval('y', {}, {'y': 'local'}))
ns = {}
exec('a = 5\nb = a * 2\ndef f():\n    return a + b', ns)
print(ns['a'], ns['b'], ns['f'](), sorted(k for k in ns if not k.startswith('__')), '__builtins__' in ns)
g = {'v': 1}
l = {}
exec('v2 = v + 1', g, l)
print(l, 'v2' in g)
print(eval('[i * i for i in range(4)]'), eval('len("abc")'), eval('  42  '))
try:
    eval('1 +')
except SyntaxError as e:
    print('SyntaxError', e.msg, e.lineno, e.offset)
try:
    eval('undefined_thing')
except NameError as e:
    print(e)
try:
    eval('x = 1')
except SyntaxError as e:
    print('SyntaxError', e.msg)
print(exec('1 + 1'), eval('None'))
code = compile('q * 3', '<expr>', 'eval')
print(eval(code, {'q': 'ab'}), type(code).__name__, code.co_filename)
code2 = compile('for i in range(2): print("exec", i)', '<stmts>', 'exec')
exec(code2)
print(eval('__name__'), eval('__name__', {'__name__': 'custom'}))
r = {}
exec('import math\nres = math.sqrt(16)', r)
print(r['res'])
def uses_exec():
    loc = {}
    exec('z = 10', globals(), loc)
    return loc['z']
print(uses_exec())
exec('print("printed from exec")')
