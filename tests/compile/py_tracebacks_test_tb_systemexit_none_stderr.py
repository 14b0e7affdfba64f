import sys
print('out', flush=True)
print('err line', file=sys.stderr)
raise SystemExit(None)
