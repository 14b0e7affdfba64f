"""The encoder part of json (CPython 3.11: Lib/json/encoder.py); heapscope keeps it in json."""
from json import (JSONEncoder, encode_basestring, encode_basestring_ascii,
                  py_encode_basestring, py_encode_basestring_ascii, INFINITY)
