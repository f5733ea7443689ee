# dataclasses for the Ouroboros VM: @dataclass reads the class's annotations and writes
# __init__, __repr__, __eq__ (and ordering, hashing, frozen setters) as Python source, compiled
# with exec as CPython does, so argument errors and reprs read the same.

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


class _MISSING_TYPE:
    def __repr__(self):
        return 'MISSING'


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class InitVar:
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only
        self._field_type = None

    def __repr__(self):
        return ('Field('
                f'name={self.name!r},'
                f'type={self.type!r},'
                f'default={self.default!r},'
                f'default_factory={self.default_factory!r},'
                f'init={self.init!r},'
                f'repr={self.repr!r},'
                f'hash={self.hash!r},'
                f'compare={self.compare!r},'
                f'metadata={self.metadata!r},'
                f'kw_only={self.kw_only!r},'
                f'_field_type={self._field_type})')


for _cls in (FrozenInstanceError, Field, InitVar):
    _cls.__module__ = 'dataclasses'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None, compare=True,
          metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'


def _collect_fields(cls, kw_only):
    fields = {}
    for base in cls.__mro__[-1:0:-1]:
        base_fields = getattr(base, _FIELDS, None)
        if base_fields is not None:
            for f in base_fields.values():
                fields[f.name] = f
    annotations = cls.__dict__.get('__annotations__', {})
    seen_kw_only = False
    for name, type in annotations.items():
        if type is KW_ONLY or type == 'KW_ONLY':
            seen_kw_only = True
            continue
        default = getattr(cls, name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            f = field(default=default)
        f.name = name
        f.type = type
        f._field_type = 'InitVar' if isinstance(type, InitVar) else 'ClassVar' if _is_classvar(type) else 'Field'
        if f.kw_only is MISSING:
            f.kw_only = kw_only or seen_kw_only
        if f._field_type == 'Field' and isinstance(f.default, (list, dict, set)):
            raise ValueError(f'mutable default {f.default.__class__} for field '
                             f'{name} is not allowed: use default_factory')
        if isinstance(default, Field):
            if f.default is MISSING:
                if name in cls.__dict__:
                    delattr(cls, name)
            else:
                setattr(cls, name, f.default)
        fields[name] = f
    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return fields


def _is_classvar(type):
    return getattr(type, '__name__', None) == 'ClassVar' or str(type).startswith('typing.ClassVar')


def _create_fn(name, args, body, *, globals, locals, return_type=MISSING):
    txt = f' def {name}({", ".join(args)}):\n' + '\n'.join(f'  {b}' for b in body)
    local_vars = ', '.join(locals.keys())
    txt = f"def __create_fn__({local_vars}):\n{txt}\n return {name}"
    ns = {}
    exec(txt, globals, ns)
    return ns['__create_fn__'](**locals)


def _set_qualname(cls, value):
    if isinstance(value, type(_set_qualname)):
        value.__qualname__ = f"{cls.__qualname__}.{value.__name__}"
    return value


def _init_fn(cls, fields, frozen, has_post_init, globals):
    std = [f for f in fields if f.init and not f.kw_only and f._field_type != 'ClassVar']
    kw = [f for f in fields if f.init and f.kw_only and f._field_type != 'ClassVar']
    seen_default = False
    for f in std:
        if f.default is not MISSING or f.default_factory is not MISSING:
            seen_default = True
        elif seen_default:
            raise TypeError(f'non-default argument {f.name!r} follows default argument')
    locals = {'MISSING': MISSING, '__dataclass_builtins_object__': object}
    args = ['self']

    def param(f):
        locals[f'__dataclass_type_{f.name}__'] = f.type
        if f.default_factory is not MISSING:
            locals[f'__dataclass_dflt_{f.name}__'] = f.default_factory
            return f'{f.name}:__dataclass_type_{f.name}__=MISSING'
        if f.default is not MISSING:
            locals[f'__dataclass_dflt_{f.name}__'] = f.default
            return f'{f.name}:__dataclass_type_{f.name}__=__dataclass_dflt_{f.name}__'
        return f'{f.name}:__dataclass_type_{f.name}__'
    args += [param(f) for f in std]
    if kw:
        args += ['*'] + [param(f) for f in kw]
    body = []
    for f in fields:
        if f._field_type != 'Field':
            continue
        if f.default_factory is not MISSING:
            value = (f'__dataclass_dflt_{f.name}__() if {f.name} is MISSING else {f.name}' if f.init
                     else f'__dataclass_dflt_{f.name}__()')
            if not f.init:
                locals[f'__dataclass_dflt_{f.name}__'] = f.default_factory
        elif f.init:
            value = f.name
        elif f.default is not MISSING:
            locals[f'__dataclass_dflt_{f.name}__'] = f.default
            value = f'__dataclass_dflt_{f.name}__'
        else:
            continue
        if frozen:
            body.append(f'__dataclass_builtins_object__.__setattr__(self,{f.name!r},{value})')
        else:
            body.append(f'self.{f.name}={value}')
    if has_post_init:
        init_vars = ','.join(f.name for f in fields if f._field_type == 'InitVar')
        body.append(f'self.__post_init__({init_vars})')
    if not body:
        body = ['pass']
    locals['__dataclass_return_type__'] = None
    return _create_fn('__init__', args, body, globals=globals, locals=locals)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots):
    fields = _collect_fields(cls, kw_only)
    setattr(cls, _FIELDS, fields)
    setattr(cls, _PARAMS, {'init': init, 'repr': repr, 'eq': eq, 'order': order, 'unsafe_hash': unsafe_hash,
                           'frozen': frozen})
    all_fields = list(fields.values())
    real = [f for f in all_fields if f._field_type == 'Field']
    globals = {}
    if init:
        _set_new_attribute(cls, '__init__',
                           _init_fn(cls, all_fields, frozen, hasattr(cls, '__post_init__'), globals))
    if repr:
        shown = [f for f in real if f.repr]

        def __repr__(self):
            return (self.__class__.__qualname__ + '(' +
                    ', '.join(f'{f.name}={getattr(self, f.name)!r}' for f in shown) + ')')
        _set_new_attribute(cls, '__repr__', __repr__)
    compared = [f for f in real if f.compare]

    def astuple_of(self):
        return tuple(getattr(self, f.name) for f in compared)
    if eq:
        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return astuple_of(self) == astuple_of(other)
            return NotImplemented
        _set_new_attribute(cls, '__eq__', __eq__)
    if order:
        if not eq:
            raise ValueError('eq must be true if order is true')
        for name, op in (('__lt__', lambda a, b: a < b), ('__le__', lambda a, b: a <= b),
                         ('__gt__', lambda a, b: a > b), ('__ge__', lambda a, b: a >= b)):
            def compare(self, other, op=op):
                if other.__class__ is self.__class__:
                    return op(astuple_of(self), astuple_of(other))
                return NotImplemented
            compare.__name__ = name
            if _set_new_attribute(cls, name, compare):
                raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                                f'Consider using functools.total_ordering')
    if frozen:
        def __setattr__(self, name, value):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot assign to field {name!r}")
            super(cls, self).__setattr__(name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in fields:
                raise FrozenInstanceError(f"cannot delete field {name!r}")
            super(cls, self).__delattr__(name)
        _set_new_attribute(cls, '__setattr__', __setattr__)
        _set_new_attribute(cls, '__delattr__', __delattr__)
    hashed = [f for f in real if (f.compare if f.hash is None else f.hash)]
    has_explicit_hash = '__hash__' in cls.__dict__ and not (cls.__dict__['__hash__'] is None and '__eq__' in cls.__dict__)
    if unsafe_hash or (eq and frozen):
        if has_explicit_hash and unsafe_hash:
            raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')

        def __hash__(self):
            return hash(tuple(getattr(self, f.name) for f in hashed))
        cls.__hash__ = _set_qualname(cls, __hash__)
    elif eq and not has_explicit_hash:
        cls.__hash__ = None
    if match_args:
        _set_new_attribute(cls, '__match_args__', tuple(f.name for f in all_fields
                                                        if f.init and not f.kw_only and f._field_type == 'Field'))
    if cls.__dict__.get('__doc__') is None:
        # what CPython builds from inspect.signature(cls)
        cls.__doc__ = cls.__name__ + '(' + ', '.join(
            f'{f.name}: {_type_name(f.type)}' + (' = <factory>' if f.default_factory is not MISSING
                                                 else '' if f.default is MISSING else f' = {f.default!r}')
            for f in all_fields if f.init) + ')'
    return cls


def _type_name(t):
    if isinstance(t, type):
        return t.__name__ if t.__module__ == 'builtins' else f'{t.__module__}.{t.__qualname__}'
    return repr(t)


def _set_new_attribute(cls, name, value):
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False, frozen=False,
              match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots)
    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in fields.values() if f._field_type == 'Field')


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def asdict(obj, *, dict_factory=dict):
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _convert(obj, lambda inst, f, value: (f.name, value), dict_factory)


def astuple(obj, *, tuple_factory=tuple):
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _convert(obj, lambda inst, f, value: value, tuple_factory)


def _convert(obj, entry, factory):
    """Dataclass instances become factory(entries), recursively through lists, tuples and dicts."""
    if _is_dataclass_instance(obj):
        return factory([entry(obj, f, _convert(getattr(obj, f.name), entry, factory)) for f in fields(obj)])
    if isinstance(obj, (list, tuple)):
        return type(obj)(_convert(v, entry, factory) for v in obj)
    if isinstance(obj, dict):
        return type(obj)((_convert(k, entry, factory), _convert(v, entry, factory)) for k, v in obj.items())
    return obj


def replace(obj, /, **changes):
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type == 'ClassVar':
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be specified with replace()')
            continue
        if f.name not in changes:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, **kwargs):
    namespace = dict(namespace or {})
    annotations = {}
    for item in fields:
        if isinstance(item, str):
            annotations[item] = 'typing.Any'
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            namespace[item[0]] = item[2]
    namespace['__annotations__'] = annotations
    return dataclass(type(cls_name, bases, namespace), **kwargs)
