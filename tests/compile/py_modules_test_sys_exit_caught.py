import sys
for arg in (None, 0, 3, 'text', [1]):
    try:
        sys.exit(arg) if arg is not None else sys.exit()
    except SystemExit as e:
        print(repr(e), e.code, e.args)
try:
    raise SystemExit(5)
except SystemExit as e:
    print(e.code, isinstance(e, Exception), isinstance(e, BaseException))
try:
    try:
        sys.exit(1)
    except Exception:
        print('not caught by Exception')
except SystemExit:
    print('SystemExit passes through except Exception')
def f():
    try:
        sys.exit(2)
    finally:
        print('finally runs on exit')
try:
    f()
except SystemExit as e:
    print('code', e.code)
