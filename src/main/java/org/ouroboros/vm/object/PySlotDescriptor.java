package org.ouroboros.vm.object;

/** A {@code __slots__} entry ({@code member_descriptor}): stores the value outside any {@code __dict__}. */
public final class PySlotDescriptor extends PyObject {
    private final PyType owner;
    private final String name;

    public PySlotDescriptor(PyType owner, String name) {
        super(Types.MEMBER_DESCRIPTOR);
        this.owner = owner;
        this.name = name;
    }

    public String name() {
        return name;
    }

    public PyType owner() {
        return owner;
    }

    public PyObject get(PyObject obj) {
        PyObject v = obj.slotValues().get(name);
        if (v == null) {
            throw PyExc.attributeError("'" + obj.type().name() + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    public void set(PyObject obj, PyObject value) {
        obj.slotValues().put(name, value);
    }

    public void delete(PyObject obj) {
        if (obj.slotValues().remove(name) == null) {
            throw PyExc.attributeError(name); // 3.11's member descriptor names the empty slot alone
        }
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
