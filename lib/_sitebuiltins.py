"""The builtins CPython's site module adds: exit and quit (Quitter), copyright, credits
and license (_Printer) and help (_Helper).

Reprs, pager prompt and SystemExit behaviour are CPython 3.11's. heapscope's printers
carry their own short texts, and there is no pydoc: help(thing) prints a pydoc-shaped
summary (kind, name, module, signature of Python functions, docstring). The builtins
start as stand-ins that create these objects on first use (src/modules/builtins_site.c),
where CPython's site.py creates them at startup.
"""

import sys


class Quitter:
    """exit / quit: show how to leave when echoed, raise SystemExit when called."""

    def __init__(self, name, eof):
        self.name, self.eof = name, eof

    def __repr__(self):
        return f"Use {self.name}() or {self.eof} to exit"

    def __call__(self, code=None):
        # Close stdin first: an embedding shell that catches SystemExit still notices
        # that its input is gone.
        stdin = sys.stdin
        try:
            stdin.close()
        except BaseException:
            pass    # already closed, or not a file at all
        raise SystemExit(code)


class _Printer:
    """copyright / credits / license: a text shown whole by repr() when short, and
    page by page when called."""

    MAXLINES = 23       # lines per page, and the longest text repr() shows whole

    def __init__(self, name, data, files=(), dirs=()):
        from os.path import join
        self._name, self._data, self._lines = name, data, None
        # Candidate files holding the text, tried in order; 'data' is the fallback.
        self._paths = [join(d, f) for d in dirs for f in files]

    def _text_lines(self):
        if self._lines is None:
            text = None
            for path in self._paths:
                try:
                    with open(path, encoding='utf-8') as src:
                        text = src.read()
                except OSError:
                    continue
                break
            self._lines = (text or self._data).split('\n')
        return self._lines

    def __repr__(self):
        lines = self._text_lines()
        if len(lines) > self.MAXLINES:
            return f"Type {self._name}() to see the full {self._name} text"
        return '\n'.join(lines)

    def __call__(self):
        lines = self._text_lines()
        prompt = 'Hit Return for more, or q (and Return) to quit: '
        size = self.MAXLINES
        shown = 0
        while True:
            page = lines[shown:shown + size]
            for line in page:
                print(line)
            if len(page) < size:
                return          # that was the last page
            shown += size
            reply = input(prompt)
            while reply not in ('', 'q'):
                reply = input(prompt)
            if reply == 'q':
                return


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


class _Helper:
    """help: with no argument, say what help can do here; help(thing) prints a summary
    of 'thing' (a module or object name may be given as a string)."""

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

    def __repr__(self):
        return ("Type help() for interactive help, or help(object) for help about "
                "object.")
