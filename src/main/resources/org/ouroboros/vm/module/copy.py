# copy for the Ouroboros VM: shallow and deep copies as CPython makes them (immutable atoms
# are shared, __copy__/__deepcopy__ are honoured, containers and instances are rebuilt, and
# deepcopy keeps shared references and cycles through its memo).

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error
Error.__module__ = 'copy'

_ATOMIC = (type(None), int, float, bool, complex, str, bytes, type, range, type(Ellipsis),
           type(NotImplemented), type(len), type(lambda: 0), property, frozenset)


def _slot_names(cls):
    names = []
    for klass in cls.__mro__:
        slots = klass.__dict__.get('__slots__', ())
        if isinstance(slots, str):
            slots = (slots,)
        for name in slots:
            if name in ('__dict__', '__weakref__'):
                continue
            if name.startswith('__') and not name.endswith('__'):
                name = f'_{klass.__name__.lstrip("_")}{name}'
            names.append(name)
    return names


def _copy_instance(x, transform):
    cls = type(x)
    y = cls.__new__(cls)
    if any('__getstate__' in klass.__dict__ for klass in cls.__mro__ if klass is not object):
        state = x.__getstate__()
        state = transform(state)
        if hasattr(y, '__setstate__'):
            y.__setstate__(state)
        else:
            y.__dict__.update(state)
        return y
    if hasattr(x, '__dict__'):
        for key, value in x.__dict__.items():
            y.__dict__[key] = transform(value)
    for name in _slot_names(cls):
        if hasattr(x, name):
            object.__setattr__(y, name, transform(getattr(x, name)))
    return y


def copy(x):
    """Shallow copy operation on arbitrary Python objects."""
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls in (list, dict, set, bytearray):
        return cls.copy(x)
    if cls is tuple:
        return x
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if isinstance(x, BaseException):
        y = cls.__new__(cls, *x.args)
        y.__dict__.update(x.__dict__)
        return y
    if isinstance(x, (list, dict, set)):
        y = _copy_instance(x, lambda v: v)
        if isinstance(x, list):
            y.extend(x)
        else:
            y.update(x)
        return y
    return _copy_instance(x, lambda v: v)


def deepcopy(x, memo=None, _nil=[]):
    """Deep copy operation on arbitrary Python objects."""
    if memo is None:
        memo = {}
    d = id(x)
    y = memo.get(d, _nil)
    if y is not _nil:
        return y
    cls = type(x)
    if cls in _ATOMIC or issubclass(cls, type):
        return x
    if cls is list:
        y = []
        memo[d] = y
        for a in x:
            y.append(deepcopy(a, memo))
    elif cls is dict:
        y = {}
        memo[d] = y
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif cls is tuple:
        items = [deepcopy(a, memo) for a in x]
        try:
            return memo[d]
        except KeyError:
            pass
        y = x if all(i is j for i, j in zip(items, x)) else tuple(items)
    elif cls is set:
        y = {deepcopy(a, memo) for a in x}
    elif cls is bytearray:
        y = bytearray(x)
    else:
        copier = getattr(x, '__deepcopy__', None)
        if copier is not None:
            y = copier(memo)
        else:
            y = _copy_instance_memo(x, memo)
    if y is not x:
        memo[d] = y
        memo.setdefault(id(memo), []).append(x)
    return y


def _copy_instance_memo(x, memo):
    cls = type(x)
    y = cls.__new__(cls)
    memo[id(x)] = y
    if isinstance(x, list):
        y.extend(deepcopy(a, memo) for a in x)
    elif isinstance(x, dict):
        for key, value in x.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    if hasattr(x, '__dict__'):
        for key, value in x.__dict__.items():
            y.__dict__[key] = deepcopy(value, memo)
    for name in _slot_names(cls):
        if hasattr(x, name):
            object.__setattr__(y, name, deepcopy(getattr(x, name), memo))
    return y
