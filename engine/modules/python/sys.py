# The Python half of `sys`: the stream objects and the named-tuple values. The natives (argv, exit,
# the recursion limit, exc_info, _write, modules) are put in this namespace by module_sys.cpp
# before this runs. Written for Loopstep from the documentation of CPython 3.11; the version is
# the CPython 3.11 the conformance suite is measured against (3.11.7).


class TextIOWrapper:
    """sys.stdout / sys.stderr: text written goes to the run's output (1) or error stream (2)."""

    def __init__(self, name, fd):
        self.name = name
        self.mode = "w"
        self.encoding = "utf-8"
        self.errors = "strict"
        self._fd = fd

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not " + ("None" if s is None else type(s).__name__))
        _write(self._fd, s)
        return len(s)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        return None

    def isatty(self):
        return False

    def writable(self):
        return True

    def readable(self):
        return False

    def seekable(self):
        return False

    def fileno(self):
        return self._fd

    def __repr__(self):
        return "<_io.TextIOWrapper name='" + self.name + "' mode='w' encoding='utf-8'>"


stdout = __stdout__ = TextIOWrapper("<stdout>", 1)
stderr = __stderr__ = TextIOWrapper("<stderr>", 2)


class _StructSeq:
    """A named tuple of values (CPython's struct sequence): indexing, comparison, attributes."""
    _fields = ()
    _type_name = ""

    def __init__(self, values):
        self._values = tuple(values)
        for i, field in enumerate(self._fields):
            setattr(self, field, self._values[i])

    def __getitem__(self, index):
        return self._values[index]

    def __len__(self):
        return len(self._values)

    def __iter__(self):
        return iter(self._values)

    def __hash__(self):
        return hash(self._values)

    def _other(self, other):
        return other._values if isinstance(other, _StructSeq) else other

    def __eq__(self, other):
        return self._values == self._other(other)

    def __ne__(self, other):
        return self._values != self._other(other)

    def __lt__(self, other):
        return self._values < self._other(other)

    def __le__(self, other):
        return self._values <= self._other(other)

    def __gt__(self, other):
        return self._values > self._other(other)

    def __ge__(self, other):
        return self._values >= self._other(other)

    def __repr__(self):
        parts = []
        for i, field in enumerate(self._fields):
            parts.append(field + "=" + repr(self._values[i]))
        return self._type_name + "(" + ", ".join(parts) + ")"


class _VersionInfo(_StructSeq):
    _fields = ("major", "minor", "micro", "releaselevel", "serial")
    _type_name = "sys.version_info"


class _FloatInfo(_StructSeq):
    _fields = ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
               "epsilon", "radix", "rounds")
    _type_name = "sys.float_info"


version_info = _VersionInfo((3, 11, 7, "final", 0))
version = "3.11.7 (Loopstep: CPython 3.11 on a virtual clock)"
hexversion = 0x30B07F0
api_version = 1013
float_info = _FloatInfo((1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
                         2.220446049250313e-16, 2, 1))
platform = "linux"
byteorder = "little"
maxsize = 9223372036854775807
path = [_program_dir]

