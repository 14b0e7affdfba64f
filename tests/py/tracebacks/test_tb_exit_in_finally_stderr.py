import sys
try:
    print('working')
finally:
    print('cleanup message', file=sys.stderr)
raise KeyboardInterrupt if False else RuntimeError('plain failure')
