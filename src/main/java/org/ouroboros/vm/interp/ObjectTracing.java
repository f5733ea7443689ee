package org.ouroboros.vm.interp;

import org.ouroboros.trace.ObjectEvent;
import org.ouroboros.trace.ObjectEvent.Scope;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyByteArray;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyType;

/**
 * The object views' hooks into the VM, each a one-line call from the traced loop (or from
 * where objects and classes are made), only ever reached at the coarse trace level. They emit
 * {@link ObjectEvent}s: names bound and unbound, objects described when first met and when they
 * may have changed, and {@code is} / {@code ==} comparisons.
 *
 * <p>{@link #before} looks at the operands an instruction is about to consume and returns what
 * {@link #after} needs (null for most instructions, so the common case allocates nothing).
 */
public final class ObjectTracing {
    private static final int COMPARE_EQ = 2;
    private static final int COMPARE_NE = 3;
    /** Names the class statement itself stores in the class body (a docstring too), not ones the program chose. */
    private static final java.util.Set<String> CLASS_STATEMENT_NAMES = java.util.Set.of("__module__", "__qualname__",
            "__classcell__", "__doc__");

    private ObjectTracing() {}

    private static ObjectDescriber describer(ThreadState ts) {
        ObjectDescriber d = ts.objectDescriber;
        if (d == null) {
            d = new ObjectDescriber(ts);
            ts.objectDescriber = d;
            if (ts.threadId() == 0) {
                d.describeStartingClasses();
            }
        }
        return d;
    }

    /** A frame starts running (not a resumption): its arguments are its first bound names. */
    static void frameStarted(ThreadState ts, Frame f) {
        if (f.pc != 0 || !ts.objectEvents()) {
            return;
        }
        ObjectDescriber d = describer(ts);
        String[] names = f.code.varnames();
        for (int i = 0; i < names.length && i < f.fast.length; i++) {
            if (f.fast[i] != null) {
                bind(ts, d, f, Scope.LOCAL, names[i], f.fast[i]);
            }
        }
    }

    /** What {@link #after} will need: the value being stored, the object being changed, or the operands. */
    static Object before(ThreadState ts, Frame f, Instruction in) {
        if (!ts.objectEvents()) {
            return null;
        }
        switch (in.opcode()) {
            case STORE_NAME, STORE_GLOBAL, STORE_ATTR, DELETE_ATTR -> {
                return f.peek(1);
            }
            case STORE_SUBSCR, DELETE_SUBSCR -> {
                return f.peek(2);
            }
            case IS_OP -> {
                return new PyObject[] {f.peek(2), f.peek(1)};
            }
            case COMPARE_OP -> {
                return in.arg() == COMPARE_EQ || in.arg() == COMPARE_NE ? new PyObject[] {f.peek(2), f.peek(1)} : null;
            }
            case CALL -> {
                return mutableReceiver(f, in.arg());
            }
            default -> {
                return null;
            }
        }
    }

    /** Emits what the instruction did to names and objects ({@code pending} from {@link #before}). */
    static void after(ThreadState ts, Frame f, Instruction in, Object pending) {
        if (!ts.objectEvents()) {
            return;
        }
        int arg = in.arg();
        switch (in.opcode()) {
            case STORE_FAST -> bind(ts, describer(ts), f, Scope.LOCAL, f.code.varnames()[arg], f.fast[arg]);
            case STORE_DEREF -> bind(ts, describer(ts), f, Scope.CELL, cellName(f, arg), f.cells[arg].get());
            case STORE_NAME -> {
                String name = f.code.names()[arg];
                Scope scope = nameScope(f);
                // The class statement's own bookkeeping, not a name the program chose.
                if (scope != Scope.CLASS_BODY || !CLASS_STATEMENT_NAMES.contains(name)) {
                    bind(ts, describer(ts), f, scope, name, (PyObject) pending);
                }
            }
            case STORE_GLOBAL -> bind(ts, describer(ts), f, Scope.GLOBAL, f.code.names()[arg], (PyObject) pending);
            case DELETE_FAST -> unbind(ts, f, Scope.LOCAL, f.code.varnames()[arg]);
            case DELETE_DEREF -> unbind(ts, f, Scope.CELL, cellName(f, arg));
            case DELETE_NAME -> unbind(ts, f, nameScope(f), f.code.names()[arg]);
            case DELETE_GLOBAL -> unbind(ts, f, Scope.GLOBAL, f.code.names()[arg]);
            case STORE_ATTR, DELETE_ATTR, STORE_SUBSCR, DELETE_SUBSCR -> describer(ts).refresh((PyObject) pending);
            case CALL -> {
                if (pending != null && describer(ts).known((PyObject) pending)) {
                    describer(ts).refresh((PyObject) pending);
                }
            }
            case IS_OP -> compared(ts, (PyObject[]) pending, arg == 0 ? "is" : "is not", f.peek(1));
            case COMPARE_OP -> {
                if (pending != null) {
                    compared(ts, (PyObject[]) pending, arg == COMPARE_EQ ? "==" : "!=", f.peek(1));
                }
            }
            default -> { }
        }
    }

    /** {@code object.__new__} made an instance. */
    public static void instanceCreated(ThreadState ts, PyObject obj) {
        if (ts.objectEvents()) {
            describer(ts).see(obj);
        }
    }

    /** A class statement or {@code type(name, bases, dict)} made a class. */
    public static void classCreated(ThreadState ts, PyType cls) {
        if (ts.objectEvents()) {
            describer(ts).see(cls);
        }
    }

    private static void bind(ThreadState ts, ObjectDescriber d, Frame f, Scope scope, String name, PyObject value) {
        if (value == null) {
            return;
        }
        long id = d.bound(value, isMutableContainer(value));
        ts.emit(new ObjectEvent.NameBound(ts.threadId(), depth(ts, scope), frameName(d, f, scope), scope, name, id));
    }

    private static void unbind(ThreadState ts, Frame f, Scope scope, String name) {
        ts.emit(new ObjectEvent.NameUnbound(ts.threadId(), depth(ts, scope), frameName(describer(ts), f, scope),
                scope, name));
    }

    private static void compared(ThreadState ts, PyObject[] operands, String operator, PyObject result) {
        ObjectDescriber d = describer(ts);
        long left = d.see(operands[0]);
        long right = d.see(operands[1]);
        ts.emit(new ObjectEvent.ObjectsCompared(ts.threadId(), operator, left, right, result == PyBool.TRUE));
    }

    private static int depth(ThreadState ts, Scope scope) {
        return scope == Scope.GLOBAL ? -1 : ts.depth() - 1;
    }

    private static String frameName(ObjectDescriber d, Frame f, Scope scope) {
        return scope == Scope.GLOBAL ? d.moduleName(f.globals) : f.code.qualname();
    }

    private static Scope nameScope(Frame f) {
        return f.locals == f.globals ? Scope.GLOBAL : Scope.CLASS_BODY;
    }

    private static String cellName(Frame f, int i) {
        String[] cellvars = f.code.cellvars();
        return i < cellvars.length ? cellvars[i] : f.code.freevars()[i - cellvars.length];
    }

    /** The list, dict or set a method call is about to run on ({@code b.append(3)}), or null. */
    private static PyObject mutableReceiver(Frame f, int argc) {
        PyObject self;
        if (f.peek(argc + 2) != null) {
            self = f.peek(argc + 1);
        } else {
            PyObject callable = f.peek(argc + 1);
            if (callable instanceof PyMethod m) {
                self = m.self();
            } else if (callable instanceof PyBuiltinFunction b) {
                self = b.self();
            } else {
                return null;
            }
        }
        return isMutableContainer(self) ? self : null;
    }

    private static boolean isMutableContainer(PyObject o) {
        return o instanceof PyList || o instanceof PyDict || o instanceof PySet || o instanceof PyByteArray;
    }
}
