# atexit: an uncaught exception is printed first, then the atexit functions run; the exit
# status stays 1. weakref.finalize's exit function is an atexit function too, registered when
# the first finalizer is made, so it runs in registration order among them.
import atexit
import weakref


class Thing:
    pass


atexit.register(print, "atexit: registered before the first finalizer")
t = Thing()
weakref.finalize(t, print, "finalize: t")
atexit.register(print, "atexit: registered after the first finalizer")
u = Thing()
weakref.finalize(u, print, "finalize: u")


def nested():
    atexit.register(print, "dropped: registered while exiting")
    print("atexit: nested register")


atexit.register(nested)
raise LookupError("uncaught")
