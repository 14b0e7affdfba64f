# warnings.warn argument errors, worded and ordered as CPython 3.11's C warn()
import warnings

def show(label, f):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            r = f()
        except Exception as e:
            r = (type(e).__name__, str(e))
    print(label, r, [(w.category.__name__, str(w.message)) for w in caught])

show('unknown keyword', lambda: warnings.warn('m', skip_file_prefixes=('x',)))
show('bad stacklevel str', lambda: warnings.warn('m', stacklevel='1'))
show('bad stacklevel float', lambda: warnings.warn('m', stacklevel=1.5))
show('bad stacklevel and category', lambda: warnings.warn('m', int, stacklevel='x'))
show('bad category', lambda: warnings.warn('m', int))
show('bad category instance', lambda: warnings.warn('m', UserWarning()))
show('huge stacklevel', lambda: warnings.warn('m', stacklevel=2**70))
show('negative stacklevel', lambda: warnings.warn('m', stacklevel=-3))
show('ok', lambda: warnings.warn('fine', RuntimeWarning, stacklevel=1))
