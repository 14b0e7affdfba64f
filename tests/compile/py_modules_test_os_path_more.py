import os
for p in ('/a/b/c.txt', 'a/b/', '/', '', '.', '..', 'file', '/a//b', '~user/x', 'a.b.c', '.hidden', 'dir/.hidden.txt'):
    print(repr(p), os.path.split(p), os.path.splitext(p), os.path.basename(p), os.path.dirname(p), os.path.isabs(p))
print(os.path.normpath('/a/./b/../../c'), os.path.normpath(''), os.path.normpath('a/b/'), os.path.normpath('//x'))
print(os.path.join('a', ''), os.path.join('', ''), os.path.join('/'), os.path.join('a', 'b', '/c', 'd'))
print(os.path.commonprefix(['/usr/lib', '/usr/local']), os.path.commonpath(['/usr/lib', '/usr/local']))
print(os.path.relpath('/a/b/c', '/a'), os.path.relpath('/a', '/a/b/c'))
print(os.path.splitdrive('/x/y'), os.path.expanduser('no-tilde'), os.path.isdir('tools'), os.path.isfile('tools/gen_expected.py'))
