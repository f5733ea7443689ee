package org.ouroboros.vm.object;

import java.util.function.BiConsumer;
import java.util.function.Function;

/** A data descriptor backed by Java ({@code getset_descriptor}): {@code __name__}, {@code __class__}, {@code __dict__}… */
public final class PyGetSet extends PyObject {
    private final PyType owner;
    private final String name;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    public PyGetSet(PyType owner, String name, Function<PyObject, PyObject> getter, BiConsumer<PyObject, PyObject> setter) {
        super(Types.GETSET_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
        this.getter = getter;
        this.setter = setter;
    }

    public PyType owner() {
        return owner;
    }

    public String name() {
        return name;
    }

    public PyObject get(PyObject obj) {
        return getter.apply(obj);
    }

    public void set(PyObject obj, PyObject value) {
        if (setter == null) {
            throw PyExc.attributeError("attribute '" + name + "' of '" + owner.name() + "' objects is not writable");
        }
        setter.accept(obj, value);
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
