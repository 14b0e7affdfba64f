"""The decoder part of json (CPython 3.11: Lib/json/decoder.py); heapscope keeps it in json."""
from json import (JSONDecoder, JSONDecodeError, JSONObject, JSONArray, scanstring,
                  py_scanstring)

__all__ = ['JSONDecoder', 'JSONDecodeError']
