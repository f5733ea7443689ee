package org.ouroboros.vm.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.ObjectEvent.Ref;
import org.ouroboros.trace.ObjectEvent.Shape;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * What one thread has told the trace about objects: describes an object (and, shallowly, what it
 * refers to) the first time it is met, and again when a hook says it may have changed and its
 * description differs from the last one emitted.
 */
final class ObjectDescriber {
    /** References kept per snapshot: enough for a view, bounded for a 100,000-item list. */
    static final int MAX_REFS = 24;
    /** How far references are followed when describing an object for the first time. */
    private static final int DEPTH = 2;
    /** The builtin classes the object graph starts from. */
    private static final PyType[] STARTING_CLASSES = {
        Types.OBJECT, Types.TYPE, Types.INT, Types.BOOL, Types.STR, Types.LIST, Types.DICT, Types.TUPLE,
        Types.SET, Types.NONE_TYPE, Types.FUNCTION, Types.MODULE,
    };

    private final ThreadState ts;
    /** id → the last event describing it (a placeholder while a class is being described). */
    private final IdTable last = new IdTable();
    private PyType lastType;
    private PyDict lastGlobals;
    private String lastModuleName;

    ObjectDescriber(ThreadState ts) {
        this.ts = ts;
    }

    void describeStartingClasses() {
        for (PyType t : STARTING_CLASSES) {
            see(t);
        }
    }

    /** The object's id, describing it first if the trace has not met it yet. */
    long see(PyObject o) {
        return see(o, DEPTH);
    }

    private long see(PyObject o, int depth) {
        long id = o.id();
        if (!last.contains(id)) {
            if (o instanceof PyType t) {
                describeClass(t);
            } else {
                describe(o, depth);
            }
        }
        return id;
    }

    /** The object may have changed: describe it again if its description differs. */
    void refresh(PyObject o) {
        if (o instanceof PyType t) {
            if (last.contains(t.id())) {
                describeClass(t);
            } else {
                see(t);
            }
        } else {
            describe(o, DEPTH);
        }
    }

    /**
     * The id of an object a name is being bound to: described if new, described again if it is a
     * mutable container (it may have changed in place, {@code a += [3]}), else just looked up once.
     */
    long bound(PyObject o, boolean mutable) {
        long id = o.id();
        Object previous = last.get(id);
        if (previous == null) {
            if (o instanceof PyType t) {
                describeClass(t);
            } else {
                describe(o, DEPTH);
            }
        } else if (mutable) {
            refresh(o);
        }
        return id;
    }

    boolean known(PyObject o) {
        return last.contains(o.id());
    }

    private void describe(PyObject o, int depth) {
        long id = o.id();
        PyType type = o.type();
        if (type != lastType) {
            // Runs of objects of one type are common (a loop's ints): look their class up once.
            see(type, 0);
            lastType = type;
        }
        Shape shape = shape(o);
        if (shape == Shape.SCALAR) {
            // Immutable: described once, remembered by a marker rather than the whole snapshot.
            if (last.put(id, Boolean.TRUE) == null) {
                ts.emit(new ObjectEvent.ObjectSnapshot(ts.threadId(), id, type.id(), type.qualname(), ts.safeRepr(o),
                        shape, 0, List.of(), shared(o), true));
            }
            return;
        }
        List<Ref> refs = new ArrayList<>();
        int size = refs(o, shape, refs, depth);
        ObjectEvent.ObjectSnapshot snap = new ObjectEvent.ObjectSnapshot(ts.threadId(), id, type.id(),
                type.qualname(), value(o, shape), shape, size, List.copyOf(refs), shared(o), !last.contains(id));
        emitIfChanged(id, snap);
    }

    private void describeClass(PyType t) {
        long id = t.id();
        Object before = last.get(id);
        if (before == null) {
            last.put(id, Boolean.TRUE);
        }
        if (before == null) {
            // Met for the first time: what it points at comes first (type's metaclass is itself).
            see(t.type(), 0);
            for (PyType b : t.bases()) {
                see(b, 0);
            }
        }
        List<Long> bases = new ArrayList<>();
        for (PyType b : t.bases()) {
            bases.add(b.id());
        }
        List<Long> mro = new ArrayList<>();
        for (PyType m : t.mro()) {
            mro.add(m.id());
        }
        ObjectEvent.ClassSnapshot snap = new ObjectEvent.ClassSnapshot(ts.threadId(), id, t.name(), t.qualname(),
                t.moduleName(), List.copyOf(bases), t.type().id(), t.isSubtype(Types.TYPE), t.isBuiltin(),
                List.copyOf(mro), List.copyOf(t.members().keySet()));
        emitIfChanged(id, snap);
    }

    private void emitIfChanged(long id, Object snap) {
        Object previous = last.put(id, snap);
        if (!sameContent(previous, snap)) {
            ts.emit((ObjectEvent) snap);
        }
    }

    /** Equal descriptions, whether or not one of them was the first. */
    private static boolean sameContent(Object previous, Object snap) {
        if (previous instanceof ObjectEvent.ObjectSnapshot p && snap instanceof ObjectEvent.ObjectSnapshot s) {
            return p.typeId() == s.typeId() && p.repr().equals(s.repr()) && p.shape() == s.shape()
                    && p.size() == s.size() && p.refs().equals(s.refs()) && p.shared() == s.shared();
        }
        return snap.equals(previous);
    }

    private static Shape shape(PyObject o) {
        if (o instanceof PyInt || o instanceof PyStr || o instanceof PyFloat || o instanceof PyBytes
                || o == PyConstants.NONE || o instanceof PyBool) {
            return Shape.SCALAR;
        }
        if (o instanceof PyList || o instanceof PyTuple) {
            return Shape.SEQUENCE;
        }
        if (o instanceof PyDict) {
            return Shape.MAPPING;
        }
        if (o instanceof PySet) {
            return Shape.SET;
        }
        if (o instanceof PyFunction) {
            return Shape.FUNCTION;
        }
        return o.dict() != null ? Shape.INSTANCE : Shape.OTHER;
    }

    /** Fills {@code refs} (the first {@link #MAX_REFS}) and returns how many there are in all. */
    private int refs(PyObject o, Shape shape, List<Ref> refs, int depth) {
        switch (shape) {
            case SEQUENCE -> {
                List<PyObject> items = o instanceof PyList l ? l.items() : ((PyTuple) o).asList();
                for (int i = 0; i < items.size() && i < MAX_REFS; i++) {
                    refs.add(new Ref(String.valueOf(i), target(items.get(i), depth)));
                }
                return items.size();
            }
            case MAPPING -> {
                return entries(((PyDict) o).map(), refs, depth);
            }
            case SET -> {
                for (PyObject item : ((PySet) o).items()) {
                    if (refs.size() == MAX_REFS) {
                        break;
                    }
                    refs.add(new Ref("", target(item, depth)));
                }
                return ((PySet) o).items().size();
            }
            case INSTANCE -> {
                return entries(o.dict().map(), refs, depth);
            }
            default -> {
                return 0;
            }
        }
    }

    private int entries(Map<PyObject, PyObject> map, List<Ref> refs, int depth) {
        for (Map.Entry<PyObject, PyObject> e : map.entrySet()) {
            if (refs.size() == MAX_REFS) {
                break;
            }
            String key = e.getKey() instanceof PyStr s && s.type() == Types.STR ? s.value() : ts.safeRepr(e.getKey());
            refs.add(new Ref(key, target(e.getValue(), depth)));
        }
        return map.size();
    }

    private long target(PyObject o, int depth) {
        return depth > 0 ? see(o, depth - 1) : o.id();
    }

    private String value(PyObject o, Shape shape) {
        if (shape == Shape.SEQUENCE || shape == Shape.MAPPING || shape == Shape.SET) {
            return SafeValueText.of(ts, o);
        }
        if (shape == Shape.FUNCTION) {
            return "<function " + ((PyFunction) o).qualname() + " at 0x" + Long.toHexString(o.id()) + ">";
        }
        return ts.safeRepr(o);
    }

    private boolean shared(PyObject o) {
        if (o == PyConstants.NONE || o instanceof PyBool) {
            return true;
        }
        if (o instanceof PyInt i && o.type() == Types.INT) {
            return i.isSmall() && i.longValue() >= -5 && i.longValue() <= 256 && PyInt.of(i.longValue()) == o;
        }
        return o instanceof PyStr s && o.type() == Types.STR && ts.vm().isInterned(s);
    }

    /** The module name for a globals dict (cached: a run has few). */
    String moduleName(PyDict globals) {
        if (globals != lastGlobals) {
            PyObject name = globals.get("__name__");
            lastGlobals = globals;
            lastModuleName = name instanceof PyStr s ? s.value() : "?";
        }
        return lastModuleName;
    }
}
