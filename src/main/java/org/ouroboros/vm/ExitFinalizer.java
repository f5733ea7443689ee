package org.ouroboros.vm;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;

/**
 * What CPython's shutdown does to generators the program left paused: the {@code __main__}
 * namespace is freed, and a freed generator that is suspended is closed, so its {@code finally}
 * blocks run and one that ignores GeneratorExit is reported as "Exception ignored in: ...". The
 * order follows what CPython 3.11 shows: generators named directly or held by an instance's
 * attributes first, in the namespace's order, then those inside containers (lists and tuples from
 * the end). Instances of classes with {@code __del__} reached the same way have it called then
 * (before their attributes are let go). Without reference counts the VM cannot free a generator
 * or call {@code __del__} earlier, when the last reference goes.
 */
final class ExitFinalizer {
    private static final int DEPTH = 4;

    private final Vm vm;
    private final Map<PyObject, Boolean> seen = new IdentityHashMap<>();

    ExitFinalizer(Vm vm) {
        this.vm = vm;
    }

    void clear(PyDict mainNamespace) {
        List<PyObject> values = List.copyOf(mainNamespace.map().values());
        for (boolean containers : new boolean[] {false, true}) {
            for (PyObject v : values) {
                if (isContainer(v) == containers) {
                    visit(v, DEPTH);
                }
            }
        }
    }

    private static boolean isContainer(PyObject o) {
        return o instanceof PyList || o instanceof PyTuple || o instanceof PyDict;
    }

    private void visit(PyObject o, int depth) {
        if (o == null || depth == 0 || o instanceof PyType || o instanceof PyModule || seen.put(o, Boolean.TRUE) != null) {
            return;
        }
        if (o instanceof PyGenerator g) {
            finalizeGenerator(g);
        } else if (o instanceof PyList l) {
            List<PyObject> items = List.copyOf(l.items());
            for (int i = items.size() - 1; i >= 0; i--) {
                visit(items.get(i), depth - 1);
            }
        } else if (o instanceof PyTuple t) {
            for (int i = t.size() - 1; i >= 0; i--) {
                visit(t.get(i), depth - 1);
            }
        } else if (o instanceof PyDict d) {
            for (PyObject v : List.copyOf(d.map().values())) {
                visit(v, depth - 1);
            }
        } else if (!o.type().isBuiltin()) {
            // an instance is finalized (its __del__) before its attributes are let go
            PyObject del = o.type().lookup("__del__");
            if (del != null) {
                finalizeInstance(o, del);
            }
            if (o.dict() != null) {
                for (PyObject v : List.copyOf(o.dict().map().values())) {
                    visit(v, depth - 1);
                }
            }
        }
    }

    /** CPython's tp_finalize for a class with {@code __del__}; an exception from it is unraisable. */
    private void finalizeInstance(PyObject o, PyObject del) {
        try {
            org.ouroboros.vm.object.Calls.callMethod(del, o, new PyObject[0], null);
        } catch (PyException e) {
            vm.flush();
            vm.writeErr("Exception ignored in: " + Ops.repr(org.ouroboros.vm.object.Attributes.get(o.type(), "__del__"))
                    .value() + "\n" + unraisable(e.value()));
        }
    }

    private void finalizeGenerator(PyGenerator g) {
        if (g.isCoroutine() || g.isAsyncGenerator() || !g.started() || g.finished() || g.running()) {
            return;
        }
        try {
            g.close();
        } catch (PyException e) {
            vm.flush();
            vm.writeErr("Exception ignored in: " + Ops.repr(g).value() + "\n" + unraisable(e.value()));
        }
    }

    /**
     * PyErr_WriteUnraisable's text late in shutdown: the exception alone (no chained ones) and its
     * frames without source lines (the source can no longer be read then).
     */
    private static String unraisable(PyBaseException exc) {
        StringBuilder sb = new StringBuilder();
        if (!exc.traceback().isEmpty()) {
            sb.append("Traceback (most recent call last):\n");
            for (PyBaseException.TracebackEntry t : exc.traceback()) {
                sb.append("  File \"").append(t.filename()).append("\", line ").append(t.line()).append(", in ")
                        .append(t.function()).append('\n');
            }
        }
        return sb.append(Exceptions.lastLine(exc)).append('\n').toString();
    }
}
