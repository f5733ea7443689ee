package org.ouroboros.vm.object;

import java.util.Set;

/** {@code set} and {@code frozenset} (the class decides mutability), members kept in CPython's table layout. */
public class PySet extends PyObject {
    private final SetTable items;

    public PySet(PyType type) {
        this(type, new SetTable());
    }

    /** A set that adopts {@code table} as it is (an operation's result, dummies and all, as CPython returns it). */
    public PySet(PyType type, SetTable table) {
        super(type);
        this.items = table;
    }

    public PySet() {
        this(Types.SET);
    }

    public Set<PyObject> items() {
        return items;
    }

    public SetTable table() {
        return items;
    }

    public boolean frozen() {
        return type.isSubtype(Types.FROZENSET);
    }
}
