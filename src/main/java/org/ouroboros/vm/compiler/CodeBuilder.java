package org.ouroboros.vm.compiler;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ouroboros.lang.ast.Pos;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.ExceptionTableEntry;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;

/**
 * Collects one code object's instructions, constants and names. Every instruction remembers the
 * exception handler in force when it was emitted; {@link #build} turns runs of equal handlers into
 * the 3.11-style exception table and resolves labels to instruction indices.
 */
final class CodeBuilder {
    /** A jump target, bound to an instruction index once its position is known. */
    static final class Label {
        int index = -1;
    }

    /** An exception handler: where to go, the stack depth to unwind to, whether to push lasti. */
    record Handler(Label target, int depth, boolean lasti) {}

    private record Op(Opcode opcode, int arg, Label jump, Pos pos, Handler handler) {}

    private final List<Op> ops = new ArrayList<>();
    private final List<Object> consts = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    private final List<String> names = new ArrayList<>();
    final List<String> varnames;
    final List<String> cellvars;
    final List<String> freevars;
    Pos pos;
    Handler handler;

    CodeBuilder(List<String> varnames, List<String> cellvars, List<String> freevars, Pos pos) {
        this.varnames = new ArrayList<>(varnames);
        this.cellvars = new ArrayList<>(cellvars);
        this.freevars = new ArrayList<>(freevars);
        this.pos = pos;
    }

    int size() {
        return ops.size();
    }

    void emit(Opcode op) {
        emit(op, 0);
    }

    void emit(Opcode op, int arg) {
        ops.add(new Op(op, arg, null, pos, handler));
    }

    void jump(Opcode op, Label target) {
        ops.add(new Op(op, 0, target, pos, handler));
    }

    void bind(Label l) {
        l.index = ops.size();
        lastBound = ops.size();
    }

    /** Where the last label was bound: code there is reachable by a jump even after an exit. */
    private int lastBound = -1;

    int constant(Object value) {
        Object key = constKey(value);
        Integer i = constIndex.get(key);
        if (i != null) {
            return i;
        }
        consts.add(value);
        constIndex.put(key, consts.size() - 1);
        return consts.size() - 1;
    }

    /** Constants are shared by value and type, as CPython's compiler does (1 and 1.0 and True stay apart). */
    static Object constKey(Object v) {
        if (v instanceof PyInt i) {
            return i.type().name() + ":" + i.digits();
        }
        if (v instanceof PyStr s) {
            return "s:" + s.value();
        }
        if (v instanceof PyFloat f) {
            return "f:" + Double.doubleToRawLongBits(f.value());
        }
        if (v instanceof org.ouroboros.vm.object.PyComplex c) {
            return "c:" + Double.doubleToRawLongBits(c.real()) + ":" + Double.doubleToRawLongBits(c.imag());
        }
        if (v instanceof org.ouroboros.vm.object.PySet fs && fs.type() == org.ouroboros.vm.object.Types.FROZENSET) {
            java.util.Set<Object> keys = new java.util.HashSet<>();
            for (PyObject o : fs.items()) {
                keys.add(constKey(o));
            }
            return java.util.Map.of("frozenset", keys);
        }
        if (v instanceof PyBytes b) {
            return "b:" + java.util.Arrays.toString(b.value());
        }
        if (v instanceof String[] kw) {
            return "kw:" + String.join(",", kw);
        }
        if (v instanceof PyTuple t) {
            List<Object> keys = new ArrayList<>();
            for (PyObject o : t.items()) {
                keys.add(constKey(o));
            }
            return keys;
        }
        return new IdentityKey(v);
    }

    private record IdentityKey(Object o) {
        @Override
        public boolean equals(Object other) {
            return other instanceof IdentityKey k && k.o == o;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(o);
        }
    }

    int name(String n) {
        int i = names.indexOf(n);
        if (i >= 0) {
            return i;
        }
        names.add(n);
        return names.size() - 1;
    }

    int varname(String n) {
        int i = varnames.indexOf(n);
        if (i >= 0) {
            return i;
        }
        varnames.add(n);
        return varnames.size() - 1;
    }

    int cell(String n) {
        int i = cellvars.indexOf(n);
        if (i >= 0) {
            return i;
        }
        int f = freevars.indexOf(n);
        if (f < 0) {
            throw new IllegalStateException("no cell for " + n);
        }
        return cellvars.size() + f;
    }

    /** The position of the last instruction emitted, or {@code fallback} when there is none. */
    Pos lastPos(Pos fallback) {
        return ops.isEmpty() || ops.get(ops.size() - 1).pos == null ? fallback : ops.get(ops.size() - 1).pos;
    }

    /** The last instruction emitted is an unconditional exit (no fall-through). */
    boolean endsWithExit() {
        if (ops.isEmpty() || lastBound == ops.size()) {
            return false;
        }
        Opcode last = ops.get(ops.size() - 1).opcode;
        return last == Opcode.RETURN_VALUE || last == Opcode.RAISE_VARARGS || last == Opcode.RERAISE
                || last == Opcode.JUMP_FORWARD || last == Opcode.JUMP_BACKWARD;
    }

    CodeObject build(String name, String qualname, String filename, int firstline, int argcount, int posonly,
                     int kwonly, int flags) {
        Instruction[] out = new Instruction[ops.size()];
        for (int i = 0; i < ops.size(); i++) {
            Op op = ops.get(i);
            int arg = op.arg;
            Opcode code = op.opcode;
            if (op.jump != null) {
                arg = op.jump.index;
                if (arg < 0) {
                    throw new IllegalStateException("unbound label in " + qualname);
                }
                code = direction(code, arg <= i);
            }
            Pos p = op.pos;
            out[i] = p == null ? new Instruction(code, arg, firstline, -1, firstline, -1)
                    : new Instruction(code, arg, p.line(), p.col(), p.endLine(), p.endCol());
        }
        List<ExceptionTableEntry> table = new ArrayList<>();
        int start = -1;
        Handler current = null;
        for (int i = 0; i <= ops.size(); i++) {
            Handler h = i < ops.size() ? ops.get(i).handler : null;
            if (h != current) {
                if (current != null) {
                    table.add(new ExceptionTableEntry(start, i, current.target.index, current.depth, current.lasti));
                }
                current = h;
                start = i;
            }
        }
        return new CodeObject(name, qualname, filename, firstline, out, consts.toArray(), names.toArray(new String[0]),
                varnames.toArray(new String[0]), cellvars.toArray(new String[0]), freevars.toArray(new String[0]),
                argcount, posonly, kwonly, flags, List.copyOf(table), 2 * ops.size() + 8);
    }

    private static Opcode direction(Opcode op, boolean backward) {
        return switch (op) {
            case JUMP_FORWARD, JUMP_BACKWARD -> backward ? Opcode.JUMP_BACKWARD : Opcode.JUMP_FORWARD;
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE ->
                    backward ? Opcode.POP_JUMP_BACKWARD_IF_FALSE : Opcode.POP_JUMP_FORWARD_IF_FALSE;
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE ->
                    backward ? Opcode.POP_JUMP_BACKWARD_IF_TRUE : Opcode.POP_JUMP_FORWARD_IF_TRUE;
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE ->
                    backward ? Opcode.POP_JUMP_BACKWARD_IF_NONE : Opcode.POP_JUMP_FORWARD_IF_NONE;
            case POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE ->
                    backward ? Opcode.POP_JUMP_BACKWARD_IF_NOT_NONE : Opcode.POP_JUMP_FORWARD_IF_NOT_NONE;
            default -> op;
        };
    }
}
