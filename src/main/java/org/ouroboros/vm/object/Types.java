package org.ouroboros.vm.object;

/**
 * The builtin classes, created once and shared by every VM (they are immutable from Python).
 * Methods are attached by {@code org.ouroboros.vm.builtins.BuiltinTypes}, one class per type.
 */
public final class Types {
    private Types() {}

    public static final PyType OBJECT;
    public static final PyType TYPE;

    static {
        PyType[] root = PyType.bootstrap();
        OBJECT = root[0];
        TYPE = root[1];
    }

    public static final PyType INT = PyType.builtin("int", OBJECT, cls -> new PyInt(cls, 0));
    public static final PyType BOOL = PyType.builtin("bool", INT, null);
    public static final PyType FLOAT = PyType.builtin("float", OBJECT, cls -> new PyFloat(cls, 0.0));
    public static final PyType COMPLEX = PyType.builtin("complex", OBJECT, cls -> new PyComplex(cls, 0.0, 0.0));
    public static final PyType STR = PyType.builtin("str", OBJECT, cls -> new PyStr(cls, ""));
    public static final PyType BYTES = PyType.builtin("bytes", OBJECT, cls -> new PyBytes(cls, new byte[0]));
    public static final PyType TUPLE = PyType.builtin("tuple", OBJECT, cls -> new PyTuple(cls, new PyObject[0]));
    public static final PyType LIST = PyType.builtin("list", OBJECT, PyList::new);
    public static final PyType DICT = PyType.builtin("dict", OBJECT, PyDict::new);
    public static final PyType SET = PyType.builtin("set", OBJECT, PySet::new);
    public static final PyType FROZENSET = PyType.builtin("frozenset", OBJECT, PySet::new);
    public static final PyType NONE_TYPE = PyType.builtin("NoneType", OBJECT, null);
    public static final PyType NOT_IMPLEMENTED_TYPE = PyType.builtin("NotImplementedType", OBJECT, null);
    public static final PyType ELLIPSIS_TYPE = PyType.builtin("ellipsis", OBJECT, null);
    public static final PyType RANGE = PyType.builtin("range", OBJECT, null);
    public static final PyType SLICE = PyType.builtin("slice", OBJECT, null);
    public static final PyType FUNCTION = PyType.builtin("function", OBJECT, null);
    public static final PyType METHOD = PyType.builtin("method", OBJECT, null);
    public static final PyType BUILTIN_FUNCTION = PyType.builtin("builtin_function_or_method", OBJECT, null);
    public static final PyType METHOD_DESCRIPTOR = PyType.builtin("method_descriptor", OBJECT, null);
    public static final PyType CLASSMETHOD_DESCRIPTOR = PyType.builtin("classmethod_descriptor", OBJECT, null);
    public static final PyType GETSET_DESCRIPTOR = PyType.builtin("getset_descriptor", OBJECT, null);
    public static final PyType MEMBER_DESCRIPTOR = PyType.builtin("member_descriptor", OBJECT, null);
    public static final PyType WRAPPER_DESCRIPTOR = PyType.builtin("wrapper_descriptor", OBJECT, null);
    public static final PyType MODULE = PyType.builtin("module", OBJECT, null);
    public static final PyType GENERATOR = PyType.builtin("generator", OBJECT, null);
    public static final PyType COROUTINE = PyType.builtin("coroutine", OBJECT, null);
    public static final PyType ASYNC_GENERATOR = PyType.builtin("async_generator", OBJECT, null);
    public static final PyType ASYNC_GENERATOR_ASEND = PyType.builtin("async_generator_asend", OBJECT, null);
    public static final PyType ASYNC_GENERATOR_ATHROW = PyType.builtin("async_generator_athrow", OBJECT, null);
    public static final PyType ASYNC_GENERATOR_WRAPPED_VALUE =
            PyType.builtin("async_generator_wrapped_value", OBJECT, null);
    public static final PyType ANEXT_AWAITABLE = PyType.builtin("anext_awaitable", OBJECT, null);
    public static final PyType CELL = PyType.builtin("cell", OBJECT, null);
    public static final PyType CODE = PyType.builtin("code", OBJECT, null);
    public static final PyType FRAME = PyType.builtin("frame", OBJECT, null);
    public static final PyType TRACEBACK = PyType.builtin("traceback", OBJECT, null);
    public static final PyType PROPERTY = PyType.builtin("property", OBJECT, PyProperty::new);
    public static final PyType CLASSMETHOD = PyType.builtin("classmethod", OBJECT, PyClassMethod::new);
    public static final PyType STATICMETHOD = PyType.builtin("staticmethod", OBJECT, PyStaticMethod::new);
    public static final PyType SUPER = PyType.builtin("super", OBJECT, PySuper::new);
    public static final PyType MAPPINGPROXY = PyType.builtin("mappingproxy", OBJECT, null);
    public static final PyType LIST_ITERATOR = PyType.builtin("list_iterator", OBJECT, null);
    public static final PyType LIST_REVERSEITERATOR = PyType.builtin("list_reverseiterator", OBJECT, null);
    public static final PyType TUPLE_ITERATOR = PyType.builtin("tuple_iterator", OBJECT, null);
    public static final PyType RANGE_ITERATOR = PyType.builtin("range_iterator", OBJECT, null);
    public static final PyType STR_ITERATOR = PyType.builtin("str_ascii_iterator", OBJECT, null);
    public static final PyType BYTES_ITERATOR = PyType.builtin("bytes_iterator", OBJECT, null);
    public static final PyType DICT_KEYITERATOR = PyType.builtin("dict_keyiterator", OBJECT, null);
    public static final PyType DICT_REVERSEKEYITERATOR = PyType.builtin("dict_reversekeyiterator", OBJECT, null);
    public static final PyType DICT_REVERSEVALUEITERATOR = PyType.builtin("dict_reversevalueiterator", OBJECT, null);
    public static final PyType DICT_REVERSEITEMITERATOR = PyType.builtin("dict_reverseitemiterator", OBJECT, null);
    public static final PyType DICT_VALUEITERATOR = PyType.builtin("dict_valueiterator", OBJECT, null);
    public static final PyType DICT_ITEMITERATOR = PyType.builtin("dict_itemiterator", OBJECT, null);
    public static final PyType SET_ITERATOR = PyType.builtin("set_iterator", OBJECT, null);
    public static final PyType SEQ_ITERATOR = PyType.builtin("iterator", OBJECT, null);
    public static final PyType CALLABLE_ITERATOR = PyType.builtin("callable_iterator", OBJECT, null);
    public static final PyType DICT_KEYS = PyType.builtin("dict_keys", OBJECT, null);
    public static final PyType DICT_VALUES = PyType.builtin("dict_values", OBJECT, null);
    public static final PyType DICT_ITEMS = PyType.builtin("dict_items", OBJECT, null);
    public static final PyType ENUMERATE = PyType.builtin("enumerate", OBJECT, null);
    public static final PyType ZIP = PyType.builtin("zip", OBJECT, null);
    public static final PyType MAP = PyType.builtin("map", OBJECT, null);
    public static final PyType FILTER = PyType.builtin("filter", OBJECT, null);
    public static final PyType REVERSED = PyType.builtin("reversed", OBJECT, null);
    public static final PyType PARTIAL = PyType.builtin("functools.partial", OBJECT, null);
    public static final PyType BYTEARRAY = PyType.builtin("bytearray", OBJECT, PyByteArray::new);
    public static final PyType SIMPLE_NAMESPACE = PyType.builtin("SimpleNamespace", OBJECT, null);
    public static final PyType GENERIC_ALIAS = PyType.builtin("GenericAlias", OBJECT, null);
    public static final PyType UNION_TYPE = PyType.builtin("UnionType", OBJECT, null);

    static {
        for (PyType t : new PyType[] {BOOL, NONE_TYPE, NOT_IMPLEMENTED_TYPE, ELLIPSIS_TYPE, RANGE, SLICE, FUNCTION,
                METHOD, BUILTIN_FUNCTION, METHOD_DESCRIPTOR, GETSET_DESCRIPTOR, MEMBER_DESCRIPTOR, GENERATOR,
                COROUTINE, CELL, CODE, FRAME, TRACEBACK, MAPPINGPROXY, LIST_ITERATOR, TUPLE_ITERATOR,
                RANGE_ITERATOR, STR_ITERATOR, DICT_KEYITERATOR, DICT_VALUEITERATOR, DICT_ITEMITERATOR,
                SET_ITERATOR, SEQ_ITERATOR, CALLABLE_ITERATOR, DICT_KEYS, DICT_VALUES, DICT_ITEMS,
                WRAPPER_DESCRIPTOR, CLASSMETHOD_DESCRIPTOR, LIST_REVERSEITERATOR, BYTES_ITERATOR,
                ASYNC_GENERATOR, ASYNC_GENERATOR_ASEND, ASYNC_GENERATOR_ATHROW, ASYNC_GENERATOR_WRAPPED_VALUE,
                ANEXT_AWAITABLE, UNION_TYPE, DICT_REVERSEKEYITERATOR, DICT_REVERSEVALUEITERATOR,
                DICT_REVERSEITEMITERATOR}) {
            t.setSubclassable(false);
        }
        PARTIAL.setName("partial");
        PARTIAL.setQualname("partial");
        PyExc.init();
        org.ouroboros.vm.builtins.BuiltinTypes.installAll();
        pinSharedIdentities();
    }

    /**
     * Objects shared by every VM get their id now, from a range of their own: were it assigned
     * lazily, the first VM to ask would set it from its own counter and another VM could later
     * hand out the same address.
     */
    private static void pinSharedIdentities() {
        // object and type come from the bootstrap, which may not list them among the builtins.
        Identity.pin(OBJECT);
        Identity.pin(TYPE);
        for (PyType t : PyType.builtinTypes()) {
            Identity.pin(t);
            for (PyObject member : t.members().values()) {
                Identity.pin(member);
            }
        }
        Identity.pin(PyConstants.NONE);
        Identity.pin(PyConstants.NOT_IMPLEMENTED);
        Identity.pin(PyConstants.ELLIPSIS);
        Identity.pin(PyBool.FALSE);
        Identity.pin(PyBool.TRUE);
        Identity.pin(PyTuple.EMPTY);
        Identity.pin(PyStr.EMPTY);
        PyInt.pinSmallInts();
    }

    /** Forces the builtin classes into existence. */
    public static void init() {}
}
