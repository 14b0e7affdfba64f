# The parts of `os` written in Python (CPython 3.11: Lib/os.py): the PathLike ABC. Run inside
# the C module's namespace at import (src/modules/osmodule.c).

import abc as _abc
from types import GenericAlias as _GenericAlias


def _defines(cls, name):
    # The first class of the MRO holding 'name' decides; a None there opts out.
    for klass in cls.__mro__:
        if name in klass.__dict__:
            return klass.__dict__[name] is not None
    return False


class PathLike(_abc.ABC):
    """Abstract base class for implementing the file system path protocol."""

    @_abc.abstractmethod
    def __fspath__(self):
        """Return the file system path representation of the object."""
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is not PathLike:
            return NotImplemented
        return True if _defines(subclass, '__fspath__') else NotImplemented

    __class_getitem__ = classmethod(_GenericAlias)


PathLike.__module__ = 'os'
del _abc, _GenericAlias
