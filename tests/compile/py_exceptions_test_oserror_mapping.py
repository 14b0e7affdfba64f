for code in (2, 13, 17, 20, 21, 32, 11, 4, 3, 10, 110, 111, 104, 103, 99):
    e = OSError(code, 'message')
    print(code, type(e).__name__, e.errno, e.strerror, str(e))
e = OSError(2, 'No such file', 'name.txt', None, 'other.txt')
print(str(e), e.filename, e.filename2)
print(str(OSError()), str(OSError('one')), str(OSError(1, 2, 3, 4, 5, 6)), OSError(1, 2, 3, 4, 5, 6).args)
try:
    open('/tmp/heapscope_missing_dir_for_test/file')
except OSError as err:
    print(type(err).__name__, err.errno, err.filename)
try:
    open('/tmp', 'r').read()
except OSError as err:
    print(type(err).__name__, err.errno, err)
