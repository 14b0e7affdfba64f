import os
import os.path
import os.path as p
import a.b.c as d
from os import path
from os import path as p, sep
from . import x
from .. import y as z
from .mod import *
import sys, re
