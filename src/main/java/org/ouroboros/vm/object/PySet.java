package org.ouroboros.vm.object;

import java.util.LinkedHashSet;
import java.util.Set;

/** {@code set} and {@code frozenset} (the class decides mutability). */
public class PySet extends PyObject {
    private final LinkedHashSet<PyObject> items = new LinkedHashSet<>();

    public PySet(PyType type) {
        super(type);
    }

    public PySet() {
        this(Types.SET);
    }

    public Set<PyObject> items() {
        return items;
    }

    public boolean frozen() {
        return type.isSubtype(Types.FROZENSET);
    }
}
