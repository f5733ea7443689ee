package org.ouroboros.vm.object;

/**
 * Every Python value. Holds its class ({@code __class__}), an optional instance {@code __dict__},
 * and a lazily assigned fake address for {@code id()}.
 *
 * <p>Java {@link #equals}/{@link #hashCode} follow Python's {@code __eq__}/{@code __hash__}, so
 * Python dicts and sets can be plain Java hash maps.
 */
public class PyObject {
    protected PyType type;
    protected PyDict dict;
    /** Rarely needed per-object data (id, slot values), allocated on first use to keep objects small. */
    private Extras extras;

    private static final class Extras {
        long id;
        java.util.Map<String, PyObject> slots;
    }

    public PyObject(PyType type) {
        this.type = type;
        if (type != null && type.instancesHaveDict()) {
            this.dict = newInstanceDict(type);
        }
    }

    /** For instances of a builtin class known to have no {@code __dict__} (the ints made by arithmetic). */
    PyObject(PyType type, @SuppressWarnings("unused") Void noDict) {
        this.type = type;
    }

    /**
     * Out of line on purpose: allocating a PyDict runs this constructor again, and the JIT stops
     * inlining a recursive constructor, which made every int allocation a real call.
     */
    private static PyDict newInstanceDict(PyType type) {
        SharedKeys keys = type.sharedKeys();
        return keys != null ? PyDict.split(keys) : new PyDict();
    }

    public final PyType type() {
        return type;
    }

    /** {@code obj.__class__ = cls}; layout compatibility is checked by the caller. */
    public void setType(PyType type) {
        this.type = type;
    }

    /** The instance {@code __dict__}, or null when the object has none. */
    public PyDict dict() {
        return dict;
    }

    public void setDict(PyDict dict) {
        this.dict = dict;
    }

    /** Values of {@code __slots__} members, created on first use. */
    java.util.Map<String, PyObject> slotValues() {
        if (extras == null) {
            extras = new Extras();
        }
        if (extras.slots == null) {
            extras.slots = new java.util.HashMap<>(4);
        }
        return extras.slots;
    }

    /** Fixes the id of a shared object before any VM can see it. */
    final void pinId(long id) {
        if (extras == null) {
            extras = new Extras();
        }
        if (extras.id == 0) {
            extras.id = id;
        }
    }

    /** {@code id(obj)}: stable for the object's lifetime; also its printed address. */
    public final long id() {
        if (extras == null) {
            extras = new Extras();
        }
        if (extras.id == 0) {
            extras.id = Identity.next();
        }
        return extras.id;
    }

    /** Calls this object: positional args then keyword values named by {@code kwnames} (may be null). */
    public PyObject call(PyObject[] args, String[] kwnames) {
        return Calls.callViaType(this, args, kwnames);
    }

    public final PyObject call(PyObject... args) {
        return call(args, null);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(Ops.hash(this));
    }

    @Override
    public boolean equals(Object other) {
        return other == this || (other instanceof PyObject o && Ops.eqBool(this, o));
    }

    @Override
    public String toString() {
        return Ops.repr(this).value();
    }
}
