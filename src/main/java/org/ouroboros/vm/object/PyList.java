package org.ouroboros.vm.object;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** {@code list}: a growable array. */
public class PyList extends PyObject {
    private final ArrayList<PyObject> items;

    public PyList(PyType type) {
        super(type);
        this.items = new ArrayList<>();
    }

    public PyList() {
        this(Types.LIST);
    }

    public PyList(Collection<? extends PyObject> items) {
        super(Types.LIST);
        this.items = new ArrayList<>(items);
    }

    public List<PyObject> items() {
        return items;
    }

    public int size() {
        return items.size();
    }

    public PyObject get(int i) {
        return items.get(i);
    }

    public void append(PyObject o) {
        items.add(o);
    }
}
