"""Text wrapping and filling (the API of CPython 3.11's textwrap).

A paragraph is cut into chunks -- words, runs of blanks and, when breaking on
hyphens, the pieces of hyphenated words -- and the chunks are packed greedily
into lines no wider than `width`.  wrap(), fill() and shorten() do this with a
one-off TextWrapper; dedent() and indent() adjust the margins of lines.
"""

import re

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

# The blanks textwrap breaks lines at: ASCII whitespace only, so that a
# no-break space (U+00A0) and friends stay inside their word.
_whitespace = '\t\n\x0b\x0c\r '


def _chunk_regexes():
    """The two splitters: (with hyphen breaks, blanks only).

    With hyphen breaks a chunk is one of
      * a run of blanks;
      * an em-dash: two or more '-' after a word character or a little
        punctuation, and followed by a word character;
      * the shortest run of non-blanks that ends
          - just after a '-' joining two letters, when that '-' follows two
            letters or a single letter and another '-' (so "x-ray" and
            "a-b-c" break, but "-b" and "1-2" do not),
          - before a blank or the end of the text, or
          - just before an em-dash.
    "Letter" means a word character other than a digit.
    """
    blank = '[\t\n\x0b\x0c\r ]'
    solid = '[^\t\n\x0b\x0c\r ]'
    letter = r'[^\d\W]'
    before_dash = r'[\w!"\'&.,?]'
    em_dash = r'(?<=%s)-{2,}(?=\w)' % before_dash
    joining_hyphen = (r'-(?:(?<=%s%s-)|(?<=%s-%s-))(?=%s-?%s)'
                      % ((letter,) * 6))
    word_end = '(?=%s|\\Z)' % blank
    dash_next = r'(?<=%s)(?=-{2,}\w)' % before_dash
    word = '%s+?(?:%s|%s|%s)' % (solid, joining_hyphen, word_end, dash_next)
    hyphenated = re.compile('(%s+|%s|%s)' % (blank, em_dash, word))
    plain = re.compile('(%s+)' % blank)
    return hyphenated, plain


class TextWrapper:
    """Wraps paragraphs of text to a width; see wrap() and fill().

    The settings are plain attributes (the constructor's arguments):
    width, initial_indent and subsequent_indent (the indents count towards
    the width), expand_tabs and tabsize, replace_whitespace (every blank
    becomes a space), fix_sentence_endings (two spaces after a sentence),
    break_long_words, break_on_hyphens, drop_whitespace (no blanks at the
    start or end of lines), max_lines and placeholder (what ends a
    truncated last line).  Subclasses may override the underscore methods
    to change single steps: _munge_whitespace, _split, _fix_sentence_endings,
    _handle_long_word and _wrap_chunks.
    """

    unicode_whitespace_trans = {ord(c): ord(' ') for c in _whitespace}

    wordsep_re, wordsep_simple_re = _chunk_regexes()

    # a lower-case letter, then . ! or ?, maybe a closing quote, at the end
    sentence_end_re = re.compile('[a-z][.!?][\'"]?\\Z')

    def __init__(self, width=70, initial_indent="", subsequent_indent="",
                 expand_tabs=True, replace_whitespace=True,
                 fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *,
                 max_lines=None, placeholder=' [...]'):
        self.width, self.initial_indent, self.subsequent_indent = (
            width, initial_indent, subsequent_indent)
        self.expand_tabs, self.replace_whitespace = expand_tabs, replace_whitespace
        self.fix_sentence_endings = fix_sentence_endings
        self.break_long_words, self.drop_whitespace, self.break_on_hyphens = (
            break_long_words, drop_whitespace, break_on_hyphens)
        self.tabsize = tabsize
        self.max_lines, self.placeholder = max_lines, placeholder

    # ---- the steps of wrap()

    def _munge_whitespace(self, text):
        """Expand tabs and turn each blank into a space, as configured."""
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if not self.replace_whitespace:
            return text
        return text.translate(self.unicode_whitespace_trans)

    def _split(self, text):
        """Cut text into chunks: words (or pieces of hyphenated words) and
        runs of blanks, e.g. 'goof-ball -- ok' gives
        ['goof-', 'ball', ' ', '--', ' ', 'ok']."""
        # only the value True turns the hyphen rules on, as in CPython
        if self.break_on_hyphens is True:
            splitter = self.wordsep_re
        else:
            splitter = self.wordsep_simple_re
        return [piece for piece in splitter.split(text) if piece]

    def _fix_sentence_endings(self, chunks):
        """Widen the single space after a sentence end to two (in place)."""
        ends_sentence = self.sentence_end_re.search
        n = 0
        while n + 1 < len(chunks):
            if chunks[n + 1] == " " and ends_sentence(chunks[n]):
                chunks[n + 1] = "  "
                n += 1
            n += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        """The next chunk (reversed_chunks[-1]) is wider than any line.

        When long words may be broken, as much of it as fits goes onto the
        current line (cut after its last hyphen that fits, if there is one
        with something other than hyphens before it).  Otherwise the whole
        chunk is put on the line if the line is still empty; if it is not,
        the chunk waits for the next line.
        """
        # a line narrower than one column still takes a character per pass
        space = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            word = reversed_chunks[-1]
            cut = space
            if self.break_on_hyphens and len(word) > space:
                hyphen = word.rfind('-', 0, space)
                if hyphen > 0 and word[:hyphen].strip('-'):
                    cut = hyphen + 1
            cur_line.append(word[:cut])
            reversed_chunks[-1] = word[cut:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        """Pack chunks into lines of at most self.width characters (indents
        included) and return the lines.  Blank chunks at line ends are
        dropped when drop_whitespace is set; past max_lines the output is
        cut and ends with the placeholder.  chunks is used up."""
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        limit = self.max_lines
        if limit is not None:
            last_indent = (self.subsequent_indent if limit > 1
                           else self.initial_indent)
            if len(last_indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")

        chunks.reverse()  # chunks[-1] is the next one from here on
        lines = []
        while chunks:
            prefix = self.subsequent_indent if lines else self.initial_indent
            room = self.width - len(prefix)
            if self.drop_whitespace and not chunks[-1].strip() and lines:
                chunks.pop()  # a new line does not start with blanks

            line = []
            used = 0
            while chunks and used + len(chunks[-1]) <= room:
                used += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > room:
                self._handle_long_word(chunks, line, used, room)
                used = sum(len(piece) for piece in line)
            if self.drop_whitespace and line and not line[-1].strip():
                used -= len(line.pop())
            if not line:
                continue

            if limit is None or len(lines) + 1 < limit:
                lines.append(prefix + ''.join(line))
                continue
            # This is the last line allowed.  It stays whole when nothing
            # but (droppable) blanks follows it ...
            nothing_left = not chunks or (self.drop_whitespace and
                                          len(chunks) == 1 and
                                          not chunks[0].strip())
            if nothing_left and used <= room:
                lines.append(prefix + ''.join(line))
                continue
            # ... else it is shortened until the placeholder fits after a word,
            while line:
                if line[-1].strip() and used + len(self.placeholder) <= room:
                    lines.append(prefix + ''.join(line) + self.placeholder)
                    return lines
                used -= len(line.pop())
            # or the placeholder goes at the end of the line before,
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            # or on a line of its own.
            lines.append(prefix + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    # ---- public methods

    def wrap(self, text):
        """Wrap the paragraph text; return its lines, without newlines."""
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        """Wrap the paragraph text; return the lines joined by newlines."""
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    """Wrap one paragraph to lines of at most width columns (a list of
    lines).  Keyword arguments are TextWrapper's settings."""
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    """Like wrap(), but return a single string with the lines joined by
    newlines."""
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    """Collapse runs of whitespace in text and cut it to fit in width.

    Text that fits after collapsing is returned whole; otherwise as many
    whole words as fit are followed by the placeholder:
    shorten("Hello  world!", width=11) == 'Hello [...]'.
    """
    shortener = TextWrapper(width=width, max_lines=1, **kwargs)
    return shortener.fill(' '.join(text.strip().split()))


# lines of nothing but spaces and tabs (the re module also supplies the
# TypeError for a text that is not a str)
_blank_line_re = re.compile('^[ \t]+$', re.MULTILINE)


def _common_margin(lines):
    # The longest run of spaces and tabs that starts every line with text
    # on it (None if no line has text).
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            same = 0
            while margin[same] == lead[same]:
                same += 1
            margin = margin[:same]
    return margin


def dedent(text):
    """Remove the whitespace that all lines of text start with.

    Spaces and tabs are both whitespace but never equal to each other, so
    "  a" and "\\ta" have nothing in common.  Lines consisting only of
    whitespace come out empty (just their newline) and do not count when
    the common margin is worked out.
    """
    text = _blank_line_re.sub('', text)
    lines = text.split('\n')
    margin = _common_margin(lines)
    if not margin:
        return text
    cut = len(margin)
    return '\n'.join(line[cut:] if line.startswith(margin) else line
                     for line in lines)


def indent(text, prefix, predicate=None):
    """Put prefix in front of the lines of text that predicate(line) accepts.

    Without a predicate, every line containing something other than
    whitespace gets the prefix.  Line endings are kept as they are.
    """
    if predicate is None:
        def predicate(line):
            return line.strip()
    pieces = []
    for line in text.splitlines(True):
        pieces.append(prefix + line if predicate(line) else line)
    return ''.join(pieces)
