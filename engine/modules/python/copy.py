# Shallow and deep copies (CPython's copy): the built-in containers by kind, __copy__ and
# __deepcopy__ when a class defines them, and any other instance by copying its __dict__ into
# a new object of its class. deepcopy keeps a memo (id -> copy), so shared parts stay shared and
# cycles end.


class Error(Exception):
    pass


error = Error

# The memo is keyed by identity, as CPython's _identity(x): object.__hash__ is the object's identity
# (never a class's own __hash__) in Loopstep.
_identity = object.__hash__

_atomic = (type(None), int, float, bool, str, type, range, type(len), type(lambda: 0), property)


def _is_atomic(x):
    cls = type(x)
    return cls in _atomic or isinstance(x, type)


def _new_like(x):
    cls = type(x)
    return object.__new__(cls)


def copy(x):
    cls = type(x)
    if _is_atomic(x) or cls is tuple or cls is frozenset:
        return x
    if cls is list:
        return x[:]
    if cls is dict:
        return dict(x)
    if cls is set:
        return set(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, (list, dict, set, tuple, str, frozenset)):
        return _copy_builtin_subclass(x, cls)
    y = _new_like(x)
    if hasattr(x, "__dict__"):
        y.__dict__.update(x.__dict__)
    return y


def _copy_builtin_subclass(x, cls):
    if isinstance(x, tuple):
        y = tuple.__new__(cls, x)
    elif isinstance(x, str):
        y = str.__new__(cls, x)
    elif isinstance(x, frozenset):
        y = frozenset.__new__(cls, x)
    else:
        y = cls.__new__(cls)
        if isinstance(x, list):
            list.extend(y, x)
        elif isinstance(x, dict):
            dict.update(y, x)
        else:
            set.update(y, x)
    y.__dict__.update(x.__dict__)
    return y


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = _identity(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if _is_atomic(x):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is tuple:
        y = tuple([deepcopy(a, memo) for a in x])
        # a tuple of atoms is its own copy
        if all(a is b for a, b in zip(x, y)):
            y = x
        if d in memo:
            return memo[d]
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is frozenset:
        y = frozenset(deepcopy(a, memo) for a in x)
    else:
        copier = getattr(x, "__deepcopy__", None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _deepcopy_object(x, cls, memo)
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y


def _deepcopy_object(x, cls, memo):
    d = _identity(x)
    if isinstance(x, tuple):
        y = tuple.__new__(cls, [deepcopy(a, memo) for a in x])
        memo[d] = y
    elif isinstance(x, str):
        y = str.__new__(cls, x)
        memo[d] = y
    elif isinstance(x, (list, dict, set)):
        y = cls.__new__(cls)
        memo[d] = y
        if isinstance(x, list):
            list.extend(y, [deepcopy(a, memo) for a in x])
        elif isinstance(x, dict):
            for key, value in dict.items(x):
                dict.__setitem__(y, deepcopy(key, memo), deepcopy(value, memo))
        else:
            set.update(y, [deepcopy(a, memo) for a in x])
    else:
        y = _new_like(x)
        memo[d] = y
    if hasattr(x, "__dict__"):
        state = deepcopy(x.__dict__, memo)
        setstate = getattr(y, "__setstate__", None)
        if setstate is not None:
            setstate(state)
        else:
            y.__dict__.update(state)
    return y


def _keep_alive(x, memo):
    try:
        memo[_identity(memo)].append(x)
    except KeyError:
        memo[_identity(memo)] = [x]
