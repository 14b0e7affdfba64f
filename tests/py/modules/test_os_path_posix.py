# os.path (posixpath): split/join/normpath/relpath/commonpath on many paths, str and bytes, stat queries
import os.path
import posixpath
print(os.path is posixpath, os.path.sep, posixpath.curdir)
P = ['', '/', '//', '///', 'a', 'a/', '/a', '/a/', 'a/b', 'a//b', 'a/./b', 'a/../b', '../a', './a', '/..', '/../a',
     '//a/b', '///a/b', 'a/b/..', 'a/b/../..', 'a/b/../../..', '.', '..', '...', '.a', 'a.', 'a..b', 'a.b.c',
     '/x.y/z', '/x/.y', 'x/..y', 'é/ü.txt']
for p in P:
    print(repr(p), posixpath.split(p), posixpath.splitext(p), repr(posixpath.basename(p)), repr(posixpath.dirname(p)),
          posixpath.isabs(p), repr(posixpath.normpath(p)))
print(posixpath.join('a'), posixpath.join('a', 'b'), posixpath.join('a/', 'b'), posixpath.join('a', '/b', 'c'),
      posixpath.join('', 'a', ''), posixpath.join('/', 'a'), posixpath.join('a//', '//b'))
print(posixpath.join(b'a', b'b'), posixpath.split(b'/x/y'), posixpath.splitext(b'f.tar.gz'), posixpath.normpath(b'a/../b'))
try:
    posixpath.join('a', b'b')
except TypeError as e:
    print(e)
try:
    posixpath.join('a', 1)
except TypeError as e:
    print(e)
print(posixpath.commonprefix([]), posixpath.commonprefix(['abc', 'abd', 'ab']), posixpath.commonprefix(['x']),
      posixpath.commonprefix([['a', 'b'], ['a', 'c']]), posixpath.commonprefix(['/usr/lib', '/usr/local']))
print(posixpath.commonpath(['/usr/lib', '/usr/local']), posixpath.commonpath(['a/b', 'a/c/d']), posixpath.commonpath(['/a']),
      posixpath.commonpath(['a/./b', 'a/b/']), repr(posixpath.commonpath(['a', 'b'])), posixpath.commonpath(['/', '/a']))
for bad in ([], ['/a', 'b']):
    try:
        posixpath.commonpath(bad)
    except ValueError as e:
        print(e)
print(posixpath.relpath('/a/b/c', '/a'), posixpath.relpath('/a', '/a/b/c'), posixpath.relpath('/a/b', '/a/b'),
      posixpath.relpath('/x/y', '/a/b'), posixpath.relpath('/tmp', '/'))
try:
    posixpath.relpath('')
except ValueError as e:
    print(e)
print(posixpath.abspath('/a/../b/./c'), posixpath.realpath('/tmp/../tmp/./nonexistent/x/..'), posixpath.realpath('/'))
print(posixpath.expanduser('~nosuchuserhopefully/x'), posixpath.expanduser('x~'), posixpath.expanduser('~') == os.environ.get('HOME', posixpath.expanduser('~')))
print(posixpath.exists('/tmp'), posixpath.exists('/nope/x'), posixpath.isdir('/tmp'), posixpath.isfile('/tmp'),
      posixpath.lexists('/tmp'), posixpath.islink('/tmp'), posixpath.exists('a\0b'))
try:
    posixpath.getsize('/nonexistent/heapscope')
except FileNotFoundError as e:
    print(e)
print(type(posixpath.getmtime('/tmp')).__name__, posixpath.splitdrive('/x/y'), posixpath.splitdrive(b'x'))
try:
    posixpath.exists(1.5)
except TypeError as e:
    print(e)
