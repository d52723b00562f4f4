# enum (CPython 3.11's behaviour, written again): EnumType collects the members from a class
# body through its __prepare__ namespace, Enum / StrEnum / Flag and their reprs, str and format
# as 3.11 prints them, auto, unique, lookups by value and name, aliases, _missing_.
# Loopstep's gap: int cannot be subclassed yet, so IntEnum and IntFlag members behave as ints
# (arithmetic, comparisons, hashing, int(), indexing) without being instances of int.


class auto:
    def __init__(self, value=None):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_descriptor(obj):
    return hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


class _EnumDict(dict):
    def __init__(self):
        super().__init__()
        self._member_names = []
        self._last_values = []
        self._generate_next_value = None
        self._cls_name = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name, key) or _is_dunder(key) or _is_sunder(key):
            pass
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif (_is_descriptor(value) or callable(value) or isinstance(value, (type, property, staticmethod, classmethod))):
            if key in self and key not in self._member_names:
                pass
        else:
            if isinstance(value, auto):
                if value.value is None:
                    value.value = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            self._member_names.append(key)
            self._last_values.append(value)
        super().__setitem__(key, value)


def _next_value_counting(name, start, count, last_values):
    if not last_values:
        return start
    try:
        return sorted(last_values)[-1] + 1
    except TypeError:
        raise TypeError("unable to sort non-numeric values") from None


def _find_data_type(bases):
    for chain in bases:
        for base in chain.__mro__:
            if base is object or isinstance(base, EnumType):
                continue
            if base in (str, tuple, list, dict, set, frozenset, int, float):
                return base
    return object


def _first_enum(bases):
    for base in reversed(bases):
        if isinstance(base, EnumType):
            return base
    return None


class EnumType(type):
    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        first = _first_enum(bases)
        if first is not None:
            enum_dict._generate_next_value = first._generate_next_value_
        else:
            enum_dict._generate_next_value = _next_value_counting
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(getattr(classdict, "_member_names", []))
        first = _first_enum(bases)
        if first is not None and first._member_names_:
            raise TypeError("%s: cannot extend enumeration %r" % (cls, first.__name__))
        plain = {}
        values = {}
        for key, value in dict.items(classdict):
            if key in member_names:
                values[key] = value
            else:
                plain[key] = value
        plain["_member_names_"] = []
        plain["_member_map_"] = {}
        plain["_value2member_map_"] = {}
        enum_class = super().__new__(metacls, cls, bases, plain, **kwds)
        member_type = _find_data_type(bases)
        enum_class._member_type_ = member_type
        # With a data type mixed in (str, ...), the enum's repr/str/format win over the data type's.
        if member_type is not object and first is not None:
            for method in ("__repr__", "__str__", "__format__"):
                if method not in plain:
                    type.__setattr__(enum_class, method, getattr(first, method))
        custom_new = plain.get("__new__")
        init = plain.get("__init__")
        for name in member_names:
            value = values[name]
            args = value if isinstance(value, tuple) and member_type is not tuple else (value,)
            if custom_new is not None:
                member = custom_new(enum_class, *args)
                if not hasattr(member, "_value_"):
                    member._value_ = value
            elif member_type is object or member_type in (int, float):
                member = object.__new__(enum_class)
                member._value_ = member_type(*args) if member_type is not object else value
            else:
                member = member_type.__new__(enum_class, *args)
                member._value_ = member_type(*args)
            if init is not None:
                init(member, *args)
            member._name_ = name
            member.__objclass__ = enum_class
            member._sort_order_ = len(enum_class._member_names_)
            canonical = None
            for existing in enum_class._member_map_.values():
                if existing._value_ == member._value_:
                    canonical = existing
                    break
            if canonical is not None:
                member = canonical
            else:
                enum_class._member_names_.append(name)
            enum_class._member_map_[name] = member
            try:
                enum_class._value2member_map_.setdefault(member._value_, member)
            except TypeError:
                pass
            type.__setattr__(enum_class, name, member)
        return enum_class

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get("_member_map_", {}):
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is not None:
            return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start)
        if isinstance(value, cls):
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if result is not None:
            raise TypeError("error in %s._missing_: returned %r instead of None or a valid member"
                            % (cls.__name__, result))
        raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original, names = names, []
            last_values = []
            for count, name in enumerate(original):
                value = cls._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        items = names.items() if isinstance(names, dict) else names
        for item in items:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is not None:
            classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict)

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError("unsupported operand type(s) for 'in': '%s' and '%s'"
                            % (type(member).__qualname__, cls.__class__.__qualname__))
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    def __bool__(cls):
        return True

    @property
    def __members__(cls):
        return dict(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % (cls.__name__,)
        return "<enum %r>" % (cls.__name__,)


EnumMeta = EnumType
Flag = None


class Enum(metaclass=EnumType):
    _generate_next_value_ = staticmethod(_next_value_counting)

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        value_repr = self._member_type_.__repr__ if self._member_type_ is not object else repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, value_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __dir__(self):
        return ["__class__", "__doc__", "__module__", "name", "value"]


class ReprEnum(Enum):
    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class _IntLike:
    # The int behaviour of IntEnum / IntFlag members (see the module's comment).
    def __int__(self):
        return self._value_

    def __index__(self):
        return self._value_

    def __float__(self):
        return float(self._value_)

    def __hash__(self):
        return hash(self._value_)

    def __bool__(self):
        return bool(self._value_)

    def __eq__(self, other):
        return self._value_ == (other._value_ if isinstance(other, Enum) else other)

    def __ne__(self, other):
        return not self == other

    def __lt__(self, other):
        return self._value_ < int(other)

    def __le__(self, other):
        return self._value_ <= int(other)

    def __gt__(self, other):
        return self._value_ > int(other)

    def __ge__(self, other):
        return self._value_ >= int(other)

    def __add__(self, other):
        return self._value_ + other

    def __radd__(self, other):
        return other + self._value_

    def __sub__(self, other):
        return self._value_ - other

    def __rsub__(self, other):
        return other - self._value_

    def __mul__(self, other):
        return self._value_ * other

    def __rmul__(self, other):
        return other * self._value_

    def __floordiv__(self, other):
        return self._value_ // other

    def __truediv__(self, other):
        return self._value_ / other

    def __mod__(self, other):
        return self._value_ % other

    def __neg__(self):
        return -self._value_

    def __abs__(self):
        return abs(self._value_)


class IntEnum(_IntLike, ReprEnum):
    pass


def _bits(num, max_bits):
    # enum's bin(): "0b0 1000", the sign digit apart, padded to max_bits
    text = bin(num + 2 ** num.bit_length()).replace("1", "0", 1)
    sign, digits = text[:3], text[3:]
    if len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _high_bit(value):
    return value.bit_length() - 1


class Flag(Enum):
    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        high = max(last_values)
        return 2 ** (_high_bit(high) + 1)

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        all_bits = 0
        for member in cls._member_map_.values():
            all_bits |= member._value_
        if value < 0 or value & ~all_bits:
            if value < 0 or cls._member_type_ is not object or issubclass(cls, _IntLike):
                raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
            max_bits = max(value.bit_length(), all_bits.bit_length())
            raise ValueError("%r invalid value %r\n    given %s\n  allowed %s"
                             % (cls, value, _bits(value, max_bits), _bits(all_bits, max_bits)))
        pseudo = object.__new__(cls) if cls._member_type_ is object else cls._member_type_.__new__(cls, value)
        pseudo._value_ = value
        names = [m._name_ for m in cls._iter_bits(value)]
        pseudo._name_ = "|".join(names) if names else None
        pseudo.__objclass__ = cls
        cls._value2member_map_[value] = pseudo
        return pseudo

    @classmethod
    def _iter_bits(cls, value):
        for name in cls._member_names_:
            member = cls._member_map_[name]
            v = member._value_
            if v and v & (v - 1) == 0 and v & value == v:
                yield member

    def __iter__(self):
        return iter(list(self.__class__._iter_bits(self._value_)))

    def __len__(self):
        return bin(self._value_).count("1")

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r"
                            % (type(other).__qualname__, self.__class__.__qualname__))
        return other._value_ & self._value_ == other._value_

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ | other._value_)

    def __and__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ & other._value_)

    def __xor__(self, other):
        if not isinstance(other, self.__class__):
            return NotImplemented
        return self.__class__(self._value_ ^ other._value_)

    def __invert__(self):
        all_bits = 0
        for member in self.__class__._member_map_.values():
            all_bits |= member._value_
        return self.__class__(all_bits & ~self._value_)

    def __repr__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "<%s: %r>" % (cls_name, self._value_)
        return "<%s.%s: %r>" % (cls_name, self._name_, self._value_)

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)


class IntFlag(_IntLike, ReprEnum, Flag):
    def __or__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__or__(self, other)

    def __and__(self, other):
        if isinstance(other, int):
            other = self.__class__(other)
        return Flag.__and__(self, other)

    __ror__ = __or__
    __rand__ = __and__

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


def unique(enumeration):
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration
