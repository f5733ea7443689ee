package org.ouroboros.vm.object;

/** A bound method: a callable plus the object it was looked up on. */
public final class PyMethod extends PyObject {
    private final PyObject function;
    private final PyObject self;

    public PyMethod(PyObject function, PyObject self) {
        super(Types.METHOD);
        this.function = function;
        this.self = self;
    }

    public PyObject function() {
        return function;
    }

    public PyObject self() {
        return self;
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (function instanceof PyFunction f) {
            return f.callWithSelf(self, args, kwnames);
        }
        return function.call(Calls.prepend(self, args), kwnames);
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(function) * 31 + System.identityHashCode(self);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PyMethod m && m.function == function && m.self == self;
    }
}
