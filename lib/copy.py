"""Shallow and deep copies of Python objects.

    copy.copy(x)        a new container holding the same objects as x
    copy.deepcopy(x)    a new container holding copies of x's contents, recursively

Classes control how they are copied with __copy__(self) and __deepcopy__(self, memo), or
else through the pickle protocol (copyreg.dispatch_table, __reduce_ex__, __reduce__,
__getstate__/__setstate__).  deepcopy() records every copy it makes in `memo` (id of the
original -> copy), which keeps shared and self-referencing structures intact.  Immutable
atoms, classes and functions are returned as they are.  copy.Error is raised for objects
that offer no way to be copied.  Same behaviour as CPython 3.11.
"""

import types as _types
import weakref as _weakref
from copyreg import dispatch_table


class Error(Exception):
    pass


error = Error   # the old name

__all__ = ["Error", "copy", "deepcopy"]


def _reduce_for_copy(x, cls, kind):
    """The pickle-style description of x: dispatch_table first, then __reduce_ex__(4),
    then __reduce__()."""
    reducer = dispatch_table.get(cls)
    if reducer is not None:
        return reducer(x)
    reduce_ex = getattr(x, "__reduce_ex__", None)
    if reduce_ex is not None:
        return reduce_ex(4)
    reduce = getattr(x, "__reduce__", None)
    if not reduce:
        raise Error("un(%s)copyable object of type %s" % (kind, cls))
    return reduce()


# ---- shallow copies -----------------------------------------------------------------------

def _copy_immutable(x):
    return x


_copy_dispatch = {}
for _t in (type(None), int, float, bool, complex, str, tuple, bytes, frozenset, type,
           range, slice, property, _types.BuiltinFunctionType, type(Ellipsis),
           type(NotImplemented), _types.FunctionType, _weakref.ref, _types.CodeType):
    _copy_dispatch[_t] = _copy_immutable
for _t in (list, dict, set, bytearray):
    _copy_dispatch[_t] = _t.copy
del _t


def copy(x):
    """Return a shallow copy of x (see the module docstring)."""
    cls = type(x)
    known = _copy_dispatch.get(cls)
    if known:
        return known(x)
    if issubclass(cls, type):
        return x            # classes, including those with a metaclass
    hook = getattr(cls, "__copy__", None)
    if hook is not None:
        return hook(x)
    how = _reduce_for_copy(x, cls, 'shallow')
    if isinstance(how, str):
        return x            # a global name: the object is its own copy
    return _reconstruct(x, None, *how)


# ---- deep copies --------------------------------------------------------------------------

def _deepcopy_atomic(x, memo):
    return x


def deepcopy(x, memo=None, _nil=[]):
    """Return a deep copy of x (see the module docstring).  memo maps id(original) to its
    copy; pass the same dict to several calls to share copies between them."""
    if memo is None:
        memo = {}
    key = id(x)
    done = memo.get(key, _nil)
    if done is not _nil:
        return done
    cls = type(x)
    known = _deepcopy_dispatch.get(cls)
    if known is not None:
        y = known(x, memo)
    elif issubclass(cls, type):
        y = x
    else:
        hook = getattr(x, "__deepcopy__", None)
        if hook is not None:
            y = hook(memo)
        else:
            how = _reduce_for_copy(x, cls, 'deep')
            y = x if isinstance(how, str) else _reconstruct(x, memo, *how)
    if y is not x:
        # an object that is its own copy is not recorded
        memo[key] = y
        _keep_alive(x, memo)
    return y


def _keep_alive(x, memo):
    """Hold a reference to x in memo (under the memo's own id): memo is keyed by id(), so
    an original freed during the copy could have its id reused by another object."""
    kept = memo.get(id(memo))
    if kept is None:
        memo[id(memo)] = [x]
    else:
        kept.append(x)


def _deepcopy_list(x, memo, deepcopy=deepcopy):
    result = []
    memo[id(x)] = result        # registered first, so the list may contain itself
    for item in x:
        result.append(deepcopy(item, memo))
    return result


def _deepcopy_dict(x, memo, deepcopy=deepcopy):
    result = {}
    memo[id(x)] = result
    for k, v in x.items():
        result[deepcopy(k, memo)] = deepcopy(v, memo)
    return result


def _deepcopy_tuple(x, memo, deepcopy=deepcopy):
    parts = [deepcopy(item, memo) for item in x]
    # a tuple cannot be registered before its items exist; if copying them reached the
    # tuple again (through a mutable item), that copy is already in the memo
    if id(x) in memo:
        return memo[id(x)]
    for old, new in zip(x, parts):
        if old is not new:
            return tuple(parts)
    return x                    # nothing inside changed: share the original


def _deepcopy_method(x, memo):
    # a bound method: the same function bound to a copy of its instance
    return type(x)(x.__func__, deepcopy(x.__self__, memo))


_deepcopy_dispatch = {
    list: _deepcopy_list,
    dict: _deepcopy_dict,
    tuple: _deepcopy_tuple,
    _types.MethodType: _deepcopy_method,
}
for _t in (type(None), type(Ellipsis), type(NotImplemented), int, float, bool, complex,
           bytes, str, _types.CodeType, type, range, _types.BuiltinFunctionType,
           _types.FunctionType, _weakref.ref, property):
    _deepcopy_dispatch[_t] = _deepcopy_atomic
del _t


# ---- rebuilding from a reduce tuple --------------------------------------------------------

def _reconstruct(x, memo, func, args, state=None, listiter=None, dictiter=None, *,
                 deepcopy=deepcopy):
    """Build the copy of x that the reduce tuple (func, args, state, listiter, dictiter)
    describes; memo is None for a shallow copy, else every part is deep-copied."""
    deep = memo is not None
    if deep and args:
        args = [deepcopy(arg, memo) for arg in args]
    y = func(*args)
    if deep:
        memo[id(x)] = y    # before the state: it may refer back to x
    if state is not None:
        _apply_state(y, deepcopy(state, memo) if deep else state)
    if listiter is not None:
        for item in listiter:
            y.append(deepcopy(item, memo) if deep else item)
    if dictiter is not None:
        for k, v in dictiter:
            if deep:
                k = deepcopy(k, memo)
                v = deepcopy(v, memo)
            y[k] = v
    return y


def _apply_state(y, state):
    """__setstate__(state) if y has one; otherwise state is the instance dict, or a pair
    (instance dict or None, {slot name: value})."""
    if hasattr(y, '__setstate__'):
        y.__setstate__(state)
        return
    slots = None
    if isinstance(state, tuple) and len(state) == 2:
        state, slots = state
    if state is not None:
        y.__dict__.update(state)
    if slots is not None:
        for name, value in slots.items():
            setattr(y, name, value)
