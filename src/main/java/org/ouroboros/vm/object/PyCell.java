package org.ouroboros.vm.object;

/** A closure cell: one variable shared by a function and the functions nested in it. */
public final class PyCell extends PyObject {
    private PyObject contents;

    public PyCell(PyObject contents) {
        super(Types.CELL);
        this.contents = contents;
    }

    /** The value, or null when the variable is unbound. */
    public PyObject get() {
        return contents;
    }

    public void set(PyObject value) {
        contents = value;
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
