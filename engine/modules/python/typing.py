# typing, as much of CPython 3.11's as a program running (not type-checking) touches: every
# public name imports; annotations subscript (List[int], Optional[str], Callable[[int], str],
# Generic[T]); cast, TYPE_CHECKING, TypeVar, NewType, overload, final, get_type_hints' common case.
# Written for Loopstep from the documentation; type checkers are not Loopstep's business.

TYPE_CHECKING = False


class _SpecialForm:
    def __init__(self, name, origin=None):
        self._name = name
        self.__origin__ = origin

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError(f"Cannot instantiate typing.{self._name}")
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        return 'typing.' + self._name

    def __or__(self, other):
        return _GenericAlias(Union, (self, other))

    def __ror__(self, other):
        return _GenericAlias(Union, (other, self))

    def __mro_entries__(self, bases):
        return (self.__origin__,) if self.__origin__ is not None else (object,)


def _type_repr(obj):
    if isinstance(obj, type):
        if obj.__module__ == 'builtins':
            return obj.__qualname__
        return f'{obj.__module__}.{obj.__qualname__}'
    if obj is ...:
        return '...'
    if obj is None or obj is type(None):
        return 'None'
    if isinstance(obj, list):
        return '[' + ', '.join(_type_repr(t) for t in obj) + ']'
    return repr(obj)


class _GenericAlias:
    def __init__(self, origin, params):
        self.__origin__ = origin
        self.__args__ = params

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _GenericAlias(self.__origin__, params)

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __repr__(self):
        args = self.__args__
        if self.__origin__ is Optional:
            return f'typing.Optional[{_type_repr(args[0])}]'
        if self.__origin__ is Union and len(args) == 2 and (None in args or type(None) in args):
            other = args[1] if args[0] is None or args[0] is type(None) else args[0]
            return f'typing.Optional[{_type_repr(other)}]'
        return f'{_type_repr(self.__origin__)}[{", ".join(_type_repr(a) for a in args)}]'

    def __or__(self, other):
        return _GenericAlias(Union, (self, other))

    def __ror__(self, other):
        return _GenericAlias(Union, (other, self))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))


Any = _SpecialForm('Any')
NoReturn = _SpecialForm('NoReturn')
Never = _SpecialForm('Never')
Self = _SpecialForm('Self')
LiteralString = _SpecialForm('LiteralString')
ClassVar = _SpecialForm('ClassVar')
Final = _SpecialForm('Final')
Union = _SpecialForm('Union')
Optional = _SpecialForm('Optional')
Literal = _SpecialForm('Literal')
TypeAlias = _SpecialForm('TypeAlias')
Concatenate = _SpecialForm('Concatenate')
TypeGuard = _SpecialForm('TypeGuard')
Required = _SpecialForm('Required')
NotRequired = _SpecialForm('NotRequired')
Unpack = _SpecialForm('Unpack')
Annotated = _SpecialForm('Annotated')

# Aliases of the built-in and collections classes: subscriptable, callable where CPython's are.
List = _SpecialForm('List', list)
Dict = _SpecialForm('Dict', dict)
Set = _SpecialForm('Set', set)
FrozenSet = _SpecialForm('FrozenSet', frozenset)
Tuple = _SpecialForm('Tuple')
Type = _SpecialForm('Type')
Text = str
Callable = _SpecialForm('Callable')
Awaitable = _SpecialForm('Awaitable')
Coroutine = _SpecialForm('Coroutine')
AsyncIterable = _SpecialForm('AsyncIterable')
AsyncIterator = _SpecialForm('AsyncIterator')
AsyncGenerator = _SpecialForm('AsyncGenerator')
Iterable = _SpecialForm('Iterable')
Iterator = _SpecialForm('Iterator')
Generator = _SpecialForm('Generator')
Reversible = _SpecialForm('Reversible')
Container = _SpecialForm('Container')
Collection = _SpecialForm('Collection')
Hashable = _SpecialForm('Hashable')
Sized = _SpecialForm('Sized')
Sequence = _SpecialForm('Sequence')
MutableSequence = _SpecialForm('MutableSequence')
Mapping = _SpecialForm('Mapping')
MutableMapping = _SpecialForm('MutableMapping')
AbstractSet = _SpecialForm('AbstractSet')
MutableSet = _SpecialForm('MutableSet')
MappingView = _SpecialForm('MappingView')
KeysView = _SpecialForm('KeysView')
ItemsView = _SpecialForm('ItemsView')
ValuesView = _SpecialForm('ValuesView')
ContextManager = _SpecialForm('ContextManager')
AsyncContextManager = _SpecialForm('AsyncContextManager')
Deque = _SpecialForm('Deque')
DefaultDict = _SpecialForm('DefaultDict')
OrderedDict = _SpecialForm('OrderedDict')
Counter = _SpecialForm('Counter')
ChainMap = _SpecialForm('ChainMap')
Pattern = _SpecialForm('Pattern')
Match = _SpecialForm('Match')
IO = _SpecialForm('IO')
TextIO = _SpecialForm('TextIO')
BinaryIO = _SpecialForm('BinaryIO')
ByteString = _SpecialForm('ByteString')
SupportsAbs = _SpecialForm('SupportsAbs')
SupportsBytes = _SpecialForm('SupportsBytes')
SupportsComplex = _SpecialForm('SupportsComplex')
SupportsFloat = _SpecialForm('SupportsFloat')
SupportsIndex = _SpecialForm('SupportsIndex')
SupportsInt = _SpecialForm('SupportsInt')
SupportsRound = _SpecialForm('SupportsRound')


class TypeVar:
    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = '+' if self.__covariant__ else '-' if self.__contravariant__ else '~'
        return prefix + self.__name__

    def __or__(self, other):
        return _GenericAlias(Union, (self, other))


class ParamSpec(TypeVar):
    args = object()
    kwargs = object()


class TypeVarTuple(TypeVar):
    pass


AnyStr = TypeVar('AnyStr')


class Generic:
    def __class_getitem__(cls, params):
        return cls


class Protocol(Generic):
    pass


def runtime_checkable(cls):
    return cls


def cast(typ, val):
    return val


def assert_type(val, typ, /):
    return val


def assert_never(arg, /):
    raise AssertionError(f"Expected code to be unreachable, but got: {arg!r}")


def reveal_type(obj, /):
    return obj


def overload(func):
    def _overload_dummy(*args, **kwds):
        raise NotImplementedError(
            "You should not call an overloaded function. "
            "A series of @typing.overload-decorated functions "
            "outside a stub module should always be followed "
            "by an implementation that is not @typing.overload-ed.")
    return _overload_dummy


def final(f):
    return f


def no_type_check(arg):
    return arg


def dataclass_transform(**kwargs):
    return lambda cls_or_fn: cls_or_fn


class NewType:
    def __init__(self, name, tp):
        self.__name__ = name
        self.__qualname__ = name
        self.__supertype__ = tp

    def __call__(self, x):
        return x

    def __repr__(self):
        return f'__main__.{self.__name__}'


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    hints = {}
    for klass in reversed(getattr(obj, '__mro__', (obj,))):
        hints.update(getattr(klass, '__annotations__', {}))
    return hints


def get_origin(tp):
    return getattr(tp, '__origin__', None)


def get_args(tp):
    return getattr(tp, '__args__', ())


_NT_SPECIAL = frozenset({'__module__', '__qualname__', '__annotations__', '__doc__', '__slots__', '_root'})


def _make_namedtuple(typename, fields, module, defaults=()):
    import collections
    names = [name for name, _ in fields]
    result = collections.namedtuple(typename, names, defaults=defaults, module=module)
    result.__annotations__ = dict(fields)
    return result


class _NamedTupleMeta(type):
    # `class Point(NamedTuple)` and `NamedTuple("Point", [("x", int)])`: a collections.namedtuple
    # whose fields are the annotations (in CPython NamedTuple reaches the same through
    # __mro_entries__).
    def __new__(mcls, typename, bases, ns):
        if ns.get('_root'):
            return super().__new__(mcls, typename, bases, ns)
        types = ns.get('__annotations__', {})
        default_names = []
        for name in types:
            if name in ns:
                default_names.append(name)
            elif default_names:
                raise TypeError(f"Non-default namedtuple field {name} cannot follow default field"
                                f"{'s' if len(default_names) > 1 else ''} {', '.join(default_names)}")
        result = _make_namedtuple(typename, list(types.items()), ns.get('__module__', '__main__'),
                                  [ns[n] for n in default_names])
        for key, value in ns.items():
            if key in _NT_SPECIAL or key in types:
                continue
            if key in ('_make', '_asdict', '_replace', '_fields', '__new__', '__init__', '__getnewargs__'):
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            setattr(result, key, value)
        return result

    def __call__(cls, typename, fields=None, /, **kwargs):
        if fields is None:
            fields = list(kwargs.items())
        return _make_namedtuple(typename, list(fields), '__main__')


class NamedTuple(metaclass=_NamedTupleMeta):
    _root = True


class _TypedDictMeta(type):
    # A TypedDict class is a dict type for checkers: calling it makes a plain dict.
    def __new__(mcls, name, bases, ns, total=True):
        annotations = {}
        for base in bases:
            annotations.update(getattr(base, '__annotations__', {}))
        annotations.update(ns.get('__annotations__', {}))
        ns = dict(ns)
        ns['__annotations__'] = annotations
        ns['__total__'] = total
        keys = frozenset(annotations)
        ns['__required_keys__'] = keys if total else frozenset()
        ns['__optional_keys__'] = frozenset() if total else keys
        return super().__new__(mcls, name, (dict,) if not ns.get('_root') else (), ns)

    def __call__(cls, *args, **kwargs):
        if cls is TypedDict:
            typename, fields = args[0], (args[1] if len(args) > 1 else kwargs)
            total = kwargs.get('total', True) if len(args) > 1 else True
            return _TypedDictMeta(typename, (TypedDict,), {'__annotations__': dict(fields), '__module__': '__main__'},
                                  total=total)
        return dict(*args, **kwargs)

    def __instancecheck__(cls, other):
        raise TypeError('TypedDict does not support instance and class checks')

    __subclasscheck__ = __instancecheck__


class TypedDict(metaclass=_TypedDictMeta):
    _root = True
