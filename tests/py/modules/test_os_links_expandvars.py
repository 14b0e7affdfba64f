# os.symlink/readlink/chmod, DirEntry on links, BufferedReader.peek, os.path.expandvars, os.system/fstat
import os
d = '/tmp/heapscope_x_links'
if os.path.lexists(d + '/l'): os.remove(d + '/l')
if os.path.exists(d + '/t'): os.remove(d + '/t')
if os.path.isdir(d): os.rmdir(d)
os.mkdir(d)
f = open(d + '/t', 'wb'); f.write(b'0123456789'); f.close()
os.symlink(d + '/t', d + '/l')
print(os.readlink(d + '/l') == d + '/t', os.path.islink(d + '/l'), os.path.realpath(d + '/l') == d + '/t', os.readlink((d + '/l').encode()) == (d + '/t').encode())
print(os.lstat(d + '/l').st_size != os.stat(d + '/l').st_size, os.stat(d + '/l').st_size)
try:
    os.symlink(d + '/t', d + '/l')
except FileExistsError as e:
    print(str(e).replace(d, 'D'))
try:
    os.readlink(d + '/t')
except OSError as e:
    print(type(e).__name__, e.errno)
os.chmod(d + '/t', 0o600)
print(oct(os.stat(d + '/t').st_mode & 0o777))
os.chmod(d + '/t', 0o644)
print(oct(os.stat(d + '/t').st_mode & 0o777))
b = open(d + '/t', 'rb')
print(b.peek()[:4], b.read(2), b.peek(1)[:3], b.read())
b.close()
for p in sorted(e.name for e in os.scandir(d)):
    print(p)
print(sorted((e.name, e.is_symlink(), e.is_file(), e.is_file(follow_symlinks=False)) for e in os.scandir(d)))
os.remove(d + '/l'); os.remove(d + '/t'); os.rmdir(d)
import posixpath
os.environ['HSV'] = 'val'
for s in ('$HSV/x', '${HSV}y', '$NOPE_X/a', '${NOPE', 'a$', '$$HSV', '${HSV}${HSV}', '~/$HSV', '$HSV_1', '$1HSV', '${}', '$', 'no vars', '${HSV', '$HSV$', 'é$HSVé'):
    print(repr(s), repr(posixpath.expandvars(s)))
print(posixpath.expandvars(b'$HSV'), posixpath.expandvars(b'${HSV}-$NOPE_Q'))
import os, sys
print(os.system('exit 3') >> 8, os.system('true'), os.getgid() >= 0)
fd = os.open('/tmp', os.O_RDONLY)
print(os.fstat(fd).st_mode & 0o170000 == 0o040000)
os.close(fd)
try:
    os.fstat(fd)
except OSError as e:
    print(e)
