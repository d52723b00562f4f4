# The `pprint` module of CPython 3.11 for the built-in containers, strings and dataclasses:
# pprint, pformat, pp, saferepr, isreadable, isrecursive and PrettyPrinter, breaking lines where
# CPython's does. A stream given to pprint() receives the whole text in one write, then "\n".

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, [], None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, [], None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, [], None, 0)[2]


class _safe_key:
    # Orders anything: values that do not compare fall back to (type name, id), as CPython's.
    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            # CPython then orders by (type name, id()); Loopstep has no id(): by type name only.
            return str(type(self.obj)) < str(type(other.obj))


def _safe_tuple(t):
    return _safe_key(t[0]), _safe_key(t[1])


def _recursion(object):
    # CPython shows id(object) here, which Loopstep does not have.
    return "<Recursion on %s>" % type(object).__name__


def _inside(context, object):
    # context: the containers being printed, outermost first, compared by identity.
    for seen in context:
        if seen is object:
            return True
    return False


def _words(line):
    # re.findall(r'\S*\s*', line) without the final empty match.
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _plain(typ, base):
    # A built-in container type or a subclass that keeps its repr: printed as the base is.
    return issubclass(typ, base) and typ.__repr__ is base.__repr__


def _has_dataclass_repr(typ):
    # A dataclass whose __repr__ the decorator made (a native here), not one the class wrote.
    if not hasattr(typ, '__dataclass_fields__'):
        return False
    for klass in typ.__mro__:
        if '__repr__' in klass.__dict__:
            return not hasattr(klass.__dict__['__repr__'], '__code__')
    return False


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    def pprint(self, object):
        text = self.pformat(object)
        if self._stream is None:
            print(text)
        else:
            self._stream.write(text)
            self._stream.write("\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, [], 0)
        return ''.join(out)

    def isrecursive(self, object):
        return self.format(object, [], 0, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self.format(object, [], 0, 0)
        return readable and not recursive

    def _format(self, object, out, indent, allowance, context, level):
        if _inside(context, object):
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            layout = self._layout_for(object)
            if layout is not None:
                context.append(object)
                layout(object, out, indent, allowance, context, level + 1)
                context.pop()
                return
        out.append(rep)

    def _layout_for(self, object):
        typ = type(object)
        if _plain(typ, dict):
            return self._pprint_dict
        if _plain(typ, list):
            return self._pprint_list
        if _plain(typ, tuple):
            return self._pprint_tuple
        if _plain(typ, set) or _plain(typ, frozenset):
            return self._pprint_set
        if _plain(typ, str):
            return self._pprint_str
        if _has_dataclass_repr(typ):
            return self._pprint_dataclass
        return None

    def _pprint_dataclass(self, object, out, indent, allowance, context, level):
        name = object.__class__.__name__
        fields = type(object).__dataclass_fields__.values()
        items = [(f.name, getattr(object, f.name)) for f in fields if f.repr]
        out.append(name + '(')
        self._format_namespace_items(items, out, indent + len(name) + 1, allowance, context, level)
        out.append(')')

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append('{')
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        if len(object):
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append('}')

    def _pprint_list(self, object, out, indent, allowance, context, level):
        out.append('[')
        self._format_items(object, out, indent, allowance + 1, context, level)
        out.append(']')

    def _pprint_tuple(self, object, out, indent, allowance, context, level):
        out.append('(')
        end = ',)' if len(object) == 1 else ')'
        self._format_items(object, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        typ = object.__class__
        if typ is set:
            out.append('{')
            end = '}'
        else:
            out.append(typ.__name__ + '({')
            end = '})'
            indent += len(typ.__name__) + 1
        items = sorted(object, key=_safe_key)
        self._format_items(items, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _pprint_str(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        full = room = self._width - indent
        for i, line in enumerate(lines):
            rep = repr(line)
            if i == len(lines) - 1:
                room -= allowance
            if len(rep) <= room:
                chunks.append(rep)
                continue
            parts = _words(line)
            room2 = full
            current = ''
            for j, part in enumerate(parts):
                candidate = current + part
                if j == len(parts) - 1 and i == len(lines) - 1:
                    room2 -= allowance
                if len(repr(candidate)) > room2:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append('(')
        for i, rep in enumerate(chunks):
            if i > 0:
                out.append('\n' + ' ' * indent)
            out.append(rep)
        if level == 1:
            out.append(')')

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(': ')
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(',\n' + ' ' * indent)

    def _format_namespace_items(self, items, out, indent, allowance, context, level):
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            out.append(key)
            out.append('=')
            if _inside(context, value):
                out.append("...")
            else:
                self._format(value, out, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                out.append(',\n' + ' ' * indent)

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * ' ')
        newline = ',\n' + ' ' * indent
        delim = ''
        width = room = self._width - indent + 1
        items = list(items)
        for i, item in enumerate(items):
            last = i == len(items) - 1
            if last:
                room -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                needed = len(rep) + 2
                if width < needed:
                    width = room
                    if delim:
                        delim = newline
                if width >= needed:
                    width -= needed
                    out.append(delim)
                    delim = ', '
                    out.append(rep)
                    continue
            out.append(delim)
            delim = newline
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    def _safe_repr(self, object, context, maxlevels, level):
        typ = type(object)
        if typ in (str, float, bool, type(None)):
            return repr(object), True, False
        if issubclass(typ, int) and typ.__repr__ is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if _plain(typ, dict):
            if not object:
                return "{}", True, False
            items = sorted(object.items(), key=_safe_tuple) if self._sort_dicts else object.items()
            return self._safe_container(object, "{%s}", items, True, context, maxlevels, level)
        if _plain(typ, list):
            if not object:
                return "[]", True, False
            return self._safe_container(object, "[%s]", object, False, context, maxlevels, level)
        if _plain(typ, tuple):
            if not object:
                return "()", True, False
            shape = "(%s,)" if len(object) == 1 else "(%s)"
            return self._safe_container(object, shape, object, False, context, maxlevels, level)
        rep = repr(object)
        return rep, bool(rep and not rep.startswith('<')), False

    def _safe_container(self, object, shape, items, pairs, context, maxlevels, level):
        if maxlevels and level >= maxlevels:
            return shape % "...", False, _inside(context, object)
        if _inside(context, object):
            return _recursion(object), False, True
        context.append(object)
        readable = True
        recursive = False
        parts = []
        level += 1
        for item in items:
            if pairs:
                krepr, kreadable, krecur = self.format(item[0], context, maxlevels, level)
                vrepr, vreadable, vrecur = self.format(item[1], context, maxlevels, level)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecur or vrecur
            else:
                orepr, oreadable, orecur = self.format(item, context, maxlevels, level)
                parts.append(orepr)
                readable = readable and oreadable
                recursive = recursive or orecur
        context.pop()
        return shape % ", ".join(parts), readable, recursive
