"""Helper that fails while importing."""
print('mod_raises starting')
raise ValueError('mod_raises failed during import')
