# breakpoint() and sys.breakpointhook/PYTHONBREAKPOINT ('0', a builtin, unimportable), displayhook
import builtins
import os
import sys

print(sys.breakpointhook is sys.__breakpointhook__, sys.displayhook is sys.__displayhook__)

os.environ['PYTHONBREAKPOINT'] = '0'
print('disabled:', breakpoint(), sys.breakpointhook(1, 2, k=3))
os.environ['PYTHONBREAKPOINT'] = 'int'
print('builtin int:', breakpoint(), breakpoint('7'), breakpoint('ff', base=16))
os.environ['PYTHONBREAKPOINT'] = 'os.path.join'
print('module attr:', breakpoint('a', 'b'))
os.environ['PYTHONBREAKPOINT'] = 'nosuchmodule_hs.hook'
print('unimportable:', breakpoint())
os.environ['PYTHONBREAKPOINT'] = 'os.nosuchattr_hs'
print('missing attr:', breakpoint())
os.environ['PYTHONBREAKPOINT'] = '.leadingdot'
print('leading dot:', breakpoint())
sys.stderr.flush()


def my_hook(*args, **kws):
    print('my_hook', args, sorted(kws.items()))
    return 'hooked'


sys.breakpointhook = my_hook
print(breakpoint(1, x=2))
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__

# displayhook: prints repr and keeps the value in builtins._, None is skipped
sys.displayhook('text')
print(builtins._)
sys.displayhook(None)
print(builtins._)
sys.displayhook([1, 2])
print(builtins._)
exec(compile('3 * 7', '<single>', 'single'))
print(builtins._)
exec(compile('for i in range(2): i * 100\n', '<single>', 'single'))
exec(compile('x = 5', '<single>', 'single'))
print(builtins._)
shown = []
sys.displayhook = shown.append
exec(compile('"via hook"', '<single>', 'single'))
print(shown)
del sys.displayhook
try:
    exec(compile('1', '<single>', 'single'))
except RuntimeError as e:
    print('RuntimeError', e)
sys.displayhook = sys.__displayhook__
try:
    sys.displayhook()
except TypeError as e:
    print('TypeError', e)
