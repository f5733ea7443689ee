package org.ouroboros.vm.probe;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/** What the probes report about classes: MRO names and where along an MRO a name is defined. */
final class Walks {
    private Walks() {}

    static List<String> mroNames(PyType type) {
        PyType[] mro = type.mro();
        List<String> names = new ArrayList<>(mro.length);
        for (PyType t : mro) {
            names.add(t.name());
        }
        return names;
    }

    /** Index in {@code type.__mro__} of the first class whose own dict holds {@code name}, or -1. */
    static int definerIndex(PyType type, String name) {
        PyType[] mro = type.mro();
        for (int i = 0; i < mro.length; i++) {
            if (mro[i].members().containsKey(name)) {
                return i;
            }
        }
        return -1;
    }

    /** True for objects whose lookups the views show: instances of user classes, and user classes. */
    static boolean shown(PyObject obj) {
        return !obj.type().isBuiltin() || obj instanceof PyType cls && !cls.isBuiltin();
    }

    static List<String> names(PyType[] types) {
        List<String> names = new ArrayList<>(types.length);
        for (PyType t : types) {
            names.add(t.name());
        }
        return names;
    }
}
