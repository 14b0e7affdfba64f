"""Tools for the with statement: the @contextmanager decorator, ExitStack and a few
small ready-made context managers.

Behaves as the synchronous part of CPython 3.11's contextlib (names, results and error
messages); the async variants are not provided.
"""

import abc
import os
import sys
from collections import deque
from functools import wraps
from types import GenericAlias, MethodType

__all__ = ["contextmanager", "closing", "nullcontext", "AbstractContextManager",
           "ContextDecorator", "ExitStack", "redirect_stdout", "redirect_stderr",
           "suppress", "chdir"]


def _slot_is_set(klass, name):
    """Does the first class of klass's MRO that mentions 'name' give it a real value?
    (None there means "explicitly switched off".)"""
    owner = next((k for k in klass.__mro__ if name in vars(k)), None)
    return owner is not None and vars(owner)[name] is not None


class AbstractContextManager(abc.ABC):
    """ABC for objects that can be used in a with statement."""

    @abc.abstractmethod
    def __exit__(self, exc_type, exc_value, traceback):
        return None

    def __enter__(self):
        return self     # the usual choice; subclasses override it as needed

    __class_getitem__ = classmethod(GenericAlias)

    @classmethod
    def __subclasshook__(cls, other):
        # Only the ABC itself recognises classes structurally; its subclasses go by
        # ordinary inheritance.
        if cls is AbstractContextManager and all(
                _slot_is_set(other, slot) for slot in ("__enter__", "__exit__")):
            return True
        return NotImplemented


class ContextDecorator:
    """Mixin letting a context manager decorate functions: each call of the decorated
    function runs inside the manager."""

    def _recreate_cm(self):
        # Hook for one-shot managers, which hand out a fresh copy for every call.
        return self

    def __call__(self, func):
        manager = self

        @wraps(func)
        def call_in_context(*a, **kw):
            with manager._recreate_cm():
                return func(*a, **kw)
        return call_in_context




class _GeneratorContextManager(AbstractContextManager, ContextDecorator):
    """What a @contextmanager function returns: runs the generator up to its yield on
    entry and resumes it (or throws the exception into it) on exit."""

    def __init__(self, func, args, kwds):
        self.func, self.args, self.kwds = func, args, kwds
        self.gen = func(*args, **kwds)
        # The instance documents itself with the generator function's docstring.
        doc = getattr(func, "__doc__", None)
        self.__doc__ = type(self).__doc__ if doc is None else doc

    def _recreate_cm(self):
        # Used by the decorator form: a generator runs once, so each call needs a new one.
        return type(self)(self.func, self.args, self.kwds)

    def __enter__(self):
        # No longer needed once running; dropping them avoids keeping a cycle alive.
        del self.args, self.kwds, self.func
        try:
            return next(self.gen)
        except StopIteration:
            # raised while handling it: the StopIteration stays as __context__
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        gen = self.gen
        if typ is None:
            # Normal exit: the generator must finish without yielding again.
            try:
                next(gen)
            except StopIteration:
                return False
            try:
                raise RuntimeError("generator didn't stop")
            finally:
                gen.close()     # run the generator's cleanup now, not when it is collected

        if value is None:
            # Called by hand with just a type (the with statement always passes an instance).
            value = typ()
        try:
            gen.throw(typ, value, traceback)
        except StopIteration as stopped:
            # The generator caught the exception and returned: suppress it, unless what
            # stopped it is the very StopIteration thrown in.
            return stopped is not value
        except BaseException as raised:
            # Letting the thrown exception through (or PEP 479 turning a thrown
            # StopIteration into a RuntimeError) is not a failure of __exit__: report
            # "not handled" so the with statement re-raises the original exception with
            # its traceback. Anything else replaces the original exception.
            passed_through = raised is value or (
                isinstance(raised, RuntimeError) and isinstance(value, StopIteration)
                and raised.__cause__ is value)
            if not passed_through:
                raise
            value.__traceback__ = traceback
            return False
        try:
            raise RuntimeError("generator didn't stop after throw()")
        finally:
            gen.close()


def contextmanager(func):
    """Decorator turning a generator function that yields once into a factory of context
    managers: the code before the yield is the setup, the value yielded is bound by
    'as', and the code after it is the cleanup (an exception in the block is raised at
    the yield)."""
    def make_manager(*a, **kw):
        return _GeneratorContextManager(func, a, kw)
    return wraps(func)(make_manager)


class closing(AbstractContextManager):
    """Give 'thing' to the block and call thing.close() when the block is left."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc):
        self.thing.close()


class _RedirectStream(AbstractContextManager):
    """Base of redirect_stdout / redirect_stderr: '_stream' names the sys attribute to
    replace. Saved streams form a stack, so one instance can be reused and nested."""

    def __init__(self, new_target):
        self._saved = []
        self._target = new_target

    def __exit__(self, *exc):
        setattr(sys, self._stream, self._saved.pop())

    def __enter__(self):
        name = self._stream
        self._saved.append(getattr(sys, name))
        setattr(sys, name, self._target)
        return self._target


class redirect_stderr(_RedirectStream):
    """Send sys.stderr to another file-like object for the duration of the block."""
    _stream = "stderr"


class redirect_stdout(_RedirectStream):
    """Send sys.stdout to another file-like object for the duration of the block."""
    _stream = "stdout"


class suppress(AbstractContextManager):
    """Silently end the block if it raises one of the given exception classes; execution
    goes on after the with statement."""

    def __init__(self, *exceptions):
        self._classes = exceptions

    def __exit__(self, exc_type, exc, tb):
        return exc_type is not None and issubclass(exc_type, self._classes)

    def __enter__(self):
        return None


def _relink_context(exc, previous, outer):
    """Python chained 'exc' (raised by an exit callback) to 'outer', the exception being
    handled around the with statement; chain it to 'previous' (what the callback was
    told about) instead, as if the callbacks were nested with statements."""
    link = exc
    while True:
        nxt = link.__context__
        if nxt is None or nxt is previous:
            return  # already right, or 'outer' is not on the chain
        if nxt is outer:
            link.__context__ = previous
            return
        link = nxt


class _BaseExitStack:
    """The registration half of ExitStack (CPython names its methods after this class
    in argument errors)."""

    def __init__(self):
        # Callables with __exit__'s signature, run from the right.
        self._exit_callbacks = deque()

    def pop_all(self):
        """Move every registered callback to a new stack (of the same type) and return
        it; this one is left empty."""
        moved = type(self)()
        moved._exit_callbacks, self._exit_callbacks = self._exit_callbacks, deque()
        return moved

    def push(self, exit):
        """Register a context manager's __exit__ (looked up on its type, without calling
        __enter__) or a callable taking __exit__'s arguments. Returns 'exit', so this
        works as a decorator."""
        try:
            unbound = type(exit).__exit__
        except AttributeError:
            self._exit_callbacks.append(exit)
        else:
            self._exit_callbacks.append(MethodType(unbound, exit))
        return exit

    def enter_context(self, cm):
        """Enter 'cm', register its __exit__ and return what its __enter__ returned."""
        kind = type(cm)
        try:
            enter, exit = kind.__enter__, kind.__exit__
        except AttributeError:
            raise TypeError(f"'{kind.__module__}.{kind.__qualname__}' object does not "
                            f"support the context manager protocol") from None
        result = enter(cm)
        self._exit_callbacks.append(MethodType(exit, cm))
        return result

    def callback(self, callback, /, *args, **kwds):
        """Register callback(*args, **kwds) to run on exit; it cannot suppress an
        exception. Returns 'callback', so this works as a decorator."""
        def run_callback(exc_type, exc, tb):
            callback(*args, **kwds)
        run_callback.__wrapped__ = callback
        self._exit_callbacks.append(run_callback)
        return callback



class ExitStack(_BaseExitStack, AbstractContextManager):
    """A with statement whose set of context managers and cleanup callbacks is built at
    run time; on exit they run in reverse order of registration, each seeing the
    exception (if any) left by the ones run before it.

        with ExitStack() as stack:
            files = [stack.enter_context(open(name)) for name in names]
    """

    def close(self):
        """Run the callbacks now, as leaving the with statement without an error does."""
        self.__exit__(None, None, None)

    def __exit__(self, *exc_details):
        body_raised = exc_details[0] is not None
        outer = sys.exc_info()[1]
        suppressed = False
        failing = False     # exc_details is an exception raised by a callback
        while self._exit_callbacks:
            exit_cb = self._exit_callbacks.pop()
            try:
                handled = exit_cb(*exc_details)
            except BaseException:
                raised = sys.exc_info()
                _relink_context(raised[1], exc_details[1], outer)
                exc_details, failing = raised, True
            else:
                if handled:
                    exc_details, suppressed, failing = (None, None, None), True, False
        if failing:
            # Raising here would chain the exception to 'outer' again: keep the
            # context the loop gave it.
            exc = exc_details[1]
            context = exc.__context__
            try:
                raise exc
            except BaseException:
                exc.__context__ = context
                raise
        return body_raised and suppressed


class nullcontext(AbstractContextManager):
    """A context manager that does nothing; 'as' binds enter_result. Stands in where a
    real manager is optional."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result    # what 'as' binds

    def __exit__(self, *exc):
        return None

    def __enter__(self):
        return self.enter_result


class chdir(AbstractContextManager):
    """Make 'path' the working directory during the block and go back afterwards. The
    working directory is process-wide, so this is not thread-safe."""

    def __init__(self, path):
        self._previous = []     # a stack: the same instance may be nested
        self.path = path

    def __exit__(self, *exc):
        os.chdir(self._previous.pop())

    def __enter__(self):
        self._previous.append(os.getcwd())
        os.chdir(self.path)
