package org.ouroboros.vm.object;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The builtin exception classes (CPython 3.11's hierarchy) and helpers to raise them from Java. */
public final class PyExc {
    private PyExc() {}

    private static final Map<String, PyType> ALL = new LinkedHashMap<>();

    public static PyType BASE_EXCEPTION, EXCEPTION, GENERATOR_EXIT, KEYBOARD_INTERRUPT, SYSTEM_EXIT,
            ARITHMETIC_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR, ASSERTION_ERROR, ATTRIBUTE_ERROR,
            IMPORT_ERROR, MODULE_NOT_FOUND_ERROR, LOOKUP_ERROR, INDEX_ERROR, KEY_ERROR, MEMORY_ERROR,
            NAME_ERROR, UNBOUND_LOCAL_ERROR, OS_ERROR, RUNTIME_ERROR, NOT_IMPLEMENTED_ERROR,
            RECURSION_ERROR, STOP_ASYNC_ITERATION, STOP_ITERATION, SYNTAX_ERROR, INDENTATION_ERROR,
            SYSTEM_ERROR, TYPE_ERROR, VALUE_ERROR, UNICODE_ERROR, TIMEOUT_ERROR, EOF_ERROR, WARNING,
            DEPRECATION_WARNING, RUNTIME_WARNING, USER_WARNING, BUFFER_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR;

    static void init() {
        BASE_EXCEPTION = PyType.builtin("BaseException", Types.OBJECT, PyBaseException::new);
        BASE_EXCEPTION.setInstancesHaveDict(true);
        ALL.put("BaseException", BASE_EXCEPTION);
        GENERATOR_EXIT = def("GeneratorExit", BASE_EXCEPTION);
        KEYBOARD_INTERRUPT = def("KeyboardInterrupt", BASE_EXCEPTION);
        SYSTEM_EXIT = def("SystemExit", BASE_EXCEPTION);
        EXCEPTION = def("Exception", BASE_EXCEPTION);
        ARITHMETIC_ERROR = def("ArithmeticError", EXCEPTION);
        def("FloatingPointError", ARITHMETIC_ERROR);
        OVERFLOW_ERROR = def("OverflowError", ARITHMETIC_ERROR);
        ZERO_DIVISION_ERROR = def("ZeroDivisionError", ARITHMETIC_ERROR);
        ASSERTION_ERROR = def("AssertionError", EXCEPTION);
        ATTRIBUTE_ERROR = def("AttributeError", EXCEPTION);
        BUFFER_ERROR = def("BufferError", EXCEPTION);
        EOF_ERROR = def("EOFError", EXCEPTION);
        IMPORT_ERROR = def("ImportError", EXCEPTION);
        MODULE_NOT_FOUND_ERROR = def("ModuleNotFoundError", IMPORT_ERROR);
        LOOKUP_ERROR = def("LookupError", EXCEPTION);
        INDEX_ERROR = def("IndexError", LOOKUP_ERROR);
        KEY_ERROR = def("KeyError", LOOKUP_ERROR);
        MEMORY_ERROR = def("MemoryError", EXCEPTION);
        NAME_ERROR = def("NameError", EXCEPTION);
        UNBOUND_LOCAL_ERROR = def("UnboundLocalError", NAME_ERROR);
        OS_ERROR = def("OSError", EXCEPTION);
        ALL.put("IOError", OS_ERROR);
        ALL.put("EnvironmentError", OS_ERROR);
        def("BlockingIOError", OS_ERROR);
        def("ChildProcessError", OS_ERROR);
        PyType conn = def("ConnectionError", OS_ERROR);
        def("BrokenPipeError", conn);
        def("ConnectionAbortedError", conn);
        def("ConnectionRefusedError", conn);
        def("ConnectionResetError", conn);
        def("FileExistsError", OS_ERROR);
        def("FileNotFoundError", OS_ERROR);
        def("InterruptedError", OS_ERROR);
        def("IsADirectoryError", OS_ERROR);
        def("NotADirectoryError", OS_ERROR);
        def("PermissionError", OS_ERROR);
        def("ProcessLookupError", OS_ERROR);
        TIMEOUT_ERROR = def("TimeoutError", OS_ERROR);
        def("ReferenceError", EXCEPTION);
        RUNTIME_ERROR = def("RuntimeError", EXCEPTION);
        NOT_IMPLEMENTED_ERROR = def("NotImplementedError", RUNTIME_ERROR);
        RECURSION_ERROR = def("RecursionError", RUNTIME_ERROR);
        STOP_ASYNC_ITERATION = def("StopAsyncIteration", EXCEPTION);
        STOP_ITERATION = def("StopIteration", EXCEPTION);
        SYNTAX_ERROR = def("SyntaxError", EXCEPTION);
        INDENTATION_ERROR = def("IndentationError", SYNTAX_ERROR);
        def("TabError", INDENTATION_ERROR);
        SYSTEM_ERROR = def("SystemError", EXCEPTION);
        TYPE_ERROR = def("TypeError", EXCEPTION);
        VALUE_ERROR = def("ValueError", EXCEPTION);
        UNICODE_ERROR = def("UnicodeError", VALUE_ERROR);
        UNICODE_DECODE_ERROR = def("UnicodeDecodeError", UNICODE_ERROR);
        UNICODE_ENCODE_ERROR = def("UnicodeEncodeError", UNICODE_ERROR);
        WARNING = def("Warning", EXCEPTION);
        DEPRECATION_WARNING = def("DeprecationWarning", WARNING);
        def("PendingDeprecationWarning", WARNING);
        RUNTIME_WARNING = def("RuntimeWarning", WARNING);
        def("SyntaxWarning", WARNING);
        USER_WARNING = def("UserWarning", WARNING);
        def("FutureWarning", WARNING);
        def("ImportWarning", WARNING);
        def("UnicodeWarning", WARNING);
        def("BytesWarning", WARNING);
        def("ResourceWarning", WARNING);
    }

    private static PyType def(String name, PyType base) {
        PyType t = PyType.builtin(name, base, null);
        ALL.put(name, t);
        return t;
    }

    /** Every builtin exception class by its builtins name. */
    public static Map<String, PyType> all() {
        return Collections.unmodifiableMap(ALL);
    }

    /** A new exception instance of {@code type} with {@code args}. */
    public static PyBaseException instance(PyType type, PyObject... args) {
        PyBaseException e = (PyBaseException) type.allocate();
        e.setArgs(new PyTuple(args));
        return e;
    }

    public static PyException raise(PyType type, String message) {
        return new PyException(instance(type, new PyStr(message)));
    }

    public static PyException typeError(String message) {
        return raise(TYPE_ERROR, message);
    }

    public static PyException valueError(String message) {
        return raise(VALUE_ERROR, message);
    }

    public static PyException attributeError(String message) {
        return raise(ATTRIBUTE_ERROR, message);
    }

    public static PyException indexError(String message) {
        return raise(INDEX_ERROR, message);
    }

    public static PyException runtimeError(String message) {
        return raise(RUNTIME_ERROR, message);
    }

    public static PyException nameError(String message) {
        return raise(NAME_ERROR, message);
    }

    public static PyException keyError(PyObject key) {
        return new PyException(instance(KEY_ERROR, key));
    }

    public static PyException zeroDivision(String message) {
        return raise(ZERO_DIVISION_ERROR, message);
    }

    public static PyException overflow(String message) {
        return raise(OVERFLOW_ERROR, message);
    }

    public static PyException stopIteration(PyObject value) {
        return new PyException(value == null ? instance(STOP_ITERATION) : instance(STOP_ITERATION, value));
    }
}
