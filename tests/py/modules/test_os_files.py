# os: directories, files, stat_result, low-level fds, environ, errors with errno/filename
import os
def _rmtree(p):
    if os.path.isdir(p) and not os.path.islink(p):
        for n in os.listdir(p):
            _rmtree(os.path.join(p, n))
        os.rmdir(p)
    elif os.path.lexists(p):
        os.remove(p)

_rmtree('/tmp/heapscope_t_os1')
d = '/tmp/heapscope_t_os1'
print(os.name, os.sep, os.altsep, os.extsep, os.pathsep, repr(os.linesep), os.curdir, os.pardir, os.devnull)
print(os.error is OSError, os.path.__name__, type(os.environ).__name__)
os.mkdir(d)
try:
    os.mkdir(d)
except FileExistsError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == d)
old = os.getcwd()
os.chdir(d)
print(os.getcwd() == d, os.path.abspath('x') == d + '/x', os.getcwdb() == d.encode())
os.makedirs('a/b/c')
os.makedirs('a/b/c', exist_ok=True)
try:
    os.makedirs('a/b/c')
except FileExistsError as e:
    print('makedirs', e)
f = open('a/f.txt', 'w'); f.write('12345'); f.close()
print(sorted(os.listdir('.')), sorted(os.listdir('a')), sorted(os.listdir(b'a')))
st = os.stat('a/f.txt')
print(type(st).__name__, len(st), st.st_size, st[6], type(st.st_mtime).__name__, type(st[8]).__name__, st.st_mtime_ns // 10**9 == st[8])
print(st.st_mode & 0o170000 == 0o100000, os.stat('a').st_mode & 0o170000 == 0o040000, st.st_nlink)
print(os.lstat('a/f.txt').st_size, os.stat(b'a/f.txt').st_size)
os.rename('a/f.txt', 'a/g.txt')
print(sorted(os.listdir('a')))
try:
    os.rename('a/nope', 'a/other')
except FileNotFoundError as e:
    print(str(e))
os.replace('a/g.txt', 'a/h.txt')
print(os.path.getsize('a/h.txt'), os.path.isfile('a/h.txt'), os.path.isdir('a/h.txt'), os.path.islink('a/h.txt'))
for name in ('remove', 'unlink', 'rmdir', 'stat', 'listdir', 'chdir'):
    try:
        getattr(os, name)('missing')
    except OSError as e:
        print(name, type(e).__name__, e)
try:
    os.rmdir('a')
except OSError as e:
    print(type(e).__name__, e)
try:
    os.remove('a')
except OSError as e:
    print(type(e).__name__, e.errno)
try:
    os.stat(1.5)
except TypeError as e:
    print(e)
try:
    os.stat('a\0b')
except ValueError as e:
    print(e)
os.unlink('a/h.txt')
os.rmdir('a/b/c'); os.rmdir('a/b'); os.rmdir('a')
print(os.listdir())
fd = os.open('raw.bin', os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
print(os.write(fd, b'rawdata'))
os.close(fd)
fd = os.open('raw.bin', os.O_RDONLY)
print(os.read(fd, 3), os.lseek(fd, 0, os.SEEK_CUR), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
try:
    os.close(fd)
except OSError as e:
    print(type(e).__name__, e)
print(os.access('raw.bin', os.R_OK), os.access('nope', os.F_OK))
os.remove('raw.bin')
os.chdir(old)
os.rmdir(d)
print(os.path.exists(d))
print(os.strerror(2), os.strerror(13), os.fspath('p'), os.fspath(b'p'))
try:
    os.fspath(3)
except TypeError as e:
    print(e)
print(len(os.urandom(16)), type(os.urandom(0)), os.cpu_count() > 0, os.getppid() > 0, os.getpid() != os.getppid())
os.environ['HS_T'] = 'v1'
print(os.environ['HS_T'], os.getenv('HS_T'), 'HS_T' in os.environ, os.environ.get('HS_T'), os.environ.pop('HS_T'), 'HS_T' in os.environ)
print(os.environ.setdefault('HS_T2', 'd'), os.getenv('HS_T2'))
del os.environ['HS_T2']
try:
    del os.environ['HS_T2']
except KeyError as e:
    print('KeyError', e)
try:
    os.environ['X'] = 1
except TypeError as e:
    print(e)
try:
    os.environ[1]
except TypeError as e:
    print(e)
e = dict(os.environ)
print(len(e) == len(os.environ), isinstance(os.environ.copy(), dict), repr(os.environ).startswith('environ({'))
os.putenv('HS_T3', 'x')
print(os.getenv('HS_T3'))
os.unsetenv('HS_T3')
print(sorted(k for k in os.environ if k == 'PATH'))
