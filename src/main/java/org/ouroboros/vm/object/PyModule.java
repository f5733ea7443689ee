package org.ouroboros.vm.object;

/** A module: a name and a namespace dict (its globals). */
public final class PyModule extends PyObject {
    private final String name;

    public PyModule(String name, PyDict namespace) {
        super(Types.MODULE);
        this.name = name;
        this.dict = namespace;
        namespace.put("__name__", new PyStr(name));
        if (namespace.get("__doc__") == null) {
            namespace.put("__doc__", PyConstants.NONE);
        }
    }

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public String name() {
        return name;
    }

    public void add(String attr, PyObject value) {
        dict.put(attr, value);
    }

    /** Adds a builtin function {@code name} to the module. */
    public void function(String fname, NativeMethod body) {
        dict.put(fname, new PyBuiltinFunction(fname, this, body, name));
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
