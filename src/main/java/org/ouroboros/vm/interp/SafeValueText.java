package org.ouroboros.vm.interp;

import java.util.Map;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.Types;

/**
 * repr() of builtin containers for the object views, built from {@link ThreadState#safeRepr} of
 * their items so no user {@code __repr__} ever runs; long texts end in "…".
 */
final class SafeValueText {
    static final int LIMIT = 120;

    private SafeValueText() {}

    static String of(ThreadState ts, PyObject o) {
        StringBuilder sb = new StringBuilder();
        append(ts, o, sb, 0);
        return sb.length() > LIMIT ? sb.substring(0, LIMIT - 1) + "\u2026" : sb.toString();
    }

    private static void append(ThreadState ts, PyObject o, StringBuilder sb, int depth) {
        if (sb.length() > LIMIT) {
            return;
        }
        ContainerKind t = ContainerKind.of(o);
        if (t == ContainerKind.OTHER || depth > 2) {
            sb.append(ts.safeRepr(o));
            return;
        }
        switch (t) {
            case LIST -> items(ts, ((PyList) o).items(), "[", "]", sb, depth);
            case TUPLE -> {
                PyTuple tuple = (PyTuple) o;
                items(ts, tuple.asList(), "(", tuple.size() == 1 ? ",)" : ")", sb, depth);
            }
            case SET -> {
                if (((PySet) o).items().isEmpty()) {
                    sb.append(o.type() == Types.SET ? "set()" : "frozenset()");
                } else {
                    items(ts, ((PySet) o).items(), o.type() == Types.SET ? "{" : "frozenset({",
                            o.type() == Types.SET ? "}" : "})", sb, depth);
                }
            }
            case DICT -> {
                sb.append('{');
                boolean first = true;
                for (Map.Entry<PyObject, PyObject> e : ((PyDict) o).map().entrySet()) {
                    if (sb.length() > LIMIT) {
                        break;
                    }
                    sb.append(first ? "" : ", ");
                    first = false;
                    append(ts, e.getKey(), sb, depth + 1);
                    sb.append(": ");
                    append(ts, e.getValue(), sb, depth + 1);
                }
                sb.append('}');
            }
            default -> sb.append(ts.safeRepr(o));
        }
    }

    private static void items(ThreadState ts, Iterable<PyObject> items, String open, String close, StringBuilder sb,
                              int depth) {
        sb.append(open);
        boolean first = true;
        for (PyObject item : items) {
            if (sb.length() > LIMIT) {
                break;
            }
            sb.append(first ? "" : ", ");
            first = false;
            append(ts, item, sb, depth + 1);
        }
        sb.append(close);
    }

    /** The exact builtin container types whose repr is known without running Python code. */
    private enum ContainerKind {
        LIST, TUPLE, SET, DICT, OTHER;

        static ContainerKind of(PyObject o) {
            if (o.type() == Types.LIST) {
                return LIST;
            }
            if (o.type() == Types.TUPLE) {
                return TUPLE;
            }
            if (o.type() == Types.SET || o.type() == Types.FROZENSET) {
                return SET;
            }
            return o.type() == Types.DICT ? DICT : OTHER;
        }
    }
}
