"""Thread objects and synchronization primitives (heapscope's threading module).

Built on the _thread C module (src/modules/threadmodule.c), which provides the thread start,
Lock, RLock, thread-local storage and a per-thread "sentinel" lock that is released when the
thread's state goes away. Everything here - Thread, Condition, Semaphore, Event, Barrier,
Timer, the registry of live threads and the wait for non-daemon threads at exit - is ours,
with CPython 3.11's public API, reprs and messages (docs/internals/threads.md).
"""

import sys as _sys
import _thread
from collections import deque as _deque
from itertools import count as _count
from time import monotonic as _clock

__all__ = [
    'get_ident', 'active_count', 'Condition', 'current_thread', 'enumerate', 'main_thread',
    'TIMEOUT_MAX', 'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
    'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError', 'setprofile', 'settrace',
    'local', 'stack_size', 'excepthook', 'ExceptHookArgs', 'gettrace', 'getprofile',
    'get_native_id',
]

# What _thread offers, under the names this module (and a few users of it) expect.
get_ident = _thread.get_ident
get_native_id = _thread.get_native_id
stack_size = _thread.stack_size
local = _thread._local
ThreadError = _thread.error
TIMEOUT_MAX = _thread.TIMEOUT_MAX
Lock = _thread.allocate_lock
_allocate_lock = _thread.allocate_lock
_CRLock = _thread.RLock


def _deprecated(old, advice):
    import warnings
    warnings.warn(f'{old}() is deprecated, {advice}', DeprecationWarning, stacklevel=3)


# ---- hooks installed in every thread started from here

_hooks = {'trace': None, 'profile': None}


def settrace(func):
    """Install func as the trace function of each thread started from now on."""
    _hooks['trace'] = func


def gettrace():
    """The function settrace() installed, or None."""
    return _hooks['trace']


def setprofile(func):
    """Install func as the profile function of each thread started from now on."""
    _hooks['profile'] = func


def getprofile():
    """The function setprofile() installed, or None."""
    return _hooks['profile']


def RLock(*args, **kwargs):
    """A new reentrant lock (the C _thread.RLock)."""
    return _CRLock(*args, **kwargs)


# ---- Condition

class Condition:
    """A condition variable: threads wait() on it until another one notify()s."""

    def __init__(self, lock=None):
        self._lock = lock = RLock() if lock is None else lock
        self.acquire = lock.acquire
        self.release = lock.release
        # An RLock saves and restores its recursion level around a wait; a plain lock
        # falls back on the methods of this class.
        for hook in ('_is_owned', '_release_save', '_acquire_restore'):
            if hasattr(lock, hook):
                setattr(self, hook, getattr(lock, hook))
        self._waiters = _deque()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, *exc):
        return self._lock.__exit__(*exc)

    def __repr__(self):
        return f"<Condition({self._lock}, {len(self._waiters)})>"

    def _is_owned(self):
        # A lock we can take right now is not held (by us or anybody).
        free = self._lock.acquire(False)
        if free:
            self._lock.release()
        return not free

    def _release_save(self):
        self._lock.release()

    def _acquire_restore(self, saved):
        self._lock.acquire()

    def wait(self, timeout=None):
        """Release the lock, sleep until notified (or timeout seconds pass), take the lock
        again; True unless the time ran out."""
        if not self._is_owned():
            raise RuntimeError("cannot wait on un-acquired lock")
        # Each waiter sleeps on a lock of its own, locked here and unlocked by notify().
        gate = _allocate_lock()
        gate.acquire()
        self._waiters.append(gate)
        saved = self._release_save()
        woken = False
        try:
            if timeout is None:
                woken = gate.acquire()
            elif timeout > 0:
                woken = gate.acquire(True, timeout)
            else:
                woken = gate.acquire(False)
            return woken
        finally:
            self._acquire_restore(saved)
            if not woken:
                # timed out: leave the queue, unless notify() took us off it meanwhile
                if gate in self._waiters:
                    self._waiters.remove(gate)

    def wait_for(self, predicate, timeout=None):
        """wait() until predicate() is true or the timeout has gone by; the predicate's
        last result."""
        # The first wait always gets the whole timeout (even 0), so a false predicate is
        # asked at least twice; only later rounds check the clock, as CPython's.
        deadline = None
        remaining = timeout
        outcome = predicate()
        while not outcome:
            if remaining is not None:
                if deadline is None:
                    deadline = _clock() + remaining
                else:
                    remaining = deadline - _clock()
                    if remaining <= 0:
                        break
            self.wait(remaining)
            outcome = predicate()
        return outcome

    def notify(self, n=1):
        """Wake up to n of the waiting threads (oldest first)."""
        if not self._is_owned():
            raise RuntimeError("cannot notify on un-acquired lock")
        queue = self._waiters
        while n > 0 and queue:
            try:
                queue.popleft().release()
            except RuntimeError:
                continue  # already unlocked: that waiter is gone
            n -= 1

    def notify_all(self):
        """Wake up every waiting thread."""
        self.notify(len(self._waiters))

    def notifyAll(self):
        """Deprecated alias of notify_all()."""
        _deprecated('notifyAll', 'use notify_all() instead')
        self.notify_all()


# ---- Semaphore, BoundedSemaphore

def _object_tag(obj):
    kind = type(obj)
    return f"{kind.__module__}.{kind.__qualname__} at {id(obj):#x}"


class Semaphore:
    """A counter that acquire() decrements, blocking while it is zero, and release()
    increments."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError("semaphore initial value must be >= 0")
        self._value = value
        self._cond = Condition(Lock())  # guards _value; wait()ed on while it is 0

    def __repr__(self):
        return f"<{_object_tag(self)}: value={self._value}>"

    def acquire(self, blocking=True, timeout=None):
        """Take one unit of the counter; False if it could not be had (non-blocking, or the
        timeout expired)."""
        if timeout is not None and not blocking:
            raise ValueError("can't specify timeout for non-blocking acquire")
        deadline = None if timeout is None else _clock() + timeout
        with self._cond:
            while not self._value:
                if not blocking:
                    return False
                remaining = None
                if deadline is not None:
                    remaining = deadline - _clock()
                    if remaining <= 0:
                        return False
                self._cond.wait(remaining)
            self._value -= 1
            return True

    __enter__ = acquire

    def __exit__(self, exc_type, exc, tb):
        self.release()

    def _check_units(self, n):
        if n < 1:
            raise ValueError('n must be one or more')

    def release(self, n=1):
        """Give back n units, waking up to n waiting threads."""
        self._check_units(n)
        with self._cond:
            self._value += n
            self._cond.notify(n)


class BoundedSemaphore(Semaphore):
    """A Semaphore whose counter may not go above its initial value."""

    def __init__(self, value=1):
        super().__init__(value)
        self._initial_value = value

    def __repr__(self):
        return f"<{_object_tag(self)}: value={self._value}/{self._initial_value}>"

    def release(self, n=1):
        """Give back n units; ValueError if that would exceed the initial value."""
        self._check_units(n)
        with self._cond:
            if self._value + n > self._initial_value:
                raise ValueError("Semaphore released too many times")
            self._value += n
            self._cond.notify(n)


# ---- Event

class Event:
    """A flag threads can wait for until some thread sets it."""

    def __init__(self):
        self._flag = False
        self._cond = Condition(Lock())

    def __repr__(self):
        return f"<{_object_tag(self)}: {'set' if self._flag else 'unset'}>"

    def is_set(self):
        """Whether the flag is set."""
        return self._flag

    def isSet(self):
        """Deprecated alias of is_set()."""
        _deprecated('isSet', 'use is_set() instead')
        return self._flag

    def set(self):
        """Set the flag and wake every waiting thread."""
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        """Unset the flag."""
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        """Block until the flag is set or timeout seconds pass; the flag at return."""
        with self._cond:
            return self._flag or self._cond.wait(timeout)


# ---- Barrier

class BrokenBarrierError(RuntimeError):
    pass


# a Barrier's phases
_FILLING, _DRAINING, _RESETTING, _BROKEN = 'filling', 'draining', 'resetting', 'broken'


class Barrier:
    """Holds a fixed number of threads (parties) in wait() until the last one arrives,
    then lets them all go, running the optional action once."""

    def __init__(self, parties, action=None, timeout=None):
        self._cond = Condition(Lock())
        self._parties = parties
        self._action = action
        self._timeout = timeout
        self._phase = _FILLING
        self._count = 0  # threads inside wait()

    def __repr__(self):
        if self.broken:
            return f"<{_object_tag(self)}: broken>"
        return f"<{_object_tag(self)}: waiters={self.n_waiting}/{self.parties}>"

    def wait(self, timeout=None):
        """Wait for the other parties; this thread's arrival index (0 .. parties-1)."""
        if timeout is None:
            timeout = self._timeout
        cond = self._cond
        with cond:
            # the previous round must have let all its threads out first
            while self._phase in (_DRAINING, _RESETTING):
                cond.wait()
            if self._phase is _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if index == self._parties - 1:
                    self._trip()
                elif not cond.wait_for(lambda: self._phase is not _FILLING, timeout):
                    self._break()
                    raise BrokenBarrierError
                elif self._phase is not _DRAINING:
                    raise BrokenBarrierError
                return index
            finally:
                self._count -= 1
                if not self._count and self._phase in (_DRAINING, _RESETTING):
                    self._phase = _FILLING  # the last one out opens the next round
                    cond.notify_all()

    def _trip(self):
        try:
            if self._action:
                self._action()
        except BaseException:
            self._break()
            raise
        self._phase = _DRAINING
        self._cond.notify_all()

    def _break(self):
        self._phase = _BROKEN
        self._cond.notify_all()

    def reset(self):
        """Return to the empty state; threads waiting now get BrokenBarrierError."""
        with self._cond:
            if not self._count:
                self._phase = _FILLING
            elif self._phase in (_FILLING, _BROKEN):
                self._phase = _RESETTING
            self._cond.notify_all()

    def abort(self):
        """Break the barrier: current and later wait() calls raise BrokenBarrierError."""
        with self._cond:
            self._break()

    @property
    def parties(self):
        """How many threads must call wait() to trip the barrier."""
        return self._parties

    @property
    def n_waiting(self):
        """How many threads are waiting now."""
        return self._count if self._phase is _FILLING else 0

    @property
    def broken(self):
        """Whether the barrier is broken."""
        return self._phase is _BROKEN


# ---- the registry of threads

# Started threads by ident; threads between start() and their first instruction wait in
# _limbo. Both are guarded by _active_limbo_lock.
_active = {}
_limbo = {}
_active_limbo_lock = RLock()

# The sentinel locks of the non-daemon threads: _shutdown() waits for each to be released.
_exit_waits = set()
_exit_waits_lock = _allocate_lock()

_serials = _count(1)  # shared by "Thread-N" and "Dummy-N"; next() on it is atomic


def _newname(template='Thread-%d'):
    return template % next(_serials)


def _drop_finished_waits():
    # called with _exit_waits_lock held
    _exit_waits.difference_update([s for s in _exit_waits if not s.locked()])


def _register(thread):
    with _active_limbo_lock:
        _active[thread._ident] = thread
        _limbo.pop(thread, None)


def _enumerate():
    return [*_active.values(), *_limbo.values()]


# ---- reporting exceptions that end a thread

class ExceptHookArgs(tuple):
    """What excepthook receives: (exc_type, exc_value, exc_traceback, thread)."""

    def __new__(cls, seq):
        fields = tuple(seq)
        if len(fields) != 4:
            raise TypeError(f"_thread._ExceptHookArgs() takes a 4-sequence "
                            f"({len(fields)}-sequence given)")
        return super().__new__(cls, fields)

    @property
    def exc_type(self):
        return self[0]

    @property
    def exc_value(self):
        return self[1]

    @property
    def exc_traceback(self):
        return self[2]

    @property
    def thread(self):
        return self[3]

    def __repr__(self):
        names = ('exc_type', 'exc_value', 'exc_traceback', 'thread')
        inner = ', '.join(f'{k}={v!r}' for k, v in zip(names, self))
        return f'_thread._ExceptHookArgs({inner})'


# CPython's is the struct sequence _thread._ExceptHookArgs
ExceptHookArgs.__name__ = ExceptHookArgs.__qualname__ = '_ExceptHookArgs'
ExceptHookArgs.__module__ = '_thread'


def _write_report(stream, exc):
    # the report the interpreter prints for an uncaught exception, into a Python stream
    stream.write(_thread._format_exception(exc))
    stream.flush()


_NO_NAME = object()


def excepthook(args, /):
    """Report an exception that escaped Thread.run() on sys.stderr (SystemExit is quiet)."""
    if not isinstance(args, ExceptHookArgs):
        raise TypeError("_thread.excepthook argument type must be ExceptHookArgs")
    if args.exc_type is SystemExit:
        return
    stream = getattr(_sys, 'stderr', None) if _sys is not None else None
    if stream is None:
        if args.thread is None:
            return
        stream = getattr(args.thread, '_stderr', None)
        if stream is None:
            return
    # a "thread" without a name attribute is reported by the current thread's ident
    who = _NO_NAME if args.thread is None else getattr(args.thread, 'name', _NO_NAME)
    if who is _NO_NAME:
        who = get_ident()
    stream.write(f"Exception in thread {who}:\n")
    _write_report(stream, args.exc_value)
    stream.flush()  # a second time, as CPython's C hook does after displaying


__excepthook__ = excepthook


def _make_invoke_excepthook():
    # Bound now, at Thread creation, so that a thread still ending while the interpreter
    # shuts down has what it needs.
    fallback_hook = excepthook
    fallback_sys_hook = _sys.excepthook
    if fallback_hook is None:
        raise RuntimeError("threading.excepthook is None")
    if fallback_sys_hook is None:
        raise RuntimeError("sys.excepthook is None")
    sys_mod, exc_info, builtin_print = _sys, _sys.exc_info, print

    def hook_failed(thread):
        stream = sys_mod.stderr if sys_mod is not None else None
        if stream is None:
            stream = thread._stderr
        builtin_print("Exception in threading.excepthook:", file=stream, flush=True)
        handler = sys_mod.excepthook if sys_mod is not None else None
        if handler is None:
            handler = fallback_sys_hook
        if handler is getattr(sys_mod, '__excepthook__', None):
            # heapscope's built-in sys.excepthook writes to the C stderr; CPython's writes to
            # sys.stderr, so format the report into that stream here
            _write_report(stream, exc_info()[1])
        else:
            handler(*exc_info())

    def invoke(thread):
        hook = excepthook  # whatever the module's attribute is now
        if hook is None:
            hook = fallback_hook
        try:
            hook(ExceptHookArgs([*exc_info(), thread]))
        except Exception as failure:
            # report the hook's own error, without the thread's one as its context
            failure.__suppress_context__ = True
            hook_failed(thread)

    return invoke


# ---- Thread

class Thread:
    """A thread of control: start() runs run() (by default target(*args, **kwargs)) in a
    new thread."""

    _initialized = False  # until __init__ has run

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        assert group is None, "group argument must be None for now"
        if not name:
            name = _newname()
            if target is not None and hasattr(target, '__name__'):
                name = f"{name} ({target.__name__})"
        self._name = str(name)
        self._target = target
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = self._native_id = None
        self._tstate_lock = None  # the _thread sentinel: locked while the thread lives
        self._started = Event()
        self._is_stopped = False
        self._initialized = True
        self._stderr = _sys.stderr
        self._invoke_excepthook = _make_invoke_excepthook()

    def __repr__(self):
        assert self._initialized, "Thread.__init__() was not called"
        self.is_alive()  # notices a thread that has ended
        if self._is_stopped:
            words = ["stopped"]
        else:
            words = ["started" if self._started.is_set() else "initial"]
        if self._daemonic:
            words.append("daemon")
        if self._ident is not None:
            words.append(str(self._ident))
        return f"<{type(self).__name__}({self._name}, {' '.join(words)})>"

    # -- starting and running

    def start(self):
        """Run this thread's run() in a new thread; call at most once."""
        if not self._initialized:
            raise RuntimeError("thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("threads can only be started once")
        with _active_limbo_lock:
            _limbo[self] = self
        try:
            _thread.start_new_thread(self._bootstrap, ())
        except Exception:
            with _active_limbo_lock:
                _limbo.pop(self, None)
            raise
        self._started.wait()  # until the new thread has registered itself

    def run(self):
        """The thread's work: calls target(*args, **kwargs). Subclasses may override it."""
        try:
            if self._target is not None:
                self._target(*self._args, **self._kwargs)
        finally:
            # the thread must not keep its target and arguments alive (or in a cycle)
            del self._target, self._args, self._kwargs

    def _bootstrap(self):
        try:
            self._run_in_new_thread()
        except BaseException:
            if not (self._daemonic and _sys is None):
                raise

    def _take_identity(self):
        self._ident = get_ident()
        self._native_id = get_native_id()

    def _set_tstate_lock(self):
        sentinel = _thread._set_sentinel()
        sentinel.acquire()
        self._tstate_lock = sentinel
        if not self._daemonic:
            with _exit_waits_lock:
                _drop_finished_waits()
                _exit_waits.add(sentinel)

    def _run_in_new_thread(self):
        try:
            self._take_identity()
            self._set_tstate_lock()
            self._started.set()
            _register(self)
            if _hooks['trace']:
                _sys.settrace(_hooks['trace'])
            if _hooks['profile']:
                _sys.setprofile(_hooks['profile'])
            try:
                self.run()
            except BaseException:
                self._invoke_excepthook(self)
        finally:
            with _active_limbo_lock:
                _active.pop(get_ident(), None)

    # -- ending

    def _stop(self):
        # the sentinel has been released: the thread is gone
        self._is_stopped = True
        self._tstate_lock = None
        if not self._daemonic:
            with _exit_waits_lock:
                _drop_finished_waits()

    def _poll_end(self, block, timeout=-1):
        sentinel = self._tstate_lock
        if sentinel is None:
            return
        try:
            ended = sentinel.acquire(block, timeout)
        except BaseException:
            # interrupted while it ended: still note that
            ended = sentinel.locked()
            if ended:
                sentinel.release()
                self._stop()
            raise
        if ended:
            sentinel.release()
            self._stop()

    def join(self, timeout=None):
        """Wait for the thread to end, at most timeout seconds if given."""
        if not self._initialized:
            problem = "Thread.__init__() not called"
        elif not self._started.is_set():
            problem = "cannot join thread before it is started"
        elif self is current_thread():
            problem = "cannot join current thread"
        else:
            problem = None
        if problem:
            raise RuntimeError(problem)
        if timeout is None:
            self._poll_end(True)
        else:
            self._poll_end(True, max(timeout, 0))

    def is_alive(self):
        """Whether the thread has started and not yet ended."""
        assert self._initialized, "Thread.__init__() not called"
        if not self._started.is_set() or self._is_stopped:
            return False
        self._poll_end(False)
        return not self._is_stopped

    # -- attributes

    @property
    def name(self):
        """The thread's name (only for identification; need not be unique)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._name

    @name.setter
    def name(self, value):
        assert self._initialized, "Thread.__init__() not called"
        self._name = str(value)

    @property
    def ident(self):
        """The thread's get_ident() value, or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._ident

    @property
    def native_id(self):
        """The kernel's id for the thread, or None before it starts."""
        assert self._initialized, "Thread.__init__() not called"
        return self._native_id

    @property
    def daemon(self):
        """Whether this is a daemon thread (the program does not wait for those)."""
        assert self._initialized, "Thread.__init__() not called"
        return self._daemonic

    @daemon.setter
    def daemon(self, value):
        if not self._initialized:
            raise RuntimeError("Thread.__init__() not called")
        if self._started.is_set():
            raise RuntimeError("cannot set daemon status of active thread")
        self._daemonic = value

    # -- deprecated accessors

    def getName(self):
        _deprecated('getName', 'get the name attribute instead')
        return self.name

    def setName(self, name):
        _deprecated('setName', 'set the name attribute instead')
        self.name = name

    def isDaemon(self):
        _deprecated('isDaemon', 'get the daemon attribute instead')
        return self.daemon

    def setDaemon(self, daemonic):
        _deprecated('setDaemon', 'set the daemon attribute instead')
        self.daemon = daemonic


class Timer(Thread):
    """A thread that calls function(*args, **kwargs) after interval seconds, unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.function = function
        self.interval = interval
        self.args = [] if args is None else args
        self.kwargs = {} if kwargs is None else kwargs
        self.finished = Event()

    def cancel(self):
        """Stop the timer if it has not fired yet."""
        self.finished.set()

    def run(self):
        cancelled = self.finished.wait(self.interval)
        if not cancelled:
            self.function(*self.args, **self.kwargs)
        self.finished.set()


class _MainThread(Thread):
    # the thread the interpreter started in

    def __init__(self):
        Thread.__init__(self, name="MainThread", daemon=False)
        self._take_identity()
        self._set_tstate_lock()
        self._started.set()
        _register(self)


class _DummyThread(Thread):
    # stands for a thread started by _thread directly: always alive, always a daemon

    def __init__(self):
        Thread.__init__(self, name=_newname("Dummy-%d"), daemon=True)
        self._take_identity()
        self._started.set()
        _register(self)

    def join(self, timeout=None):
        assert False, "cannot join a dummy thread"

    def is_alive(self):
        assert self._started.is_set() and not self._is_stopped
        return True

    def _stop(self):
        pass  # never stops


# ---- module functions

def current_thread():
    """The Thread object of the calling thread (a dummy one for threads not started
    through this module)."""
    me = _active.get(get_ident())
    return me if me is not None else _DummyThread()


def main_thread():
    """The Thread object of the interpreter's first thread."""
    return _main_thread


def active_count():
    """How many Thread objects are alive."""
    with _active_limbo_lock:
        return len(_active) + len(_limbo)


def enumerate():
    """A list of the Thread objects that are alive."""
    with _active_limbo_lock:
        return _enumerate()


def currentThread():
    _deprecated('currentThread', 'use current_thread() instead')
    return current_thread()


def activeCount():
    _deprecated('activeCount', 'use active_count() instead')
    return active_count()


# ---- interpreter exit

_threading_atexits = []
_SHUTTING_DOWN = False


def _register_atexit(func, *arg, **kwargs):
    """Call func(*arg, **kwargs) at exit, before waiting for the non-daemon threads (the
    last registered runs first)."""
    if _SHUTTING_DOWN:
        raise RuntimeError("can't register atexit after shutdown")
    _threading_atexits.append(lambda: func(*arg, **kwargs))


def _shutdown():
    """Called by the interpreter when the main program ends: run the _register_atexit
    calls (the main thread still alive), mark the main thread ended, then wait for every
    non-daemon thread."""
    global _SHUTTING_DOWN
    main = _main_thread
    if main._is_stopped:
        return
    _SHUTTING_DOWN = True
    for call in _threading_atexits[::-1]:
        call()
    if main.ident == get_ident():
        main._tstate_lock.release()
        main._stop()
    while True:
        with _exit_waits_lock:
            pending = list(_exit_waits)
            _exit_waits.clear()
        if not pending:
            return
        for sentinel in pending:
            with sentinel:  # released when that thread's state is deleted
                pass


_main_thread = _MainThread()
