# The `json` module of CPython 3.11: loads/load/dumps/dump, JSONDecoder, JSONEncoder and
# JSONDecodeError, with the messages and positions of CPython's C scanner and the chunks of its
# Python encoder (dump writes the same pieces, in the same order, as CPython does).

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

_INF = float('inf')


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        ValueError.__init__(self, '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WHITESPACE = ' \t\n\r'
_DIGITS = '0123456789'
_HEX = '0123456789abcdefABCDEF'
_SIMPLE_ESCAPES = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r', 't': '\t'}
_CONSTANTS = {'NaN': float('nan'), 'Infinity': _INF, '-Infinity': -_INF}


def _skip_ws(s, i):
    n = len(s)
    while i < n and s[i] in _WHITESPACE:
        i += 1
    return i


def _hex4(s, u):
    # The four digits after the 'u' at u; errors point at the 'u', as CPython's do.
    digits = s[u + 1:u + 5]
    if len(digits) != 4:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    for c in digits:
        if c not in _HEX:
            raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    return int(digits, 16)


def _scan_string(s, end, strict):
    # s[end - 1] is the opening quote; returns (text, index after the closing quote).
    begin = end - 1
    n = len(s)
    parts = []
    i = end
    while True:
        start = i
        while i < n:
            c = s[i]
            if c == '"' or c == '\\':
                break
            if strict and c < ' ':
                raise JSONDecodeError('Invalid control character at', s, i)
            i += 1
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        if i > start:
            parts.append(s[start:i])
        if s[i] == '"':
            return ''.join(parts), i + 1
        i += 1
        if i >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[i]
        if esc != 'u':
            if esc not in _SIMPLE_ESCAPES:
                raise JSONDecodeError('Invalid \\escape', s, i - 1)
            parts.append(_SIMPLE_ESCAPES[esc])
            i += 1
            continue
        code = _hex4(s, i)
        i += 5
        if 0xd800 <= code <= 0xdbff and s[i:i + 2] == '\\u':
            low = _hex4(s, i + 1)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                i += 6
        parts.append(chr(code))


class _Scanner:
    def __init__(self, decoder):
        self.strict = decoder.strict
        self.object_hook = decoder.object_hook
        self.object_pairs_hook = decoder.object_pairs_hook
        self.parse_float = decoder.parse_float
        self.parse_int = decoder.parse_int
        self.parse_constant = decoder.parse_constant

    def value(self, s, i):
        # Returns (value, end); None for "no value starts here" (CPython's StopIteration).
        if i >= len(s):
            return None
        c = s[i]
        if c == '"':
            return _scan_string(s, i + 1, self.strict)
        if c == '{':
            return self.object(s, i + 1)
        if c == '[':
            return self.array(s, i + 1)
        if c == 'n' and s[i:i + 4] == 'null':
            return None, i + 4
        if c == 't' and s[i:i + 4] == 'true':
            return True, i + 4
        if c == 'f' and s[i:i + 5] == 'false':
            return False, i + 5
        if c == 'N' and s[i:i + 3] == 'NaN':
            return self.parse_constant('NaN'), i + 3
        if c == 'I' and s[i:i + 8] == 'Infinity':
            return self.parse_constant('Infinity'), i + 8
        if c == '-' and s[i:i + 9] == '-Infinity':
            return self.parse_constant('-Infinity'), i + 9
        return self.number(s, i)

    def number(self, s, i):
        n = len(s)
        start = i
        if i < n and s[i] == '-':
            i += 1
        if i >= n or s[i] not in _DIGITS:
            return None
        if s[i] == '0':
            i += 1
        else:
            while i < n and s[i] in _DIGITS:
                i += 1
        is_float = False
        if i + 1 < n and s[i] == '.' and s[i + 1] in _DIGITS:
            is_float = True
            i += 2
            while i < n and s[i] in _DIGITS:
                i += 1
        if i < n and s[i] in 'eE':
            e = i + 1
            if e < n and s[e] in '+-':
                e += 1
            if e < n and s[e] in _DIGITS:
                while e < n and s[e] in _DIGITS:
                    e += 1
                is_float = True
                i = e
        text = s[start:i]
        return (self.parse_float(text) if is_float else self.parse_int(text)), i

    def required(self, s, i):
        found = self.value(s, i)
        if found is None:
            raise JSONDecodeError('Expecting value', s, i)
        return found

    def object(self, s, i):
        pairs = []
        i = _skip_ws(s, i)
        n = len(s)
        if i >= n or s[i] != '}':
            while True:
                if i >= n or s[i] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes', s, i)
                key, i = _scan_string(s, i + 1, self.strict)
                i = _skip_ws(s, i)
                if i >= n or s[i] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, i)
                value, i = self.required(s, _skip_ws(s, i + 1))
                pairs.append((key, value))
                i = _skip_ws(s, i)
                if i < n and s[i] == '}':
                    break
                if i >= n or s[i] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, i)
                i = _skip_ws(s, i + 1)
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs), i + 1
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result, i + 1

    def array(self, s, i):
        items = []
        i = _skip_ws(s, i)
        n = len(s)
        if i < n and s[i] == ']':
            return items, i + 1
        while True:
            value, i = self.required(s, i)
            items.append(value)
            i = _skip_ws(s, i)
            if i < n and s[i] == ']':
                return items, i + 1
            if i >= n or s[i] != ',':
                raise JSONDecodeError("Expecting ',' delimiter", s, i)
            i = _skip_ws(s, i + 1)


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_ws(s, 0))
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        if idx < 0:
            raise JSONDecodeError('Expecting value', s, idx)
        return _Scanner(self).required(s, idx)


def _text_of(s):
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
        return s
    raise TypeError(f'the JSON object must be str, bytes or bytearray, not {s.__class__.__name__}')


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
          object_pairs_hook=None, **kw):
    s = _text_of(s)
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    if cls is None:
        cls = JSONDecoder
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
         object_pairs_hook=None, **kw):
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)


def _escape_char(c):
    known = _SHORT_ESCAPES.get(c)
    if known is not None:
        return known
    code = ord(c)
    if code < 0x10000:
        return '\\u%04x' % code
    code -= 0x10000
    return '\\u%04x\\u%04x' % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff))


_SHORT_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f'}


def _quote(s):
    # Only '"', '\\' and the control characters are escaped (ensure_ascii=False).
    out = []
    for c in s:
        out.append(_escape_char(c) if c < ' ' or c == '"' or c == '\\' else c)
    return '"' + ''.join(out) + '"'


def _quote_ascii(s):
    out = []
    for c in s:
        out.append(c if ' ' <= c <= '~' and c != '"' and c != '\\' else _escape_char(c))
    return '"' + ''.join(out) + '"'


class _Chunks:
    # The pieces CPython's Python encoder yields, one generator per container.
    def __init__(self, encoder, one_shot):
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.markers = [] if encoder.check_circular else None
        self.default = encoder.default
        self.quote = _quote_ascii if encoder.ensure_ascii else _quote
        self.allow_nan = encoder.allow_nan
        self.c_messages = one_shot and indent is None  # CPython's C encoder words one error differently
        self.key_sep = encoder.key_separator
        self.item_sep = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys

    def float_text(self, f):
        if f != f:
            text = 'NaN'
        elif f == _INF:
            text = 'Infinity'
        elif f == -_INF:
            text = '-Infinity'
        else:
            return repr(float(f))
        if not self.allow_nan:
            message = 'Out of range float values are not JSON compliant'
            raise ValueError(message if self.c_messages else message + ': ' + repr(f))
        return text

    def scalar(self, o):
        # The text of a str, None, bool, int or float; None for anything else.
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return repr(int(o))
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        # The containers being encoded, outermost first (Loopstep has no id(): compared by identity).
        if self.markers is None:
            return False
        for seen in self.markers:
            if seen is o:
                raise ValueError('Circular reference detected')
        self.markers.append(o)
        return True

    def leave(self, marked):
        if marked:
            self.markers.pop()

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.object(o, level)
        return self.other(o, level)

    def array(self, items, level):
        if not items:
            yield '[]'
            return
        mark = self.enter(items)
        prefix = '['
        separator = self.item_sep
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            prefix += newline
            separator += newline
        for item in items:
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.nested(item, level)
            prefix = separator
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield ']'
        self.leave(mark)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True or key is False or key is None:
            return self.scalar(key)
        if isinstance(key, int):
            return repr(int(key))
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, not {key.__class__.__name__}')

    def object(self, d, level):
        if not d:
            yield '{}'
            return
        mark = self.enter(d)
        yield '{'
        separator = self.item_sep
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator += newline
            yield newline
        first = True
        for key, value in (sorted(d.items()) if self.sort_keys else d.items()):
            key = self.key_text(key)
            if key is None:
                continue
            if not first:
                yield separator
            first = False
            yield self.quote(key)
            yield self.key_sep
            text = self.scalar(value)
            if text is not None:
                yield text
            else:
                yield from self.nested(value, level)
        if self.indent is not None:
            yield '\n' + self.indent * (level - 1)
        yield '}'
        self.leave(mark)

    def other(self, o, level):
        mark = self.enter(o)
        o = self.default(o)
        yield from self.any(o, level)
        self.leave(mark)

    def any(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        else:
            yield from self.nested(o, level)


class JSONEncoder:
    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        return _Chunks(self, _one_shot).any(o, 0)


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
          indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True, cls=None,
         indent=None, separators=None, default=None, sort_keys=False, **kw):
    if cls is None:
        cls = JSONEncoder
    encoder = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
                  allow_nan=allow_nan, indent=indent, separators=separators, default=default,
                  sort_keys=sort_keys, **kw)
    for chunk in encoder.iterencode(obj):
        fp.write(chunk)
