# atexit: register/unregister/_run_exitfuncs/_clear/_ncallbacks, argument errors, and the
# functions left registered running at exit, newest first (their output ends stdout; errors
# in them go to stderr without changing the exit status)
import atexit

base = atexit._ncallbacks()  # CPython's site may have registered some already


class Loud:
    def __init__(self, exc):
        self.exc = exc

    def __repr__(self):
        return "Loud(%r)" % (self.exc,)

    def __call__(self):
        raise self.exc


def show(*args, **kwargs):
    print("show", args, sorted(kwargs.items()))


print(atexit.register(show, 1, 2, key="v") is show)
print(atexit._ncallbacks() - base)
try:
    atexit.register()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register(42)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.register("not callable", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.unregister()
except TypeError as e:
    print("TypeError:", e)
try:
    atexit.unregister(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit._ncallbacks(1)
except TypeError as e:
    print("TypeError:", e)
try:
    atexit._clear(1)
except TypeError as e:
    print("TypeError:", e)
print(atexit.unregister(5), atexit._ncallbacks() - base)
print(atexit.__name__, sorted(n for n in dir(atexit) if not n.startswith("__")))
print(atexit.register)
print(atexit.register.__doc__)
print(atexit.unregister.__doc__)
print(atexit.__doc__)

# _run_exitfuncs runs them now, newest first, and forgets them
atexit._clear()
log = []
for i in range(4):
    atexit.register(log.append, i)
atexit.register(lambda *a, **k: log.append((a, k)), 1, x=2)
print(atexit._ncallbacks())
atexit._run_exitfuncs()
print(log, atexit._ncallbacks())

# unregister empties the slot (it still counts) and removes every registration of func
atexit.register(log.append, "a")


def twice():
    log.append("twice")


atexit.register(twice)
atexit.register(twice)
print(atexit._ncallbacks())
atexit.unregister(twice)
print(atexit._ncallbacks())
log.clear()
atexit._run_exitfuncs()
print(log, atexit._ncallbacks())


# unregister compares with ==
class Eq:
    def __eq__(self, other):
        return True

    def __call__(self):
        print("Eq called")


atexit.register(show, "kept")
atexit.unregister(Eq())
atexit._run_exitfuncs()


class BadEq:
    def __eq__(self, other):
        raise ValueError("no compare")


atexit.register(show, "x")
try:
    atexit.unregister(BadEq())
except ValueError as e:
    print("ValueError:", e)
atexit._clear()
print(atexit._ncallbacks())


# a callback may register or unregister others while they run
def first():
    print("first: unregistering second")
    atexit.unregister(second)


def second():
    print("second (never runs)")


def third():
    print("third: registering another")
    atexit.register(print, "registered during the run (dropped)")


atexit.register(second)
atexit.register(first)
atexit.register(third)
atexit._run_exitfuncs()
print(atexit._ncallbacks())

# errors in callbacks run by _run_exitfuncs are printed, and the rest still run
atexit.register(print, "after the errors")
atexit.register(Loud(KeyError("k")))
atexit.register(int, "x")
atexit._run_exitfuncs()
print("still running")

# decorator use; these run at exit
@atexit.register
def goodbye():
    print("goodbye (registered first, runs last)")


atexit.register(show, "args", n=1)
atexit.register(Loud(RuntimeError("at exit")))
atexit.register(Loud(SystemExit(7)))
atexit.register(int, "not a number")
atexit.register(print, "registered last, runs first")
print("end of the main program")
