"""Helper with __all__."""
__all__ = ['public_one', 'shared']
public_one = 1
public_two = 2
shared = 'shared'
_under = 'underscore'
