# gc.callbacks edge cases: a callback that raises is reported as unraisable and the
# collection goes on; an exception being handled survives a collection with callbacks; a
# callback calling gc.collect() gets 0 (already collecting); a re-imported gc module shares
# garbage/callbacks with the first; a callback removing itself during the call.
import gc
import sys
gc.disable()
gc.collect()
gc.callbacks.append(len)
a = []
a.append(a)
del a
print('collect with a failing callback:', gc.collect())
gc.callbacks.clear()
try:
    raise KeyError('pending')
except KeyError:
    gc.callbacks.append(print)
    print(gc.collect())
    gc.callbacks.clear()
    print('still handling:', repr(sys.exc_info()[1]))
def nested(phase, info):
    print(phase, 'nested collect ->', gc.collect())
gc.callbacks.append(nested)
print('outer:', gc.collect())
gc.callbacks.clear()
calls = []
def once(phase, info):
    calls.append(phase)
    gc.callbacks.remove(once)
gc.callbacks.append(once)
gc.collect()
gc.collect()
print('self-removing callback ran:', calls)
del sys.modules['gc']
import gc as gc2
print('new module:', gc2 is not gc, 'same lists:', gc2.garbage is gc.garbage,
      gc2.callbacks is gc.callbacks)
gc.garbage = ['rebound']
gc.set_debug(gc.DEBUG_SAVEALL)
b = ['b']
b.append(b)
del b
print('saveall after rebinding gc.garbage:', gc.collect(), gc.garbage, len(gc2.garbage))
gc.set_debug(0)
gc2.garbage.clear()
gc.enable()
