# docs/memory-model.md §2 Stack frames: too many frames raise RecursionError, not a crash
import sys

depth = 0


def dive():
    global depth
    depth += 1
    dive()


try:
    dive()
except RecursionError as e:
    print(type(e).__name__, e)
print(depth, sys.getrecursionlimit())

# The limit is a setting, not the size of a memory segment.
depth = 0
sys.setrecursionlimit(200)
try:
    dive()
except RecursionError:
    pass
print(depth)
sys.setrecursionlimit(1000)
