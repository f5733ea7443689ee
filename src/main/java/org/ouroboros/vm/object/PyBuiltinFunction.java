package org.ouroboros.vm.object;

/** {@code builtin_function_or_method}: {@code len}, or a builtin method bound to its object ({@code [].append}). */
public final class PyBuiltinFunction extends PyObject {
    private final String name;
    private final PyObject self;
    private final NativeMethod body;
    private final String moduleName;

    public PyBuiltinFunction(String name, PyObject self, NativeMethod body, String moduleName) {
        super(Types.BUILTIN_FUNCTION);
        this.name = name;
        this.self = self;
        this.body = body;
        this.moduleName = moduleName;
    }

    public String name() {
        return name;
    }

    public PyObject self() {
        return self;
    }

    public NativeMethod body() {
        return body;
    }

    public String moduleName() {
        return moduleName;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        return body.call(self, args, kwnames);
    }

    /** CPython's meth_hash: the bound object's identity and the C function's. */
    @Override
    public int hashCode() {
        return System.identityHashCode(self) ^ System.identityHashCode(body);
    }

    /** CPython's meth_richcompare: the same function bound to the same object ({@code l.append == l.append}). */
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof PyBuiltinFunction b && b.self == self && b.body == body;
    }
}
