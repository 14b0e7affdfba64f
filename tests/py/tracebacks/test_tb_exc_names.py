# the exception line: module.Qualname except for builtins/__main__, failing or empty str()
class Broken(Exception):
    def __str__(self):
        raise ValueError('cannot')
class Empty(Exception):
    def __str__(self):
        return ''
class Holder:
    class Nested(LookupError):
        pass
class Renamed(Exception):
    pass
Renamed.__module__ = 'pkg.mod'
Renamed.__qualname__ = 'Other.Name'
class NoModule(Exception):
    pass
NoModule.__module__ = 42
raise ExceptionGroup('names', [Broken('x'), Empty('y'), Holder.Nested('z'), Renamed('r'),
                               NoModule('n'), BaseExceptionGroup('inner', [Broken()])])
