package org.ouroboros.vm.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/** {@code dir()} and {@code __subclasses__()}. */
final class Introspection {
    private Introspection() {}

    static List<PyObject> dir(PyObject o) {
        TreeSet<String> names = new TreeSet<>();
        PyDict d = o.dict();
        if (d != null) {
            for (PyObject k : d.map().keySet()) {
                if (k instanceof PyStr s) {
                    names.add(s.value());
                }
            }
        }
        PyType[] mro = o instanceof PyType t ? t.mro() : o.type().mro();
        for (PyType t : mro) {
            names.addAll(t.members().keySet());
        }
        List<PyObject> out = new ArrayList<>();
        for (String n : names) {
            out.add(new PyStr(n));
        }
        return out;
    }

    static List<PyObject> subclasses(PyType t) {
        return new ArrayList<>(t.subclasses());
    }

    static void registerSubclass(PyType cls) {
        for (PyType b : cls.bases()) {
            b.addSubclass(cls);
        }
    }
}
