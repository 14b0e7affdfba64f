# os.walk (top-down with pruning, bottom-up, onerror) and os.scandir / DirEntry on a small fixed tree
import os
def _rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            _rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.remove(p)
d = '/tmp/heapscope_t_walk'
_rmtree(d)
os.makedirs(d + '/a/b/c')
os.makedirs(d + '/a/x')
os.makedirs(d + '/skip/deep')
for p in ('f1', 'a/f2', 'a/b/f3', 'a/b/c/f4', 'skip/deep/f5'):
    f = open(d + '/' + p, 'w'); f.write(p); f.close()
def norm(entries):
    return sorted((top.replace(d, 'D'), sorted(dirs), sorted(files)) for top, dirs, files in entries)
print(norm(os.walk(d)))
print(norm(os.walk(d, topdown=False)))
out = []
for top, dirs, files in os.walk(d):
    if 'skip' in dirs:
        dirs.remove('skip')
    out.append((top, dirs, files))
print(norm(out))
order = [t.replace(d, 'D') for t, _, _ in os.walk(d + '/a/b')]
print(order)
order = [t.replace(d, 'D') for t, _, _ in os.walk(d + '/a/b', topdown=False)]
print(order)
print(list(os.walk(d + '/missing')))
errs = []
print(list(os.walk(d + '/missing', onerror=errs.append)), [type(e).__name__ for e in errs], errs[0].filename.replace(d, 'D'))
it = os.scandir(d)
print(type(it).__name__)
for e in sorted(it, key=lambda e: e.name):
    print(repr(e), e.name, e.path.replace(d, 'D'), e.is_dir(), e.is_file(), e.is_symlink(), e.stat().st_size if e.is_file() else '-', os.fspath(e).replace(d, 'D'))
it.close()
print(sorted(e.name for e in os.scandir(d + '/a')))
try:
    os.scandir(d + '/nope')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
w = os.walk(d)
print(next(w)[0].replace(d, 'D'), type(w).__name__ in ('generator', 'walk'))
_rmtree(d)
print(os.path.exists(d))
