# The `textwrap` module of CPython 3.11: wrap, fill, shorten, dedent, indent and TextWrapper. CPython
# splits text into chunks with regular expressions; here the same chunks come from a scanner that
# makes the same decisions (whitespace runs, words, hyphenated parts, em-dashes).

__all__ = ['TextWrapper', 'wrap', 'fill', 'dedent', 'indent', 'shorten']

_whitespace = '\t\n\x0b\x0c\r '


def _is_word_char(c):  # \w
    return c.isalnum() or c == '_'


def _is_letter(c):  # [^\d\W]
    return _is_word_char(c) and not c.isdecimal()


def _is_word_punct(c):  # [\w!"'&.,?]
    return _is_word_char(c) or c in '!"\'&.,?'


def _dash_run_then_word(text, i):
    # At i: two or more '-' followed by a word character.
    j = i
    while j < len(text) and text[j] == '-':
        j += 1
    if j - i >= 2 and j < len(text) and _is_word_char(text[j]):
        return j
    return -1


def _hyphen_splits(text, q):
    # A word may end with the hyphen at q when letters surround it: two letters (or letter,
    # hyphen, letter) before it, and letter, optional hyphen, letter after it.
    if text[q] != '-':
        return False
    before = (q >= 2 and _is_letter(text[q - 2]) and _is_letter(text[q - 1])) or \
             (q >= 3 and _is_letter(text[q - 3]) and text[q - 2] == '-' and _is_letter(text[q - 1]))
    if not before:
        return False
    n = len(text)
    if q + 1 >= n or not _is_letter(text[q + 1]):
        return False
    if q + 3 < n and text[q + 2] == '-' and _is_letter(text[q + 3]):
        return True
    return q + 2 < n and _is_letter(text[q + 2])


def _split_hyphenated(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        if text[p] in _whitespace:
            q = p
            while q < n and text[q] in _whitespace:
                q += 1
        elif p > 0 and _is_word_punct(text[p - 1]) and _dash_run_then_word(text, p) > 0:
            q = _dash_run_then_word(text, p)  # an em-dash between words
        else:
            q = p + 1
            while True:
                if q < n and _hyphen_splits(text, q):
                    q += 1
                    break
                if q >= n or text[q] in _whitespace:
                    break
                if _is_word_punct(text[q - 1]) and _dash_run_then_word(text, q) > 0:
                    break
                q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _split_on_whitespace(text):
    chunks = []
    n = len(text)
    p = 0
    while p < n:
        in_space = text[p] in _whitespace
        q = p + 1
        while q < n and (text[q] in _whitespace) == in_space:
            q += 1
        chunks.append(text[p:q])
        p = q
    return chunks


def _ends_sentence(chunk):
    # [a-z][.!?]["']? at the end of the chunk
    if chunk[-1:] in ('"', "'"):
        chunk = chunk[:-1]
    return len(chunk) >= 2 and chunk[-1] in '.!?' and 'a' <= chunk[-2] <= 'z'


class TextWrapper:
    def __init__(self, width=70, initial_indent="", subsequent_indent="", expand_tabs=True,
                 replace_whitespace=True, fix_sentence_endings=False, break_long_words=True,
                 drop_whitespace=True, break_on_hyphens=True, tabsize=8, *, max_lines=None,
                 placeholder=' [...]'):
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

    def _munge_whitespace(self, text):
        if self.expand_tabs:
            text = text.expandtabs(self.tabsize)
        if self.replace_whitespace:
            for c in '\t\n\x0b\x0c\r':
                text = text.replace(c, ' ')
        return text

    def _split(self, text):
        if self.break_on_hyphens is True:
            return _split_hyphenated(text)
        return _split_on_whitespace(text)

    def _fix_sentence_endings(self, chunks):
        i = 0
        while i < len(chunks) - 1:
            if chunks[i + 1] == " " and _ends_sentence(chunks[i]):
                chunks[i + 1] = "  "
                i += 2
            else:
                i += 1

    def _handle_long_word(self, reversed_chunks, cur_line, cur_len, width):
        space_left = 1 if width < 1 else width - cur_len
        if self.break_long_words:
            end = space_left
            chunk = reversed_chunks[-1]
            if self.break_on_hyphens and len(chunk) > space_left:
                hyphen = chunk.rfind('-', 0, space_left)
                if hyphen > 0 and any(c != '-' for c in chunk[:hyphen]):
                    end = hyphen + 1
            cur_line.append(chunk[:end])
            reversed_chunks[-1] = chunk[end:]
        elif not cur_line:
            cur_line.append(reversed_chunks.pop())

    def _wrap_chunks(self, chunks):
        if self.width <= 0:
            raise ValueError("invalid width %r (must be > 0)" % self.width)
        if self.max_lines is not None:
            indent = self.subsequent_indent if self.max_lines > 1 else self.initial_indent
            if len(indent) + len(self.placeholder.lstrip()) > self.width:
                raise ValueError("placeholder too large for max width")
        lines = []
        chunks.reverse()  # taken from the end
        while chunks:
            indent = self.subsequent_indent if lines else self.initial_indent
            width = self.width - len(indent)
            if self.drop_whitespace and lines and chunks[-1].strip() == '':
                del chunks[-1]
            line = []
            length = 0
            while chunks and length + len(chunks[-1]) <= width:
                length += len(chunks[-1])
                line.append(chunks.pop())
            if chunks and len(chunks[-1]) > width:
                self._handle_long_word(chunks, line, length, width)
                length = sum(len(c) for c in line)
            if self.drop_whitespace and line and line[-1].strip() == '':
                length -= len(line[-1])
                del line[-1]
            if not line:
                continue
            rest_is_blank = not chunks or (self.drop_whitespace and len(chunks) == 1 and not chunks[0].strip())
            if self.max_lines is None or len(lines) + 1 < self.max_lines or (rest_is_blank and length <= width):
                lines.append(indent + ''.join(line))
                continue
            # The last line allowed: end it with the placeholder, dropping words until it fits.
            while line:
                if line[-1].strip() and length + len(self.placeholder) <= width:
                    line.append(self.placeholder)
                    lines.append(indent + ''.join(line))
                    return lines
                length -= len(line[-1])
                del line[-1]
            if lines:
                previous = lines[-1].rstrip()
                if len(previous) + len(self.placeholder) <= self.width:
                    lines[-1] = previous + self.placeholder
                    return lines
            lines.append(indent + self.placeholder.lstrip())
            return lines
        return lines

    def _split_chunks(self, text):
        return self._split(self._munge_whitespace(text))

    def wrap(self, text):
        chunks = self._split_chunks(text)
        if self.fix_sentence_endings:
            self._fix_sentence_endings(chunks)
        return self._wrap_chunks(chunks)

    def fill(self, text):
        return "\n".join(self.wrap(text))


def wrap(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).wrap(text)


def fill(text, width=70, **kwargs):
    return TextWrapper(width=width, **kwargs).fill(text)


def shorten(text, width, **kwargs):
    wrapper = TextWrapper(width=width, max_lines=1, **kwargs)
    return wrapper.fill(' '.join(text.strip().split()))


def dedent(text):
    lines = text.split('\n')
    for i, line in enumerate(lines):
        if line and not line.strip(' \t'):
            lines[i] = ''  # whitespace-only lines lose their whitespace
    margin = None
    for line in lines:
        body = line.lstrip(' \t')
        if not body:
            continue
        lead = line[:len(line) - len(body)]
        if margin is None or margin.startswith(lead):
            margin = lead
        elif not lead.startswith(margin):
            common = 0
            while margin[common] == lead[common]:
                common += 1
            margin = margin[:common]
    if margin:
        lines = [line[len(margin):] if line.startswith(margin) else line for line in lines]
    return '\n'.join(lines)


def indent(text, prefix, predicate=None):
    out = []
    for line in text.splitlines(True):
        keep = predicate(line) if predicate is not None else line.strip()
        out.append(prefix + line if keep else line)
    return ''.join(out)
