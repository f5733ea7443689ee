package org.ouroboros.vm.object;

/**
 * A method of a builtin class as found in the class dict ({@code list.append} is a
 * {@code method_descriptor}); reading it from an instance binds it into a builtin method.
 */
public final class PyMethodDescriptor extends PyObject {
    /** How the descriptor binds: to the instance, or to the class (builtin classmethods such as dict.fromkeys). */
    public enum Kind { INSTANCE, CLASS }

    private final PyType owner;
    private final String name;
    private final NativeMethod body;
    private final Kind kind;

    public PyMethodDescriptor(PyType owner, String name, NativeMethod body, Kind kind) {
        super(kind == Kind.CLASS ? Types.CLASSMETHOD_DESCRIPTOR
                : name.startsWith("__") && name.endsWith("__") ? Types.WRAPPER_DESCRIPTOR : Types.METHOD_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.body = body;
        this.kind = kind;
    }

    public PyType owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public NativeMethod body() {
        return body;
    }

    public Kind kind() {
        return kind;
    }

    /** Binds to an instance (or, for class methods, to a class). */
    public PyObject bind(PyObject obj, PyType cls) {
        if (kind == Kind.CLASS) {
            return new PyBuiltinFunction(name, cls != null ? cls : obj.type(), body, null);
        }
        return new PyBuiltinFunction(name, obj, body, null);
    }

    /** Calling the unbound descriptor: the first argument is self and must be an instance of the owner. */
    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (kind == Kind.CLASS) {
            return body.call(owner, args, kwnames);
        }
        if (args.length == 0) {
            throw PyExc.typeError("unbound method " + owner.name() + "." + name + "() needs an argument");
        }
        PyObject self = args[0];
        if (!self.type().isSubtype(owner)) {
            throw PyExc.typeError("descriptor '" + name + "' for '" + owner.name() + "' objects doesn't apply to a '"
                    + self.type().name() + "' object");
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return body.call(self, rest, kwnames);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public boolean equals(Object o) {
        return o == this;
    }
}
