# expected: hand-written (deliberate divergence): heapscope's own copyright/credits/license texts and its pydoc-less help() summaries
print(repr(copyright))
print(repr(credits))
print(repr(license))
help()
help(len)


def scale(value, factor=2, *rest, unit='m', **extra):
    """Multiply value by factor.

    Extra lines keep their indentation.
    """
    return value * factor


help(scale)


class Box:
    """A box."""


help(Box)
help(Box())
help('nosuchmodule_hs')
print(help('math') is None)
