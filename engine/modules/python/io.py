# io: StringIO, an in-memory text stream, as CPython 3.11's (newline '\n', the default, and None
# and ''). Written for Loopstep from the documentation of io; bytes do not exist in Loopstep, so
# there is no BytesIO. Text is kept as a list of pieces while written at the end (the common case:
# a log or print target), joined into one string when read, sought or overwritten.

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2


class UnsupportedOperation(OSError, ValueError):
    pass


class StringIO:
    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not " + type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: " + repr(newline))
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        self._newline = newline
        self._pieces = []
        self._size = 0
        self._pos = 0
        self._closed = False
        if initial_value:
            self._pieces.append(self._translate(initial_value))
            self._size = len(self._pieces[0])

    def _translate(self, s):
        if self._newline is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._newline in ("\r", "\r\n"):
            return s.replace("\n", self._newline)
        return s

    def _check(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _text(self):
        if len(self._pieces) != 1:
            self._pieces = ["".join(self._pieces)]
        return self._pieces[0]

    @property
    def closed(self):
        return self._closed

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    def close(self):
        self._closed = True
        self._pieces = []

    def getvalue(self):
        self._check()
        if not self._pieces:
            return ""
        return self._text()

    write = _native_write  # appending at the end natively, else _write below

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def read(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
        if self._pos >= self._size:
            return ""
        text = self._text()
        end = self._size if size < 0 else min(self._size, self._pos + size)
        result = text[self._pos:end]
        self._pos = end
        return result

    def readline(self, size=-1):
        self._check()
        if size is None:
            size = -1
        if not isinstance(size, int):
            raise TypeError("argument should be integer or None, not '" + type(size).__name__ + "'")
        if self._pos >= self._size:
            return ""
        text = self._text()
        end = self._line_end(text, self._pos)
        if size >= 0 and end > self._pos + size:
            end = self._pos + size
        result = text[self._pos:end]
        self._pos = end
        return result

    def _line_end(self, text, start):
        if self._newline == "":
            for i in range(start, self._size):
                c = text[i]
                if c == "\n":
                    return i + 1
                if c == "\r":
                    return i + 2 if text[i + 1:i + 2] == "\n" else i + 1
            return self._size
        mark = "\n" if self._newline is None else self._newline
        found = text.find(mark, start)
        return self._size if found < 0 else found + len(mark)

    def readlines(self, hint=-1):
        self._check()
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'" + type(pos).__name__ + "' object cannot be interpreted as an integer")
        if whence not in (0, 1, 2):
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 0 and pos < 0:
            raise ValueError("Negative seek position " + str(pos))
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        if not isinstance(size, int):
            raise TypeError("'" + type(size).__name__ + "' object cannot be interpreted as an integer")
        if size < 0:
            raise ValueError("Negative size value " + str(size))
        if size < self._size:
            self._pieces = [self._text()[:size]]
            self._size = size
        return size

    def flush(self):
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def isatty(self):
        self._check()
        return False

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc_info):
        self.close()

    def __repr__(self):
        return "<_io.StringIO object>"


def _write(self, s):
    if self._closed:
        raise ValueError("I/O operation on closed file")
    if not isinstance(s, str):
        raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
    n = len(s)
    if not n:
        return 0
    if self._newline != "\n":
        s = self._translate(s)
    if self._pos == self._size:
        self._pieces.append(s)
        self._size += len(s)
        self._pos = self._size
        return n
    text = self._text() if self._pieces else ""
    if self._pos > self._size:
        text += "\0" * (self._pos - self._size)
    text = text[:self._pos] + s + text[self._pos + len(s):]
    self._pieces = [text]
    self._size = len(text)
    self._pos += len(s)
    return n
