from os import path
from . import a
from .. import b
from .mod import c as d, e
from ...pkg.sub import f
from .... import g
from x import *
from y import (a, b,
    c as cc,)
