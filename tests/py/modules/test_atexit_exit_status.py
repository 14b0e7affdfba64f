# atexit: functions run after an uncaught exception is printed and after sys.exit(); the exit
# status stays the program's (here 3), whatever the callbacks raise
import atexit
import sys


def bye(who):
    print("bye", who)
    sys.stdout.flush()


class Raiser:
    def __repr__(self):
        return "<raiser>"

    def __call__(self):
        raise ValueError("raised at exit")


atexit.register(bye, "first registered")
atexit.register(Raiser())
atexit.register(sys.exit, 9)
atexit.register(bye, who="last registered")
print("exiting with 3")
sys.exit(3)
