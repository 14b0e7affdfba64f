try:
    import json
except ImportError:
    json = None
try:
    from os import scandir
except (ImportError, AttributeError) as e:
    scandir = None
    err = e
