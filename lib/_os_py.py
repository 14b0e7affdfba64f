# The parts of `os` written in Python (CPython 3.11: Lib/os.py): the PathLike ABC. Run inside
# the C module's namespace at import (src/modules/osmodule.c).

import abc as _abc
from types import GenericAlias as _GenericAlias


def _check_methods(C, *methods):
    mro = C.__mro__
    for method in methods:
        for B in mro:
            if method in B.__dict__:
                if B.__dict__[method] is None:
                    return NotImplemented
                break
        else:
            return NotImplemented
    return True


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return _check_methods(subclass, '__fspath__')
        return NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


PathLike.__module__ = 'os'
del _abc, _GenericAlias
