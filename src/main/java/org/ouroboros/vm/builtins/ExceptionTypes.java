package org.ouroboros.vm.builtins;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;

/** {@code BaseException} and the few subclasses with their own behaviour (StopIteration, KeyError, SystemExit). */
public final class ExceptionTypes {
    private ExceptionTypes() {}

    static PyBaseException e(PyObject o) {
        return (PyBaseException) o;
    }

    static void install() {
        TypeBuilder t = new TypeBuilder(PyExc.BASE_EXCEPTION);
        t.constructor((cls, args, kw) -> {
            PyBaseException exc = (PyBaseException) ((PyType) cls).allocate();
            int npos = args.length - (kw == null ? 0 : kw.length);
            exc.setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
            return exc;
        });
        t.method("__init__", (self, args, kw) -> {
            int npos = args.length - (kw == null ? 0 : kw.length);
            if (kw != null && kw.length > 0 && self.type().isBuiltin()) {
                throw PyExc.typeError(self.type().name() + "() takes no keyword arguments");
            }
            e(self).setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
            return NONE;
        });
        t.method0("__str__", self -> {
            PyTuple a = e(self).args();
            return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
        });
        t.method0("__repr__", self -> {
            PyTuple a = e(self).args();
            String args = a.size() == 1 ? "(" + Ops.repr(a.get(0)).value() + ")" : Ops.repr(a).value();
            return new PyStr(self.type().name() + args);
        });
        t.attribute("args", self -> e(self).args(), (self, v) -> e(self).setArgs(PyTuple.of(IteratorTypes.list(v).items())));
        t.attribute("__context__", self -> e(self).context() == null ? NONE : e(self).context(),
                (self, v) -> e(self).setContext(v == NONE ? null : (PyBaseException) v));
        t.attribute("__cause__", self -> e(self).cause() == null ? NONE : e(self).cause(), (self, v) -> {
            e(self).setCause(v == NONE ? null : (PyBaseException) v);
        });
        t.attribute("__suppress_context__", self -> org.ouroboros.vm.object.PyBool.of(e(self).suppressContext()),
                (self, v) -> e(self).setSuppressContext(Ops.truthy(v)));
        t.attribute("__traceback__", self -> e(self).traceback().isEmpty() ? NONE
                : new PyObject(org.ouroboros.vm.object.Types.TRACEBACK), (self, v) -> { });
        t.constant("__dict__", org.ouroboros.vm.object.Attributes.dictDescriptor(PyExc.BASE_EXCEPTION));
        t.method1("with_traceback", (self, tb) -> self);
        t.method1("add_note", (self, note) -> NONE);

        new TypeBuilder(PyExc.STOP_ITERATION).attribute("value",
                self -> e(self).args().size() > 0 ? e(self).args().get(0) : NONE,
                (self, v) -> e(self).setArgs(new PyTuple(v)));
        new TypeBuilder(PyExc.SYSTEM_EXIT).getter("code",
                self -> e(self).args().size() == 0 ? NONE : e(self).args().size() == 1 ? e(self).args().get(0) : e(self).args());
        new TypeBuilder(PyExc.KEY_ERROR).method0("__str__", self -> {
            PyTuple a = e(self).args();
            return a.size() == 1 ? Ops.repr(a.get(0)) : a.size() == 0 ? PyStr.EMPTY : Ops.repr(a);
        });
        new TypeBuilder(PyExc.NAME_ERROR).getter("name", self -> NONE);
        new TypeBuilder(PyExc.ATTRIBUTE_ERROR).getter("name", self -> NONE).getter("obj", self -> NONE);
        new TypeBuilder(PyExc.IMPORT_ERROR)
                .method("__init__", (self, args, kw) -> {
                    int nkw = kw == null ? 0 : kw.length;
                    int npos = args.length - nkw;
                    e(self).setArgs(new PyTuple(java.util.Arrays.copyOf(args, npos)));
                    for (int i = 0; i < nkw; i++) {
                        if (!kw[i].equals("name") && !kw[i].equals("path")) {
                            throw PyExc.typeError("'" + kw[i] + "' is an invalid keyword argument for "
                                    + self.type().name() + "()");
                        }
                        self.dict().put(kw[i], args[npos + i]);
                    }
                    return NONE;
                })
                .getter("name", self -> orNone(self.dict().get("name")))
                .getter("path", self -> orNone(self.dict().get("path")));
        new TypeBuilder(PyExc.OS_ERROR)
                .method0("__str__", self -> {
                    PyTuple a = e(self).args();
                    if (a.size() >= 2 && a.size() <= 5 && a.get(0) instanceof org.ouroboros.vm.object.PyInt) {
                        String s = "[Errno " + Ops.str(a.get(0)).value() + "] " + Ops.str(a.get(1)).value();
                        return new PyStr(a.size() >= 3 ? s + ": " + Ops.repr(a.get(2)).value() : s);
                    }
                    return a.size() == 0 ? PyStr.EMPTY : a.size() == 1 ? Ops.str(a.get(0)) : Ops.repr(a);
                })
                .getter("errno", self -> errnoPart(self, 0))
                .getter("strerror", self -> errnoPart(self, 1))
                .getter("filename", self -> errnoPart(self, 2));
    }

    private static PyObject orNone(PyObject v) {
        return v == null ? NONE : v;
    }

    /** OSError(errno, strerror[, filename]) exposes its parts; other argument shapes give None. */
    private static PyObject errnoPart(PyObject self, int i) {
        PyTuple a = e(self).args();
        return a.size() >= 2 && a.size() <= 5 && i < a.size() ? a.get(i) : NONE;
    }
}
