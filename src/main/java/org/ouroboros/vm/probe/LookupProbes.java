package org.ouroboros.vm.probe;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.LookupEvent;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/** Hooks in {@code vm.object.Attributes}: each step of {@code getattr(obj, name)}. */
public final class LookupProbes {
    /** Keys of an instance dict shown with a probe; a dict with more shows the first ones. */
    static final int MAX_KEYS = 12;

    private LookupProbes() {}

    /** A lookup begins; {@code getattribute} is the {@code __getattribute__} found on the type. */
    public static void started(PyObject obj, String name, PyObject getattribute) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || !Walks.shown(obj)) {
            return;
        }
        PyType t = obj.type();
        String entry;
        if (getattribute == Attributes.objectGetattribute) {
            entry = "object.__getattribute__";
        } else if (getattribute == Attributes.typeGetattribute) {
            entry = "type.__getattribute__";
        } else {
            PyType owner = t.lookupOwner("__getattribute__");
            entry = (owner == null ? t.name() : owner.name()) + ".__getattribute__";
        }
        ts.emit(new LookupEvent.LookupStarted(ts.threadId(), t.name(), name,
                obj instanceof PyType cls ? cls.name() : "", entry));
    }

    /**
     * {@code onType}'s MRO was searched for {@code name} and gave {@code found} (null: nothing);
     * {@code role} as in {@link LookupEvent.MroSearched}. Returns {@code found}.
     */
    public static PyObject searched(PyObject obj, String name, String role, PyType onType, PyObject found) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || !Walks.shown(obj)) {
            return found;
        }
        String kind = found == null ? "" : Attributes.isDataDescriptor(found) ? "data descriptor"
                : isNonDataDescriptor(found) ? "non-data descriptor" : "class attribute";
        ts.emit(new LookupEvent.MroSearched(ts.threadId(), obj.type().name(), name, role, onType.name(),
                Walks.mroNames(onType), found == null ? -1
                        : Walks.definerIndex(onType, role.equals("__getattr__") ? "__getattr__" : name), kind));
        return found;
    }

    /** The instance dict {@code dict} was probed for {@code name}, giving {@code found} (null: absent). */
    public static void dictProbed(PyObject obj, String name, PyDict dict, PyObject found) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || !Walks.shown(obj)) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (PyObject k : dict.map().keySet()) {
            if (keys.size() == MAX_KEYS) {
                keys.add("…");
                break;
            }
            keys.add(k instanceof PyStr s ? s.value() : ts.safeRepr(k));
        }
        ts.emit(new LookupEvent.InstanceDictProbed(ts.threadId(), obj.type().name(), name, found != null, keys));
    }

    /** The lookup ends with {@code result}; null means nothing was found. Returns {@code result}. */
    public static PyObject finished(PyObject obj, String name, PyObject result) {
        if (result != null) {
            return result;
        }
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null && Walks.shown(obj)) {
            ts.emit(new LookupEvent.AttributeMissing(ts.threadId(), obj.type().name(), name));
        }
        return null;
    }

    /** Functions, methods and other objects with {@code __get__} but no {@code __set__}/{@code __delete__}. */
    private static boolean isNonDataDescriptor(PyObject found) {
        return found.type().lookup("__get__") != null;
    }
}
