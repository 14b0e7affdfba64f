"""Text wrapping and filling.

heapscope's own module with CPython 3.11's API and results: TextWrapper splits text into
chunks (words, runs of whitespace, and pieces of hyphenated words when break_on_hyphens is
set, with the same word-splitting rules as CPython), then packs chunks into lines of at most
'width' columns; wrap, fill, shorten, dedent and indent are built on it.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# Only these count as whitespace here (not the Unicode spaces str.split knows).
_whitespace = '\t\n\x0b\x0c\r '


def _make_word_splitter():
    ws = '[%s]' % re.escape(_whitespace)
    not_ws = '[^' + ws[1:]
    word_punct = r'[\w!"\'&.,?]'
    letter = r'[^\d\W]'
    alternatives = [
        ws + '+',                                              # a run of whitespace
        '(?<=%s)-{2,}(?=\\w)' % word_punct,                    # an em-dash between words
        not_ws + '+?(?:'                                       # a word, ending at:
        '-(?:(?<=%s{2}-)|(?<=%s-%s-))(?=%s-?%s)' % ((letter,) * 5)  # a hyphen inside it,
        + '|(?=%s|\\Z)' % ws                                   # whitespace or the end,
        + '|(?<=%s)(?=-{2,}\\w))' % word_punct,                # or an em-dash
    ]
    return re.compile('(' + '|'.join(alternatives) + ')'), re.compile('(%s+)' % ws)


class TextWrapper:
    """Object for wrapping/filling text.  The public interface consists of
    the wrap() and fill() methods; the other methods are just there for
    subclasses to override in order to tweak the default behaviour.
    If you want to completely replace the main wrapping algorithm,
    you'll probably have to override _wrap_chunks().
    """

    unicode_whitespace_trans = dict.fromkeys(map(ord, _whitespace), ord(' '))

    wordsep_re, wordsep_simple_re = _make_word_splitter()

    # a lowercase letter, sentence-ending punctuation, an optional quote, then the end
    sentence_end_re = re.compile(r'[a-z][\.\!\?][\"\']?\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8,
                 *, max_lines=None, placeholder=' [...]'):
        self.width = width
        self.initial_indent = initial_indent
        self.subsequent_indent = subsequent_indent
        self.expand_tabs = expand_tabs
        self.replace_whitespace = replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words = break_long_words
        self.drop_whitespace = drop_whitespace
        self.break_on_hyphens = break_on_hyphens
        self.tabsize = tabsize
        self.max_lines = max_lines
        self.placeholder = placeholder

    # -- splitting text into chunks ------------------------------------

    def _munge_whitespace(self, text):
        """Expand tabs and turn every whitespace character into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            text = text.translate(self.unicode_whitespace_trans)
        return text

    def _split(self, text):
        """Split 'text' into words and whitespace runs (and hyphenated words into their
        parts when break_on_hyphens is true); empty pieces are dropped."""
        splitter = self.wordsep_re if self.break_on_hyphens is True else self.wordsep_simple_re
        return [chunk for chunk in splitter.split(text) if chunk]

    def _fix_sentence_endings(self, chunks):
        """Make the single space after a sentence end two spaces, in place."""
        i = 0
        search = self.sentence_end_re.search
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and search(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """Deal with a chunk longer than a whole line: put as much of it as fits (up to a
        hyphen, if breaking on hyphens) on the current line, or the whole chunk on an empty
        line when long words may not be broken."""
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            chunk = reversed_chunks[-1]
            end = space_left
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack 'chunks' into lines no longer than self.width (indents included) and return
        the list of lines; honours max_lines and placeholder."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        todo = chunks[::-1]  # the next chunk is the last item
        while todo:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and todo[-1].strip() == '':
                todo.pop()  # no leading whitespace on continuation lines
            line = []
            used = 0
            while todo and used + len(todo[-1]) <= width:
                used += len(todo[-1])
                line.append(todo.pop())
            if todo and len(todo[-1]) > width:
                self._handle_long_word(todo, line, used, width)
                used = sum(map(len, line))
            if self.drop_whitespace and line and line[-1].strip() == '':
                used -= len(line[-1])
                line.pop()
            if not line:
                continue
            if (self.max_lines is None or len(lines) + 1 < self.max_lines
                    or ((not todo
                         or (self.drop_whitespace and len(todo) == 1 and not todo[0].strip()))
                        and used <= width)):
                lines.append(indent + ''.join(line))
                continue
            # the last line allowed: end it with the placeholder
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= width:
                    lines.append(indent + ''.join(line) + self.placeholder)
                    break
                used -= len(line[-1])
                line.pop()
            else:
                if lines:
                    prev = lines[-1].rstrip()
                    if len(prev) + len(self.placeholder) <= self.width:
                        lines[-1] = prev + self.placeholder
                        break
                lines.append(indent + self.placeholder.lstrip())
            break
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # -- public interface ----------------------------------------------

    def wrap(self, text):
        """wrap(text : string) -> [string]

        Reformat the single paragraph in 'text' so it fits in lines of
        no more than 'self.width' columns, and return a list of wrapped
        lines.  Tabs in 'text' are expanded with string.expandtabs(),
        and all other whitespace characters (including newline) are
        converted to space.
        """
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """fill(text : string) -> string

        Reformat the single paragraph in 'text' to fit in lines of no
        more than 'self.width' columns, and return a new string
        containing the entire wrapped paragraph.
        """
        return "\n".join(self.wrap(text))


# -- convenience interface ---------------------------------------------

def wrap(text, width=70, **kwargs):
    """Wrap a single paragraph of text, returning a list of wrapped lines.

    Reformat the single paragraph in 'text' so it fits in lines of no
    more than 'width' columns, and return a list of wrapped lines.  By
    default, tabs in 'text' are expanded with string.expandtabs(), and
    all other whitespace characters (including newline) are converted to
    space.  See TextWrapper class for available keyword args to customize
    wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Fill a single paragraph of text, returning a new string.

    Reformat the single paragraph in 'text' to fit in lines of no more
    than 'width' columns, and return a new string containing the entire
    wrapped paragraph.  As with wrap(), tabs are expanded and other
    whitespace characters converted to space.  See TextWrapper class for
    available keyword args to customize wrapping behaviour.
    """
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse and truncate the given text to fit in the given width.

    The text first has its whitespace collapsed.  If it then fits in
    the *width*, it is returned as is.  Otherwise, as many words
    as possible are joined and then the placeholder is appended::

        >>> textwrap.shorten("Hello  world!", width=12)
        'Hello world!'
        >>> textwrap.shorten("Hello  world!", width=11)
        'Hello [...]'
    """
    w = TextWrapper(width=width, max_lines=1, **kwargs)
    return w.fill(' '.join(text.strip().split()))


# -- dedenting and indenting ---------------------------------------------

_whitespace_only_re = re.compile('^[ \t]+$', re.MULTILINE)
_leading_whitespace_re = re.compile('(^[ \t]*)(?:[^ \t\n])', re.MULTILINE)


def dedent(text):
    """Remove any common leading whitespace from every line in `text`.

    This can be used to make triple-quoted strings line up with the left
    edge of the display, while still presenting them in the source code
    in indented form.

    Note that tabs and spaces are both treated as whitespace, but they
    are not equal: the lines "  hello" and "\\thello" are
    considered to have no common leading whitespace.

    Entirely blank lines are normalized to a newline character.
    """
    text = _whitespace_only_re.sub('', text)
    margin = None
    for lead in _leading_whitespace_re.findall(text):
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            n = 0
            while margin[n] == lead[n]:
                n += 1
            margin = margin[:n]
    if not margin:
        return text
    return '\n'.join(line[len(margin):] if line.startswith(margin) else line
                     for line in text.split('\n'))


def indent(text, prefix, predicate=None):
    """Adds 'prefix' to the beginning of selected lines in 'text'.

    If 'predicate' is provided, 'prefix' will only be added to the lines
    where 'predicate(line)' is True. If 'predicate' is not provided,
    it will default to adding 'prefix' to all non-empty lines that do not
    consist solely of whitespace characters.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()

    def prefixed_lines():
        for line in text.splitlines(True):
            yield (prefix + line if predicate(line) else line)
    return ''.join(prefixed_lines())
