# textwrap: corner cases pinned against CPython 3.11: hyphenation and em-dash splitting, long words, indents wider than width, max_lines/placeholder edges, sentence endings, tabs, dedent/indent details, subclass hooks
import textwrap
from textwrap import TextWrapper

split = TextWrapper()._split
simple = TextWrapper(break_on_hyphens=False)._split
for s in ["x-ray a-b-c ab-cd abc-de-fg 1-2-3 a1-b2 _a-_b", "well--known -- yes--no a---b x--1 --lead trail--",
          "über-größe naïve-ish", "e-mail: re-enter-the-data!", "foo-, -bar, -, --, ---", "don't-stop, \"quoted-word\" end.",
          "tab\tand\x0bvt\x0cff\rcr", "nbsp\xa0kept em\u2014dash", "trailing- hyphen- words-"]:
    print(split(s))
    print(simple(s))
print(TextWrapper(break_on_hyphens=1)._split("goof-ball x"))

long = "Lorem-ipsum-dolor-sit-amet-consectetur-adipiscing-elit sed-do"
for w in (1, 2, 3, 7, 11, 16, 25):
    print(w, textwrap.wrap(long, w))
    print(w, textwrap.wrap(long, w, break_on_hyphens=False))
print(textwrap.wrap("---------- -x- a-------b", 5))
print(textwrap.wrap("aaaaaaaaaaaaaaaaaaaaaa bb ccccccccccccccccccccc", 8, break_long_words=False))
print(textwrap.wrap("short then averyveryverylongword end", 10, break_long_words=False, initial_indent="> "))
print(textwrap.wrap("one two three four five", 4, initial_indent="-----", subsequent_indent="......"))
print(textwrap.wrap("one two three four five", 3, initial_indent="abc", subsequent_indent="abcd"))
print(textwrap.wrap("  x  y  z  ", 3, drop_whitespace=False), textwrap.wrap("  x  y  z  ", 3))
print(textwrap.wrap("a   b", 2, drop_whitespace=False), textwrap.wrap("     ", 2, drop_whitespace=False))
print(textwrap.wrap("word  ", 4), textwrap.wrap("  word", 4), textwrap.wrap("\n\nword\n\n", 4, drop_whitespace=False))

text = "The quick brown fox jumps over the lazy dog and keeps on running far away"
for w, n, ph in [(20, 1, ' [...]'), (20, 2, '...'), (10, 3, ' ~'), (12, 1, 'Z' * 12), (16, 2, '  [cut]'), (30, 2, ''),
                 (6, 2, ' [...]'), (7, 1, ' [...]'), (40, 2, ' [...]'), (80, 1, ' [...]')]:
    try:
        print(w, n, repr(ph), textwrap.wrap(text, w, max_lines=n, placeholder=ph))
    except ValueError as e:
        print(w, n, 'ValueError:', e)
print(textwrap.wrap("aaa bbb ccc ddd", 7, max_lines=2, placeholder=' ...'))
print(textwrap.wrap("aaaaaaa bbb ccc ddd", 7, max_lines=2, placeholder=' ...'))
print(textwrap.wrap("a b c d e f g h i", 8, max_lines=2, drop_whitespace=False), textwrap.wrap("a b c d e f g h i", 8, max_lines=2, drop_whitespace=False, placeholder=" ~"))
print(textwrap.wrap("hello world   ", 11, max_lines=1), textwrap.wrap("hello world   ", 11, max_lines=1, drop_whitespace=False))
print(textwrap.wrap("hello world x", 11, max_lines=1, initial_indent="> "))
print(textwrap.wrap("word " * 10, 12, max_lines=3, subsequent_indent="    ", placeholder=" ..."))
try:
    textwrap.wrap("x y", 5, max_lines=2, subsequent_indent="    ", placeholder=" ..")
except ValueError as e:
    print('ValueError:', e)
print(textwrap.wrap("x y", 5, max_lines=1, subsequent_indent="    ", placeholder=" ..."))
for w in (5, 8, 10, 13, 20):
    print(w, repr(textwrap.shorten("The  quick\tbrown\n fox", w)), repr(textwrap.shorten("Supercalifragilistic", w, placeholder="..")))
print(repr(textwrap.shorten("", 5)), repr(textwrap.shorten("   ", 5)), repr(textwrap.shorten("a\u2003b", 5)))
try:
    textwrap.shorten("abc", 5, max_lines=2)
except TypeError as e:
    print('TypeError')

for s in ["Hi.  Bye. 'Quote.' \"Yes!\" ok? Mr. X", "end.\nNext line? Yes!\tTab. a.b. U.S. A.", "lower a. B. (c.) d.) e.'  f"]:
    print(textwrap.wrap(s, 100, fix_sentence_endings=True))
    print(textwrap.fill(s, 12, fix_sentence_endings=True))
w = TextWrapper(fix_sentence_endings=True)
chunks = ["a.", " ", "b.", " ", "c"]
w._fix_sentence_endings(chunks); print(chunks)
print(bool(TextWrapper.sentence_end_re.search("x.'")), bool(TextWrapper.sentence_end_re.search("X.")), bool(TextWrapper.sentence_end_re.search("x.y")))

for ts in (0, 1, 3, 8):
    print(ts, textwrap.wrap("a\tbb\tccc\tdddd\te", 40, tabsize=ts), textwrap.wrap("\tindented\ttext", 40, tabsize=ts, drop_whitespace=False))
print(textwrap.wrap("a\tb\nc", 40, expand_tabs=False, replace_whitespace=True))
print(textwrap.wrap("a\tb\nc  d", 40, expand_tabs=False, replace_whitespace=False))
print(repr(TextWrapper(tabsize=4)._munge_whitespace("x\ty\r\nz\x0bw\x0cv\xa0u")))
print(repr(TextWrapper(replace_whitespace=False)._munge_whitespace("x\ty\r\nz")))
print(TextWrapper(expand_tabs=False)._split_chunks("x\ty z"))
print(sorted(TextWrapper.unicode_whitespace_trans.items()), repr(textwrap._whitespace))
print(list(vars(TextWrapper(width=9, max_lines=2))))
print(TextWrapper(width=5).wrap("reused wrapper works"), TextWrapper(width=5).fill("a b c d e f g"))
chunks = ['aa', ' ', 'bb', ' ', 'cc']
print(TextWrapper(width=5)._wrap_chunks(chunks), chunks)
rc = ['abcdefgh']; line = []
TextWrapper(width=5)._handle_long_word(rc, line, 0, 5); print(rc, line)
rc = ['ab-cdefgh']; line = ['x']
TextWrapper(width=5)._handle_long_word(rc, line, 1, 5); print(rc, line)
rc = ['--cdefgh']; line = []
TextWrapper()._handle_long_word(rc, line, 0, 4); print(rc, line)
rc = ['abcdefgh']; line = []
TextWrapper()._handle_long_word(rc, line, 3, 0); print(rc, line)
rc = ['abcdefgh']; line = []
TextWrapper(break_long_words=False)._handle_long_word(rc, line, 0, 3); print(rc, line)
rc = ['abcdefgh']; line = ['q']
TextWrapper(break_long_words=False)._handle_long_word(rc, line, 1, 3); print(rc, line)

class NoSplit(TextWrapper):
    def _split(self, text):
        return text.split('|')
print(NoSplit(width=6).wrap("ab|cd|ef|gh|  |ij"))
class Chunked(TextWrapper):
    def _split_chunks(self, text):
        return list(text)
print(Chunked(width=3).wrap("abc defg"))

for s in ["  a\n\t b\n", "\t a\n\t b", " \t\n  x\n   y", "x\n  y", "  a\n    \n  b", "   \n  \n", " a\r\n b\r\n", "\ta\n        b", "  a\n  b\n  ", "\n\n  a"]:
    print(repr(s), repr(textwrap.dedent(s)))
class S(str): pass
print(type(textwrap.dedent(S("  a\n  b"))).__name__, type(textwrap.dedent(S("a"))).__name__)
try:
    textwrap.dedent(b"  x")
except TypeError as e:
    print('TypeError:', e)
try:
    textwrap.dedent(None)
except TypeError as e:
    print('TypeError:', e)
print(repr(textwrap.indent("a\r\nb\rc\n\nd\u2028e", "| ")), repr(textwrap.indent("x\n", "")), repr(textwrap.indent(" \n\t\nz", "#")))
print(repr(textwrap.indent("a\nbb\nccc", "> ", lambda l: len(l) > 2)), repr(textwrap.indent("a\nb", "> ", lambda l: l if l == 'b' else '')))
try:
    textwrap.indent(None, "x")
except AttributeError as e:
    print('AttributeError:', e)
try:
    textwrap.indent("abc", "x", 5)
except TypeError as e:
    print('TypeError:', e)
print(textwrap.fill("Hello there", width=5.0) if False else '-')
for bad in (0, -1):
    try:
        TextWrapper(width=bad).wrap("")
    except ValueError as e:
        print('ValueError:', e)
try:
    TextWrapper(width=3, max_lines=1, placeholder="toolong").wrap("")
except ValueError as e:
    print('ValueError:', e)
print(TextWrapper(width=3, max_lines=3, placeholder="  ..").wrap("a b c d e f g h"))
