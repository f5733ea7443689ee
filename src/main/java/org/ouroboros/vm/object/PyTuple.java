package org.ouroboros.vm.object;

import java.util.Arrays;
import java.util.List;

/** {@code tuple}: a fixed array of items. */
public class PyTuple extends PyObject {
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);
    private final PyObject[] items;

    public PyTuple(PyType type, PyObject[] items) {
        super(type);
        this.items = items;
    }

    public PyTuple(PyObject... items) {
        this(Types.TUPLE, items);
    }

    public static PyTuple of(List<? extends PyObject> items) {
        return items.isEmpty() ? EMPTY : new PyTuple(items.toArray(new PyObject[0]));
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The backing array; callers must not modify it. */
    public PyObject[] items() {
        return items;
    }

    public List<PyObject> asList() {
        return Arrays.asList(items);
    }
}
