x = 1
y = x + z
import os, os.path as p
from a import b as c, d
