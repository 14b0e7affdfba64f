# textwrap: wrap/fill/shorten/dedent/indent and TextWrapper's options, with error messages
import textwrap
from textwrap import TextWrapper

text = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs!  How vexingly quick daft zebras jump. A well-known, self-evident "
        "truth -- or so they say -- is that extraordinarily-long-hyphenated-words exist.")
print(textwrap.__all__)
for width in (1, 5, 10, 12, 20, 33, 70, 200):
    print(width, textwrap.wrap(text, width))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.wrap("Hello there -- you goof-ball, use the -b option!", 10))
print(textwrap.wrap("Hello there -- you goof-ball, use the -b option!", 10, break_on_hyphens=False))
print(textwrap.wrap("supercalifragilisticexpialidocious is a word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious is a word", 10, break_long_words=False))
print(textwrap.wrap("aaa-bbbbbbbbbbbb-cc", 8))
print(textwrap.wrap("---------- dashes", 4))
print(textwrap.wrap("   leading and trailing   ", 10))
print(textwrap.wrap("   leading and trailing   ", 10, drop_whitespace=False))
print(textwrap.wrap("tabs\tin\ttext here", 12))
print(textwrap.wrap("tabs\tin\ttext here", 12, tabsize=4))
print(textwrap.wrap("tabs\tin\ttext", 40, expand_tabs=False))
print(textwrap.wrap("line\nbreaks\nkept?", 40, replace_whitespace=False))
print(textwrap.wrap("line\nbreaks\ngone", 40))
print(textwrap.wrap("Hello world. This is it! Really? Yes.\"  OK Mr. Smith.", 80,
                    fix_sentence_endings=True))
print(textwrap.wrap("", 10), textwrap.wrap("    ", 10), textwrap.fill("", 5) == "")
print(textwrap.wrap("über-cool naïve café-au-lait", 10))

# max_lines and placeholder
for n in (1, 2, 3, 10):
    print(n, textwrap.wrap(text, 25, max_lines=n))
print(textwrap.wrap(text, 25, max_lines=2, placeholder="..."))
print(textwrap.wrap("Hello world, this is a test", 12, max_lines=2, placeholder=" (more)"))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 10, max_lines=2))

# shorten
for w in (6, 11, 12, 15, 30, 100):
    print(w, repr(textwrap.shorten("Hello  world!   How are   you?", w)))
print(textwrap.shorten(text, 40, placeholder=" ..."))
print(textwrap.shorten("  many    spaces\tand\ttabs\n here ", 80))

# TextWrapper objects
w = TextWrapper(width=15, initial_indent="> ", subsequent_indent=">> ")
print(w.width, w.expand_tabs, w.replace_whitespace, w.fix_sentence_endings, w.break_long_words,
      w.drop_whitespace, w.break_on_hyphens, w.tabsize, w.max_lines, repr(w.placeholder))
print(w.wrap(text[:80]))
w.width = 30
print(w.fill(text[:80]))
print(TextWrapper()._split("Hello there -- you goof-ball, use the -b option!"))
print(TextWrapper(break_on_hyphens=False)._split("goof-ball  x"))


class Shouty(TextWrapper):
    def _munge_whitespace(self, text):
        return super()._munge_whitespace(text).upper()


print(Shouty(width=12).wrap("subclasses can override the steps"))

# errors
for kw in ({"width": 0}, {"width": -5}, {"width": 3, "max_lines": 1, "placeholder": " [.....]"}):
    try:
        textwrap.wrap("some text here", **kw)
    except ValueError as e:
        print("ValueError:", e)
try:
    textwrap.wrap("x", bogus=1)
except TypeError as e:
    print("TypeError:", e)
try:
    textwrap.shorten("x")
except TypeError as e:
    print("TypeError:", e)
try:
    textwrap.wrap(None)
except AttributeError as e:
    print("AttributeError:", e)
try:
    textwrap.dedent(5)
except TypeError as e:
    print("TypeError:", e)
try:
    textwrap.indent("x", 5)
except TypeError as e:
    print("TypeError:", e)
print(textwrap.wrap("only a few words", 3.5) if False else "skip float width")

# dedent
samples = [
    "    hello\n      world\n    !\n",
    "  \thello\n  \tworld\n",
    "  hello\n\tworld\n",
    "    a\n\n    b\n  \n      c",
    "\n    a\n   \n    b\n",
    "no indent\n  some\n",
    "   only one line",
    "",
    "  x\r\n  y\r\n",
    "\t\tone\n\t\t\ttwo\n\tthree\n",
]
for s in samples:
    print(repr(textwrap.dedent(s)))

# indent
print(repr(textwrap.indent("a\nb\n\n  \nc", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\r\nd", "+ ", lambda line: True)))
print(repr(textwrap.indent("one\ntwo\nthree\n", "  ", lambda line: "o" in line)))
print(repr(textwrap.indent("", "  ")))
