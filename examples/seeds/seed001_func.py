# Seed 001 (What Do You Mean by Python Memory Model?), fragment 1: a local in a frame.
# Added: a call and prints, so the local's life inside the frame is visible.
def func():
    x = 10
    print('inside func, locals:', locals())

func()
print('after return, x is gone from the caller:', 'x' in globals())
