# exit and quit (site's Quitter objects): repr, str, attributes, SystemExit codes; help's repr
import sys

print(repr(exit))
print(str(quit))
print(exit.name, quit.name, exit.eof)
print(type(exit).__name__, type(quit) is type(exit), callable(exit))
print(repr(help))
print(copyright.MAXLINES, credits.MAXLINES, license.MAXLINES, callable(copyright))
print(type(help).__name__, type(copyright).__name__, type(credits) is type(license))

for call in (lambda: exit(), lambda: exit(5), lambda: quit('bye'), lambda: exit(code=7)):
    try:
        call()
    except SystemExit as e:
        print('SystemExit', repr(e.code), e.args)

try:
    exit(1, 2)
except TypeError as e:
    print('TypeError', e)

print('_sitebuiltins' in sys.modules)
import _sitebuiltins
print(isinstance(exit, _sitebuiltins.Quitter), isinstance(help, _sitebuiltins._Helper))
print(_sitebuiltins._Printer.MAXLINES)
p = _sitebuiltins._Printer('demo', 'line one\nline two')
print(repr(p))
long = _sitebuiltins._Printer('long', '\n'.join(str(i) for i in range(30)))
print(repr(long))
print(repr(_sitebuiltins.Quitter('leave', 'Ctrl-Z')))
quit(4)
print('not reached')
