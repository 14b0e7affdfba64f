"""
The objects used by the site module to add custom builtins.
"""
# As CPython 3.11's Lib/_sitebuiltins.py: exit and quit (Quitter), copyright, credits and
# license (_Printer, here always with their built-in text) and help (_Helper). heapscope has
# no pydoc, so _Helper prints a short pydoc-shaped summary: the object's kind, name, module,
# signature (for Python functions) and docstring. builtins holds stand-ins that make the
# instances on first use (src/modules/builtins_site.c), where CPython's site.py makes them
# at startup.

import sys


class Quitter(object):
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof
    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)
    def __call__(self, code=None):
        # Shells like IDLE catch the SystemExit, but listen when their
        # stdin wrapper is closed.
        try:
            sys.stdin.close()
        except:
            pass
        raise SystemExit(code)


class _Printer(object):
    """interactive prompt objects for printing the license text, a list of
    contributors and the copyright notice."""

    MAXLINES = 23

    def __init__(self, name, data):
        self.__name = name
        self.__data = data
        self.__lines = None

    def __setup(self):
        if self.__lines:
            return
        self.__lines = self.__data.split('\n')
        self.__linecnt = len(self.__lines)

    def __repr__(self):
        self.__setup()
        if len(self.__lines) <= self.MAXLINES:
            return "\n".join(self.__lines)
        else:
            return "Type %s() to see the full %s text" % ((self.__name,)*2)

    def __call__(self):
        self.__setup()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        lineno = 0
        while 1:
            try:
                for i in range(lineno, lineno + self.MAXLINES):
                    print(self.__lines[i])
            except IndexError:
                break
            else:
                lineno += self.MAXLINES
                key = None
                while key is None:
                    key = input(prompt)
                    if key not in ('', 'q'):
                        key = None
                if key == 'q':
                    break


COPYRIGHT = """\
heapscope: a Python 3.11 interpreter written in C to show CPython's memory model.
It reproduces the behaviour of CPython 3.11, which is
Copyright (c) 2001-2023 Python Software Foundation.
All Rights Reserved."""

CREDITS = """\
    heapscope follows the design of CPython 3.11; thanks to its developers,
    and to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands
    for supporting Python development.  See www.python.org for more information."""

LICENSE = """\
heapscope models CPython 3.11, whose behaviour and documentation it follows.
CPython is distributed under the PSF License Agreement:
See https://www.python.org/psf/license/"""


def _signature(func):
    """'(a, b=2, *c, d, **e)' from a Python function's code, or '(...)'."""
    code = getattr(func, '__code__', None)
    if code is None:
        return '(...)'
    names = code.co_varnames
    npos = code.co_argcount
    nkw = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if i >= first_default:
            parts.append('%s=%r' % (names[i], defaults[i - first_default]))
        else:
            parts.append(names[i])
        if i + 1 == code.co_posonlyargcount:
            parts.append('/')
    i = npos + nkw
    if code.co_flags & 0x04:
        parts.append('*' + names[i])
        i += 1
    elif nkw:
        parts.append('*')
    for name in names[npos:npos + nkw]:
        if name in kwdefaults:
            parts.append('%s=%r' % (name, kwdefaults[name]))
        else:
            parts.append(name)
    if code.co_flags & 0x08:
        parts.append('**' + names[i])
    return '(' + ', '.join(parts) + ')'


def _indent(doc, prefix):
    if not doc:
        return ''
    lines = doc.expandtabs().split('\n')
    first = lines[0].strip()
    rest = [line for line in lines[1:]]
    margin = min([len(l) - len(l.lstrip()) for l in rest if l.strip()] or [0])
    body = [first] + [l[margin:].rstrip() for l in rest]
    while body and not body[-1]:
        body.pop()
    return '\n'.join((prefix + l).rstrip() if l else prefix.rstrip() for l in body) + '\n'


def _describe(thing):
    """The text help(thing) prints."""
    doc = getattr(thing, '__doc__', None)
    if not isinstance(doc, str):
        doc = None
    name = getattr(thing, '__name__', None)
    module = getattr(thing, '__module__', None)
    where = ' in module %s' % module if module else ''
    if type(thing).__name__ == 'module':
        return 'Help on module %s:\n\nNAME\n    %s\n\n%s' % (
            name, name, 'DESCRIPTION\n' + _indent(doc, '    ') if doc else '')
    if isinstance(thing, type):
        bases = ', '.join(b.__name__ if b.__module__ == thing.__module__
                          else '%s.%s' % (b.__module__, b.__qualname__)
                          for b in thing.__bases__)
        head = 'class %s(%s)\n' % (name, bases) if bases else 'class %s\n' % name
        return 'Help on class %s%s:\n\n%s%s' % (name, where, head, _indent(doc, ' |  '))
    if type(thing).__name__ == 'builtin_function_or_method':
        return 'Help on built-in function %s%s:\n\n%s(...)\n%s' % (
            name, where, name, _indent(doc, '    '))
    if type(thing).__name__ == 'function':
        return 'Help on function %s%s:\n\n%s%s\n%s' % (
            name, where, name, _signature(thing), _indent(doc, '    '))
    return _describe(type(thing))


def _import(name):
    ns = {}
    exec('import %s as m' % name, ns)
    return ns['m']


class _Helper(object):
    """Define the builtin 'help'.

    This is a wrapper around pydoc.help that provides a helpful message
    when 'help' is typed at the Python interactive prompt.

    Calling help() at the Python prompt starts an interactive help session.
    Calling help(thing) prints help for the python object 'thing'.
    """

    def __repr__(self):
        return "Type help() for interactive help, " \
               "or help(object) for help about object."
    def __call__(self, *args, **kwds):
        if not args:
            print("Welcome to heapscope's help. heapscope has no pydoc, so there is no\n"
                  "interactive help utility: call help(object) to see a summary of an\n"
                  "object (its kind, signature and docstring).")
            return None
        thing = args[0]
        if isinstance(thing, str):
            try:
                thing = sys.modules[thing] if thing in sys.modules else _import(thing)
            except ImportError:
                print("No Python documentation found for %r.\n"
                      "Use help() to get the interactive help utility.\n"
                      "Use help(str) for help on the str class." % (thing,))
                return None
        print(_describe(thing))
        return None
