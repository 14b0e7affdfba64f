# except* leaves unmatched parts: what is re-raised (nesting kept, new errors as siblings)
def work():
    raise ExceptionGroup('batch', [ValueError('v1'), TypeError('t1'),
                                   ExceptionGroup('sub', [ValueError('v2'), OSError('o1')])])
try:
    work()
except* ValueError as eg:
    print('handled', repr(eg))
    print('handled leaves', [repr(x) for x in eg.exceptions])
except* OSError as eg:
    print('os', repr(eg))
    raise RuntimeError('cleanup failed')
