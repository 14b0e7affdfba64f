import os
print(type(os.environ).__name__, 'PYTHONHASHSEED' in os.environ, os.environ.get('PYTHONHASHSEED'), os.getenv('PYTHONHASHSEED'))
print(os.getenv('HEAPSCOPE_SURELY_UNSET'), os.getenv('HEAPSCOPE_SURELY_UNSET', 'default'), os.environ.get('HEAPSCOPE_SURELY_UNSET', 'd2'))
print('HEAPSCOPE_SURELY_UNSET' in os.environ, isinstance(os.getpid(), int), os.getpid() > 0)
try:
    os.environ['HEAPSCOPE_SURELY_UNSET']
except KeyError as e:
    print('KeyError', e)
os.environ['HEAPSCOPE_TEST_VAR'] = 'set'
print(os.getenv('HEAPSCOPE_TEST_VAR'))
del os.environ['HEAPSCOPE_TEST_VAR']
print(os.getenv('HEAPSCOPE_TEST_VAR'))
print(os.sep, os.linesep == '\n', os.curdir, os.pardir, os.name)
print(os.path.join('a', 'b', 'c.txt'), os.path.join('/abs', 'x'), os.path.join('a', '/root', 'b'), os.path.join('a/', 'b'), os.path.join('', 'x'))
print(os.path.basename('/usr/lib/file.tar.gz'), os.path.dirname('/usr/lib/file.tar.gz'), os.path.basename('dir/'), os.path.dirname('file'))
print(os.path.splitext('archive.tar.gz'), os.path.splitext('noext'), os.path.splitext('.bashrc'), os.path.splitext('a.b/c'))
print(os.path.split('/a/b/c'), os.path.split('c'), os.path.isabs('/x'), os.path.isabs('x'))
print(os.path.normpath('a//b/../c/./d'), os.path.exists('tests/py'), os.path.exists('/nonexistent/heapscope'), os.path.isdir('tests'), os.path.isfile('tests'))
print(os.path.exists(__file__), os.path.basename(__file__), os.path.splitext(os.path.basename(__file__))[1])
