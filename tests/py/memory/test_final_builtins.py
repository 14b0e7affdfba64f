# Finalization at exit (issue #3): builtins are restored as bootstrap made them before the
# program's last objects die, so names the program added or replaced are gone by then.
import builtins


def my_len(x):
    return -1


builtins.greet = "hello from an added builtin"
builtins.len = my_len


class Late:
    def __del__(self):
        try:
            print("greet:", greet)
        except NameError as e:
            print("NameError:", e)
        print("len('abc') =", len("abc"))


obj = Late()
print("while running:", greet, len("abc"))
