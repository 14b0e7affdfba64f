import sys
try:
    print('working')
finally:
    print('cleanup message', file=sys.stderr)
raise RuntimeError('plain failure')
