package org.ouroboros.vm.interp;

import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyObject;

/**
 * One activation of a code object: fast locals, closure cells, the value stack and the
 * instruction pointer. Generator and coroutine frames live on the heap between resumptions.
 */
public final class Frame {
    private static final PyCell[] NO_CELLS = new PyCell[0];
    final CodeObject code;
    final Instruction[] instructions;
    final PyObject[] fast;
    final PyCell[] cells;
    final PyObject[] stack;
    int sp;
    /** Index of the next instruction to run. */
    int pc;
    /** Index of the instruction running (or last run); drives line numbers and tracebacks. */
    int lasti = -1;
    final PyDict globals;
    final PyDict builtins;
    /** The name-lookup namespace of module and class bodies (null in functions). */
    final PyObject locals;
    final PyFunction function;
    Frame back;
    /** Set while the frame belongs to a generator or coroutine. */
    PyGenerator generator;
    /** Pending names from KW_NAMES for the next CALL. */
    String[] kwnames;
    /** The last line reported to the trace, to emit LineReached only on change. */
    int tracedLine = -1;
    /** The last FrameEntered/FrameExited sent for this frame: a reused frame usually sends the same again. */
    org.ouroboros.trace.ExecutionEvent.FrameEntered enteredEvent;
    org.ouroboros.trace.ExecutionEvent.FrameExited exitedEvent;
    /** LineReached events are immutable: a loop re-emits the same few, so they are made once per frame. */
    private org.ouroboros.trace.ExecutionEvent.LineReached[] lineEvents;

    org.ouroboros.trace.ExecutionEvent.LineReached lineEvent(int thread, int line) {
        int base = code.firstlineno();
        int i = line - base;
        if (i < 0 || i >= 4096) {
            return new org.ouroboros.trace.ExecutionEvent.LineReached(thread, code.qualname(), line);
        }
        if (lineEvents == null || i >= lineEvents.length) {
            lineEvents = java.util.Arrays.copyOf(lineEvents == null ? new org.ouroboros.trace.ExecutionEvent.LineReached[0]
                    : lineEvents, Math.max(i + 1, 16));
        }
        org.ouroboros.trace.ExecutionEvent.LineReached e = lineEvents[i];
        if (e == null) {
            e = new org.ouroboros.trace.ExecutionEvent.LineReached(thread, code.qualname(), line);
            lineEvents[i] = e;
        }
        return e;
    }

    /**
     * co_names as str keys, so LOAD_NAME / STORE_NAME / LOAD_GLOBAL do not make a key per execution:
     * shared by all calls of a function, made once per frame for module code.
     */
    private org.ouroboros.vm.object.PyStr[] nameKeys;

    org.ouroboros.vm.object.PyStr nameKey(int i) {
        org.ouroboros.vm.object.PyStr[] keys = nameKeys;
        if (keys == null) {
            keys = function != null && function.code() == code ? function.nameKeys()
                    : org.ouroboros.vm.object.PyFunction.strKeys(code.names());
            nameKeys = keys;
        }
        return keys[i];
    }

    /*
     * The caches and packed code are looked up when the frame is made, not on first use: a
     * first-use null check is false for every call the JIT profiles (frames are reused), so it
     * compiles the check as a trap, and the first call in the next VM (a fresh frame) threw the
     * interpreter loop back to unoptimized code for another compilation.
     */

    /** Per-instruction inline caches ({@link AttributeSites}): the function's, shared by its calls; module code's own. */
    private final Object[] caches;

    /** The instructions packed for the untraced loop ({@link PackedCode}), shared like the caches. */
    private final int[] ops;

    int[] ops() {
        return ops;
    }

    /** The instructions packed for the coarse trace's line loop ({@link PackedCode#packForLines}), shared likewise. */
    int[] lineOps() {
        return function != null && function.code() == code ? function.linePackedCode(PackedCode::packForLines)
                : PackedCode.packForLines(code);
    }

    Object[] caches() {
        return caches;
    }

    /** Set by RERAISE and bare raise: the exception already carries this frame's traceback entry. */
    boolean reraising;

    /** Loop iterations run here by the interpreter, towards compiling the code ({@link Jit}). */
    int loopHeat;
    /** The function whose code this frame runs (its compiled body is kept there), or null for module and class bodies. */
    final PyFunction jitOwner;
    /** A module or class body's compiled bodies (plain, and reporting lines), made when one of its loops got hot. */
    CompiledBody ownBody;
    CompiledBody ownLinesBody;

    Frame(CodeObject code, PyDict globals, PyDict builtins, PyObject locals, PyFunction function) {
        this.code = code;
        this.instructions = code.instructions();
        this.fast = new PyObject[code.varnames().length];
        int ncells = code.cellvars().length + code.freevars().length;
        this.cells = ncells == 0 ? NO_CELLS : new PyCell[ncells];
        this.stack = new PyObject[Math.max(code.stacksize(), 1) + 4];
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.function = function;
        boolean functionCode = function != null && function.code() == code;
        this.jitOwner = functionCode ? function : null;
        this.caches = functionCode ? function.inlineCaches() : new Object[instructions.length];
        this.ops = functionCode ? function.packedCode(PackedCode::pack) : PackedCode.pack(instructions);
    }

    /** Back to the state of a new frame of the same function (see {@link ThreadState#releaseFrame}); drops all references. */
    void clearForReuse() {
        PyObject[] fs = fast;
        for (int i = 0; i < fs.length; i++) {
            fs[i] = null;
        }
        for (int i = 0; i < sp; i++) {
            stack[i] = null;
        }
        PyCell[] cs = cells;
        for (int i = 0; i < cs.length; i++) {
            cs[i] = null;
        }
        sp = 0;
        pc = 0;
        lasti = -1;
        tracedLine = -1;
        kwnames = null;
        reraising = false;
        loopHeat = 0;
    }

    public CodeObject code() {
        return code;
    }

    /** The source line being executed. */
    public int line() {
        int i = lasti < 0 ? 0 : Math.min(lasti, instructions.length - 1);
        return instructions.length == 0 ? code.firstlineno() : instructions[i].line();
    }

    public Instruction currentInstruction() {
        return lasti < 0 || instructions.length == 0 ? null : instructions[Math.min(lasti, instructions.length - 1)];
    }

    public Frame back() {
        return back;
    }

    public PyDict globals() {
        return globals;
    }

    public PyObject locals() {
        return locals;
    }

    /** The function's local variable {@code name}, or null when unbound or not a fast local. */
    public PyObject fastLocal(String name) {
        String[] names = code.varnames();
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return fast[i];
            }
        }
        return null;
    }

    /** For zero-argument super(): the first parameter's value (from its cell if it is one), or null. */
    public PyObject firstArgument() {
        if (code.argcount() == 0 && !code.has(org.ouroboros.vm.code.CodeObject.CO_VARARGS)) {
            return null;
        }
        PyObject v = fast.length > 0 ? fast[0] : null;
        String first = code.varnames().length > 0 ? code.varnames()[0] : null;
        String[] cellvars = code.cellvars();
        for (int i = 0; i < cellvars.length; i++) {
            if (cellvars[i].equals(first) && cells[i] != null) {
                return cells[i].get();
            }
        }
        return v;
    }

    /** For zero-argument super(): the {@code __class__} cell among the free variables, or null. */
    public PyCell classCell() {
        String[] freevars = code.freevars();
        for (int i = 0; i < freevars.length; i++) {
            if (freevars[i].equals("__class__")) {
                return cells[code.cellvars().length + i];
            }
        }
        return null;
    }

    void push(PyObject o) {
        stack[sp++] = o;
    }

    PyObject pop() {
        PyObject o = stack[--sp];
        stack[sp] = null;
        return o;
    }

    PyObject top() {
        return stack[sp - 1];
    }

    PyObject peek(int n) {
        return stack[sp - n];
    }
}
