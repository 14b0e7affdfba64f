# Regression: the Python half of `collections` imports collections.abc while the C module
# is being made; `collections` is now in sys.modules meanwhile (as an import does for a
# package), replacing a throwaway stand-in parent. The import order and re-imports work.
import sys

import collections.abc

print(sorted(k for k in sys.modules if k.startswith("collections")))
import collections

print(collections.abc is sys.modules["collections.abc"], collections.abc.__name__)
from collections import abc

print(abc is collections.abc, issubclass(collections.UserList, abc.MutableSequence),
      isinstance(collections.deque(), abc.MutableSequence),
      issubclass(collections.UserDict, abc.MutableMapping),
      issubclass(collections.UserString, abc.Sequence))
print(sys.modules["collections"] is collections, collections.__name__,
      collections.__spec__.name)
old = sys.modules.pop("collections")
import collections as again

print(again is old, sys.modules["collections"] is again, again.UserDict is old.UserDict,
      issubclass(again.UserDict, abc.MutableMapping), sys.modules["collections.abc"] is abc)
print(again.namedtuple("P", "x")(1), again.OrderedDict(a=1), again.Counter("aab"))
