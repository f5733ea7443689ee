package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyCell;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyList;
import org.ouroboros.vm.object.PyMethodDescriptor;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PySlice;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTuple;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;
import org.ouroboros.vm.builtins.StrType;

/**
 * The interpreter loop and one method per opcode, named after it (put a breakpoint on
 * {@code BINARY_OP} to stop at every {@code +}). The stack discipline is CPython 3.11's.
 */
@SuppressWarnings("checkstyle:MethodName")
final class Opcodes {
    private Opcodes() {}

    /** The loop: fetch, dispatch, until RETURN_VALUE or YIELD_VALUE hands back a value. */
    static PyObject run(ThreadState ts, Frame f) {
        CompiledBody body = Jit.onCall(ts, f, false);
        return body != null ? body.run(ts, f) : run(ts, f, f.ops());
    }

    /** A lookup with this class's private access, for {@link TemplateCompiler}'s classes: they call the opcodes' methods. */
    static java.lang.invoke.MethodHandles.Lookup nestLookup() {
        return java.lang.invoke.MethodHandles.lookup();
    }

    /**
     * The coarse trace's loop when it records lines, calls and output only (no object events, not
     * fine): the same loop over {@link PackedCode#packForLines}, so only instructions where the
     * line may change pay for the check.
     */
    static PyObject runLines(ThreadState ts, Frame f) {
        CompiledBody body = Jit.onCall(ts, f, true);
        return body != null ? body.run(ts, f) : run(ts, f, f.lineOps());
    }

    /*
     * The next instruction's index lives in the local pc, not in f.pc: reading back a field
     * written one instruction earlier would put a store-to-load round trip on the path from one
     * instruction to the next. f.pc is only read when the loop is (re-)entered (a call, a
     * generator's resumption, after an exception handler was found), so it is written before
     * dispatch (whose handlers jump by setting it, and YIELD_VALUE leaves through it).
     */
    private static PyObject run(ThreadState ts, Frame f, int[] ops) {
        int pc = f.pc;
        while (true) {
            final int at = pc;
            f.lasti = at;
            pc = at + 1;
            int word = ops[at];
            if (word == PackedCode.OP_TRACE_LINE) {
                if (ts.coarse()) {
                    traceLine(ts, f, at);
                    word = PackedCode.ownWord(ops, at);
                } else {
                    // The trace stopped recording: the plain words from here on (at starts one of them).
                    // Not a `continue`: a second way back to the loop's head once made C2 give up on
                    // this method ("infinite loop"), leaving every Python call in C1-compiled code.
                    ops = f.ops();
                    word = ops[at];
                }
            }
            int arg = word >>> 8;
            // The hottest opcodes are handled here, switched on packed ints (see PackedCode); the rest go through dispatch.
            switch (word & 0xff) {
                case PackedCode.OP_LOAD_FAST -> LOAD_FAST(f, arg);
                case PackedCode.OP_STORE_FAST -> f.fast[arg] = f.pop();
                case PackedCode.OP_LOAD_CONST -> f.push((PyObject) f.code.consts()[arg]);
                case PackedCode.OP_POP_TOP -> POP_TOP(ts, f);
                case PackedCode.OP_PUSH_NULL -> f.push(null);
                case PackedCode.OP_COPY -> f.push(f.peek(arg));
                case PackedCode.OP_SWAP -> SWAP(f, arg);
                case PackedCode.OP_FOR_ITER -> {
                    PyObject v = nextItem(f.top());
                    if (v != null) {
                        f.push(v);
                    } else {
                        f.pop();
                        pc = arg;
                    }
                }
                case PackedCode.OP_BINARY_OP -> BINARY_OP(f, arg);
                case PackedCode.OP_COMPARE_OP -> COMPARE_OP(f, arg);
                case PackedCode.OP_IS_OP -> IS_OP(f, arg);
                case PackedCode.OP_CONTAINS_OP -> CONTAINS_OP(f, arg);
                case PackedCode.OP_BINARY_SUBSCR -> BINARY_SUBSCR(f);
                case PackedCode.OP_LOAD_NAME -> LOAD_NAME(f, arg);
                case PackedCode.OP_STORE_NAME -> STORE_NAME(f, arg);
                case PackedCode.OP_LOAD_GLOBAL -> LOAD_GLOBAL(f, arg);
                case PackedCode.OP_LOAD_DEREF -> LOAD_DEREF(f, arg);
                case PackedCode.OP_LOAD_ATTR -> LOAD_ATTR(ts, f, arg);
                case PackedCode.OP_STORE_ATTR -> STORE_ATTR(ts, f, arg);
                case PackedCode.OP_LOAD_METHOD -> LOAD_METHOD(ts, f, arg);
                case PackedCode.OP_CALL -> CALL(ts, f, arg);
                case PackedCode.OP_RESUME -> RESUME(ts, f);
                case PackedCode.OP_JUMP_FORWARD -> pc = arg;
                case PackedCode.OP_JUMP_BACKWARD -> {
                    pc = arg;
                    f.pc = arg;
                    Interpreter.checkpoint(ts, f);
                    // A hot loop goes on in compiled code, of the flavour that reports lines if these ops do.
                    if (++f.loopHeat > ts.jitThreshold) {
                        CompiledBody body = Jit.onHotLoop(f, ops != f.ops());
                        if (body != null) {
                            return body.run(ts, f);
                        }
                    }
                }
                case PackedCode.OP_POP_JUMP_FORWARD_IF_FALSE, PackedCode.OP_POP_JUMP_BACKWARD_IF_FALSE -> {
                    if (!popTruth(f)) {
                        pc = arg;
                    }
                }
                case PackedCode.OP_POP_JUMP_FORWARD_IF_TRUE, PackedCode.OP_POP_JUMP_BACKWARD_IF_TRUE -> {
                    if (popTruth(f)) {
                        pc = arg;
                    }
                }
                case PackedCode.OP_RETURN_VALUE -> {
                    return f.pop();
                }
                case PackedCode.OP_LOAD_FAST__LOAD_FAST -> {
                    LOAD_FAST(f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    LOAD_FAST(f, arg >>> 12);
                }
                case PackedCode.OP_LOAD_FAST__LOAD_CONST -> {
                    LOAD_FAST(f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    f.push((PyObject) f.code.consts()[arg >>> 12]);
                }
                case PackedCode.OP_STORE_FAST__LOAD_FAST -> {
                    f.fast[arg & 0xfff] = f.pop();
                    pc = secondOfPair(f, at);
                    LOAD_FAST(f, arg >>> 12);
                }
                case PackedCode.OP_STORE_FAST__STORE_FAST -> {
                    f.fast[arg & 0xfff] = f.pop();
                    pc = secondOfPair(f, at);
                    f.fast[arg >>> 12] = f.pop();
                }
                case PackedCode.OP_FOR_ITER__STORE_FAST -> {
                    PyObject v = nextItem(f.top());
                    if (v == null) {
                        f.pop();
                        pc = arg & 0xfff;
                    } else {
                        pc = secondOfPair(f, at);
                        f.fast[arg >>> 12] = v;
                    }
                }
                case PackedCode.OP_BINARY_OP__STORE_FAST -> {
                    PyObject b = f.pop();
                    PyObject a = f.pop();
                    PyObject r = Ops.binary(a, b, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    f.fast[arg >>> 12] = r;
                }
                case PackedCode.OP_LOAD_CONST__LOAD_FAST -> {
                    f.push((PyObject) f.code.consts()[arg & 0xfff]);
                    pc = secondOfPair(f, at);
                    LOAD_FAST(f, arg >>> 12);
                }
                case PackedCode.OP_LOAD_FAST__LOAD_ATTR -> {
                    PyObject obj = localOrRaise(f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    f.push(attribute(ts, f, obj, arg >>> 12));
                }
                case PackedCode.OP_LOAD_FAST__LOAD_METHOD -> {
                    PyObject obj = localOrRaise(f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    pushMethod(ts, f, obj, arg >>> 12);
                }
                case PackedCode.OP_COPY__LOAD_ATTR -> {
                    PyObject obj = f.peek(arg & 0xfff);
                    pc = secondOfPair(f, at);
                    f.push(attribute(ts, f, obj, arg >>> 12));
                }
                case PackedCode.OP_SWAP2__STORE_ATTR -> {
                    PyObject value = f.pop();
                    PyObject obj = f.pop();
                    pc = secondOfPair(f, at);
                    storeAttribute(ts, f, obj, arg >>> 12, value);
                }
                case PackedCode.OP_RESUME__LOAD_FAST -> {
                    RESUME(ts, f);
                    pc = secondOfPair(f, at);
                    LOAD_FAST(f, arg >>> 12);
                }
                case PackedCode.OP_LOAD_FAST__BINARY_OP -> {
                    PyObject b = localOrRaise(f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    f.push(Ops.binary(f.pop(), b, arg >>> 12));
                }
                case PackedCode.OP_LOAD_FAST__RETURN_VALUE -> {
                    PyObject v = localOrRaise(f, arg & 0xfff);
                    f.lasti = at + 1;
                    return v;
                }
                case PackedCode.OP_CALL__POP_TOP -> {
                    CALL(ts, f, arg & 0xfff);
                    pc = secondOfPair(f, at);
                    POP_TOP(ts, f);
                }
                default -> {
                    f.pc = pc;
                    PyObject result = dispatch(ts, f, f.instructions[at]);
                    if (result != null) {
                        return result;
                    }
                    pc = f.pc;
                }
            }
        }
    }

    /** A pair's step to its second instruction: that one is running now (errors point at it); returns the next pc. */
    private static int secondOfPair(Frame f, int at) {
        f.lasti = at + 1;
        return at + 2;
    }

    /** The coarse trace's line check where the line may change (see {@link PackedCode#packForLines}). */
    private static void traceLine(ThreadState ts, Frame f, int at) {
        int line = f.instructions[at].line();
        if (line != f.tracedLine && line > 0) {
            f.tracedLine = line;
            ts.emit(f.lineEvent(ts.threadId(), line));
        }
    }

    /** The same loop, emitting line (and, at the fine level, instruction) events. */
    static PyObject runTraced(ThreadState ts, Frame f) {
        Instruction[] code = f.instructions;
        ObjectTracing.frameStarted(ts, f);
        while (true) {
            if (!ts.coarse()) {
                return run(ts, f);
            }
            Instruction in = code[f.lasti = f.pc++];
            if (in.line() != f.tracedLine && in.line() > 0) {
                f.tracedLine = in.line();
                ts.emit(f.lineEvent(ts.threadId(), in.line()));
            }
            if (ts.fine()) {
                ts.emit(new ExecutionEvent.InstructionExecuted(ts.threadId(), f.code.qualname(), f.lasti,
                        in.opcode().name(), org.ouroboros.vm.code.Disassembler.argRepr(f.code, in), in.line()));
            }
            Object objectsPending = ObjectTracing.before(ts, f, in);
            PyObject result = dispatch(ts, f, in);
            ObjectTracing.after(ts, f, in, objectsPending);
            if (result != null) {
                return result;
            }
        }
    }

    // ---- sched hook (branch sched) ----

    /**
     * The loop for threads under the thread scheduler: before each instruction the hook charges
     * its virtual cost (and may switch threads); line events as in {@link #runTraced}.
     */
    static PyObject runScheduled(ThreadState ts, Frame f) {
        Instruction[] code = f.instructions;
        SchedHook hook = ts.sched;
        while (true) {
            Instruction in = code[f.lasti = f.pc++];
            if (ts.coarse() && in.line() != f.tracedLine && in.line() > 0 && !f.code.library()) {
                f.tracedLine = in.line();
                ts.emit(f.lineEvent(ts.threadId(), in.line()));
            }
            hook.beforeInstruction(ts, f, f.lasti, in);
            PyObject result = dispatch(ts, f, in);
            if (result != null) {
                return result;
            }
        }
    }

    // ---- end sched hook ----

    private static PyObject dispatch(ThreadState ts, Frame f, Instruction in) {
        int arg = in.arg();
        switch (in.opcode()) {
            case NOP, MAKE_CELL, COPY_FREE_VARS -> { }
            case RESUME -> RESUME(ts, f);
            case POP_TOP -> POP_TOP(ts, f);
            case PUSH_NULL -> PUSH_NULL(f);
            case COPY -> COPY(f, arg);
            case SWAP -> SWAP(f, arg);
            case LOAD_CONST -> LOAD_CONST(f, arg);
            case LOAD_FAST -> LOAD_FAST(f, arg);
            case STORE_FAST -> STORE_FAST(f, arg);
            case DELETE_FAST -> DELETE_FAST(f, arg);
            case LOAD_NAME -> LOAD_NAME(f, arg);
            case STORE_NAME -> STORE_NAME(f, arg);
            case DELETE_NAME -> DELETE_NAME(f, arg);
            case LOAD_GLOBAL -> LOAD_GLOBAL(f, arg);
            case STORE_GLOBAL -> STORE_GLOBAL(f, arg);
            case DELETE_GLOBAL -> DELETE_GLOBAL(f, arg);
            case LOAD_DEREF -> LOAD_DEREF(f, arg);
            case LOAD_CLASSDEREF -> LOAD_CLASSDEREF(f, arg);
            case STORE_DEREF -> STORE_DEREF(f, arg);
            case DELETE_DEREF -> f.cells[arg].set(null);
            case LOAD_CLOSURE -> LOAD_CLOSURE(f, arg);
            case LOAD_ATTR -> LOAD_ATTR(ts, f, arg);
            case STORE_ATTR -> STORE_ATTR(ts, f, arg);
            case DELETE_ATTR -> Attributes.delete(f.pop(), f.code.names()[arg]);
            case LOAD_METHOD -> LOAD_METHOD(ts, f, arg);
            case KW_NAMES -> KW_NAMES(f, arg);
            case CALL -> CALL(ts, f, arg);
            case CALL_FUNCTION_EX -> CALL_FUNCTION_EX(f, arg);
            case BINARY_OP -> BINARY_OP(f, arg);
            case COMPARE_OP -> COMPARE_OP(f, arg);
            case IS_OP -> IS_OP(f, arg);
            case CONTAINS_OP -> CONTAINS_OP(f, arg);
            case UNARY_NOT -> UNARY_NOT(f);
            case UNARY_NEGATIVE -> UNARY_NEGATIVE(f);
            case UNARY_POSITIVE -> f.push(Ops.unary(f.pop(), "__pos__", "+"));
            case UNARY_INVERT -> f.push(Ops.unary(f.pop(), "__invert__", "~"));
            case BINARY_SUBSCR -> BINARY_SUBSCR(f);
            case STORE_SUBSCR -> STORE_SUBSCR(f);
            case DELETE_SUBSCR -> DELETE_SUBSCR(f);
            case BUILD_TUPLE -> BUILD_TUPLE(f, arg);
            case BUILD_LIST -> BUILD_LIST(f, arg);
            case BUILD_SET -> BUILD_SET(f, arg);
            case BUILD_MAP -> BUILD_MAP(f, arg);
            case BUILD_CONST_KEY_MAP -> BUILD_CONST_KEY_MAP(f, arg);
            case BUILD_STRING -> BUILD_STRING(f, arg);
            case BUILD_SLICE -> BUILD_SLICE(f, arg);
            case LIST_APPEND -> LIST_APPEND(f, arg);
            case SET_ADD -> SET_ADD(f, arg);
            case MAP_ADD -> MAP_ADD(f, arg);
            case LIST_EXTEND -> LIST_EXTEND(f, arg);
            case SET_UPDATE -> SET_UPDATE(f, arg);
            case DICT_UPDATE -> DICT_UPDATE(f, arg);
            case DICT_MERGE -> DICT_MERGE(f, arg);
            case LIST_TO_TUPLE -> f.push(PyTuple.of(((PyList) f.pop()).items()));
            case FORMAT_VALUE -> FORMAT_VALUE(f, arg);
            case UNPACK_SEQUENCE -> UNPACK_SEQUENCE(f, arg);
            case UNPACK_EX -> UNPACK_EX(f, arg);
            case GET_ITER -> GET_ITER(f);
            case GET_YIELD_FROM_ITER -> GET_YIELD_FROM_ITER(f);
            case FOR_ITER -> FOR_ITER(f, arg);
            case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> f.pc = arg;
            case JUMP_BACKWARD -> JUMP_BACKWARD(ts, f, arg);
            case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE -> POP_JUMP_IF_FALSE(f, arg);
            case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE -> POP_JUMP_IF_TRUE(f, arg);
            case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE -> POP_JUMP_IF_NONE(f, arg, true);
            case POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> POP_JUMP_IF_NONE(f, arg, false);
            case JUMP_IF_FALSE_OR_POP -> JUMP_IF_OR_POP(f, arg, false);
            case JUMP_IF_TRUE_OR_POP -> JUMP_IF_OR_POP(f, arg, true);
            case RETURN_VALUE -> {
                return f.pop();
            }
            case YIELD_VALUE -> {
                return YIELD_VALUE(f);
            }
            case RETURN_GENERATOR -> throw PyExc.raise(PyExc.SYSTEM_ERROR, "RETURN_GENERATOR outside a generator call");
            case SEND -> SEND(f, arg);
            case GET_AWAITABLE -> GET_AWAITABLE(f, arg);
            case MAKE_FUNCTION -> MAKE_FUNCTION(f, arg);
            case LOAD_BUILD_CLASS -> f.push(f.builtins.get("__build_class__"));
            case LOAD_ASSERTION_ERROR -> f.push(PyExc.ASSERTION_ERROR);
            case RAISE_VARARGS -> RAISE_VARARGS(ts, f, arg);
            case PUSH_EXC_INFO -> PUSH_EXC_INFO(ts, f);
            case POP_EXCEPT -> POP_EXCEPT(ts, f);
            case RERAISE -> RERAISE(f, arg);
            case CHECK_EXC_MATCH -> CHECK_EXC_MATCH(f);
            case BEFORE_WITH -> BEFORE_WITH(f);
            case WITH_EXCEPT_START -> WITH_EXCEPT_START(f);
            case BEFORE_ASYNC_WITH -> BEFORE_ASYNC_WITH(f);
            case GET_AITER -> f.push(AsyncIterators.aiter(f.pop()));
            case GET_ANEXT -> f.push(AsyncIterators.anext(f.top()));
            case ASYNC_GEN_WRAP -> f.push(AsyncGenAwaitable.wrap(f.pop()));
            case END_ASYNC_FOR -> END_ASYNC_FOR(f);
            case IMPORT_NAME -> IMPORT_NAME(ts, f, arg);
            case IMPORT_FROM -> IMPORT_FROM(f, arg);
            case IMPORT_STAR -> IMPORT_STAR(f);
            case SETUP_ANNOTATIONS -> SETUP_ANNOTATIONS(f);
            case PRINT_EXPR -> PRINT_EXPR(ts, f);
            default -> throw PyExc.raise(PyExc.SYSTEM_ERROR, "unknown opcode " + in.opcode());
        }
        return null;
    }

    // ---- stack and names ----

    // The one-line handlers have methods too: compiled code (TemplateCompiler) calls each opcode's method by its name.

    private static void PUSH_NULL(Frame f) {
        f.push(null);
    }

    private static void COPY(Frame f, int n) {
        f.push(f.peek(n));
    }

    private static void LOAD_CONST(Frame f, int i) {
        f.push(constant(f, i));
    }

    private static PyObject constant(Frame f, int i) {
        return (PyObject) f.code.consts()[i];
    }

    private static void STORE_FAST(Frame f, int i) {
        storeFast(f, i, f.pop());
    }

    private static void storeFast(Frame f, int i, PyObject v) {
        f.fast[i] = v;
    }

    private static void STORE_GLOBAL(Frame f, int i) {
        f.globals.put(f.nameKey(i), f.pop());
    }

    private static void STORE_DEREF(Frame f, int i) {
        f.cells[i].set(f.pop());
    }

    private static void LOAD_CLOSURE(Frame f, int i) {
        f.push(f.cells[i]);
    }

    private static void KW_NAMES(Frame f, int i) {
        f.kwnames = (String[]) f.code.consts()[i];
    }

    private static void UNARY_NOT(Frame f) {
        f.push(PyBool.of(!Ops.truthy(f.pop())));
    }

    private static void BUILD_TUPLE(Frame f, int n) {
        f.push(n == 0 ? PyTuple.EMPTY : new PyTuple(popN(f, n)));
    }

    private static void BUILD_LIST(Frame f, int n) {
        f.push(new PyList(java.util.Arrays.asList(popN(f, n))));
    }

    private static void GET_ITER(Frame f) {
        f.push(Ops.iter(f.pop()));
    }

    private static void RESUME(ThreadState ts, Frame f) {
        Interpreter.checkpoint(ts, f);
    }

    private static void POP_TOP(ThreadState ts, Frame f) {
        discard(ts, f, f.pop());
    }

    /** POP_TOP's work on a value already off the stack. */
    private static void discard(ThreadState ts, Frame f, PyObject v) {
        if (v instanceof PyGenerator g && !g.started() && f.lasti > 0 && f.instructions[f.lasti - 1].opcode() == Opcode.CALL) {
            // A coroutine call used as a statement: its value is gone, CPython warns right here.
            UnawaitedCoroutines.dropped(ts, f, g);
        }
    }

    private static void SWAP(Frame f, int n) {
        PyObject top = f.stack[f.sp - 1];
        f.stack[f.sp - 1] = f.stack[f.sp - n];
        f.stack[f.sp - n] = top;
    }

    private static PyObject[] popN(Frame f, int n) {
        PyObject[] items = new PyObject[n];
        f.sp -= n;
        System.arraycopy(f.stack, f.sp, items, 0, n);
        java.util.Arrays.fill(f.stack, f.sp, f.sp + n, null);
        return items;
    }

    /** Under the JIT's 35-byte always-inline size: the error is built out of line. */
    private static void LOAD_FAST(Frame f, int i) {
        PyObject v = f.fast[i];
        if (v == null) {
            throw unboundLocal(f, i);
        }
        f.push(v);
    }

    /** LOAD_FAST's value without the push, for the pairs that use it at once. */
    private static PyObject localOrRaise(Frame f, int i) {
        PyObject v = f.fast[i];
        if (v == null) {
            throw unboundLocal(f, i);
        }
        return v;
    }

    private static PyException unboundLocal(Frame f, int i) {
        return PyExc.raise(PyExc.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + f.code.varnames()[i]
                + "' where it is not associated with a value");
    }

    private static void DELETE_FAST(Frame f, int i) {
        if (f.fast[i] == null) {
            throw PyExc.raise(PyExc.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + f.code.varnames()[i]
                    + "' where it is not associated with a value");
        }
        f.fast[i] = null;
    }

    private static PyObject lookupIn(PyObject mapping, PyStr key) {
        if (mapping instanceof PyDict d && mapping.type() == Types.DICT) {
            return d.get(key);
        }
        try {
            return Ops.getItem(mapping, key);
        } catch (PyException e) {
            if (e.matches(PyExc.KEY_ERROR)) {
                return null;
            }
            throw e;
        }
    }

    private static void LOAD_NAME(Frame f, int i) {
        PyStr key = f.nameKey(i);
        PyObject v = lookupIn(f.locals, key);
        if (v == null) {
            v = f.globals.get(key);
            if (v == null) {
                v = f.builtins.get(key);
                if (v == null) {
                    throw nameError(f, key.value());
                }
            }
        }
        f.push(v);
    }

    static PyException nameError(Frame f, String name) {
        PyException e = PyExc.nameError("name '" + name + "' is not defined");
        // what the traceback's "Did you mean" searches (CPython keeps the frame for this)
        e.value().setNameScope(new PyStr(name),
                new PyBaseException.NameScope(f.code.varnames(), f.globals, f.builtins));
        return e;
    }

    private static void STORE_NAME(Frame f, int i) {
        PyObject v = f.pop();
        PyStr key = f.nameKey(i);
        if (f.locals instanceof PyDict d && f.locals.type() == Types.DICT) {
            d.put(key, v);
        } else {
            Ops.setItem(f.locals, key, v);
        }
    }

    private static void DELETE_NAME(Frame f, int i) {
        PyStr key = f.nameKey(i);
        if (f.locals instanceof PyDict d && f.locals.type() == Types.DICT) {
            if (d.remove(key) == null) {
                throw nameError(f, key.value());
            }
        } else {
            Ops.delItem(f.locals, key);
        }
    }

    private static void LOAD_GLOBAL(Frame f, int arg) {
        PyStr key = f.nameKey(arg >> 1);
        PyObject v = f.globals.get(key);
        if (v == null) {
            v = f.builtins.get(key);
            if (v == null) {
                throw nameError(f, key.value());
            }
        }
        if ((arg & 1) != 0) {
            f.push(null);
        }
        f.push(v);
    }

    private static void DELETE_GLOBAL(Frame f, int i) {
        if (f.globals.remove(f.nameKey(i)) == null) {
            throw nameError(f, f.code.names()[i]);
        }
    }

    private static String cellName(Frame f, int i) {
        CodeObject c = f.code;
        return i < c.cellvars().length ? c.cellvars()[i] : c.freevars()[i - c.cellvars().length];
    }

    private static void LOAD_DEREF(Frame f, int i) {
        PyObject v = f.cells[i].get();
        if (v == null) {
            if (i < f.code.cellvars().length) {
                throw PyExc.raise(PyExc.UNBOUND_LOCAL_ERROR, "cannot access local variable '" + cellName(f, i)
                        + "' where it is not associated with a value");
            }
            throw PyExc.nameError("cannot access free variable '" + cellName(f, i)
                    + "' where it is not associated with a value in enclosing scope");
        }
        f.push(v);
    }

    private static void LOAD_CLASSDEREF(Frame f, int i) {
        PyObject v = lookupIn(f.locals, new PyStr(cellName(f, i)));
        if (v != null) {
            f.push(v);
            return;
        }
        LOAD_DEREF(f, i);
    }

    // ---- attributes and calls ----

    private static void LOAD_ATTR(ThreadState ts, Frame f, int i) {
        f.push(attribute(ts, f, f.pop(), i));
    }

    /** {@code obj.<name i>} for the instruction at {@code f.lasti} (its inline cache). */
    private static PyObject attribute(ThreadState ts, Frame f, PyObject obj, int i) {
        PyObject v = ts.fine() ? null : AttributeSites.load(f, obj, i);
        return v != null ? v : Attributes.get(obj, f.code.names()[i]);
    }

    private static void STORE_ATTR(ThreadState ts, Frame f, int i) {
        PyObject obj = f.pop();
        storeAttribute(ts, f, obj, i, f.pop());
    }

    /** {@code obj.<name i> = value} for the instruction at {@code f.lasti} (its inline cache). */
    private static void storeAttribute(ThreadState ts, Frame f, PyObject obj, int i, PyObject value) {
        if (!ts.fine() && AttributeSites.store(f, obj, i, value)) {
            return;
        }
        Attributes.set(obj, f.code.names()[i], value);
    }

    /** Pushes (method, self) when the attribute is a plain method, else (NULL, attribute). */
    private static void LOAD_METHOD(ThreadState ts, Frame f, int i) {
        pushMethod(ts, f, f.pop(), i);
    }

    /** LOAD_METHOD on {@code obj}, already off the stack. */
    private static void pushMethod(ThreadState ts, Frame f, PyObject obj, int i) {
        PyObject method = methodOrNull(ts, f, obj, i);
        if (method != null) {
            f.push(method);
            f.push(obj);
            return;
        }
        f.push(null);
        f.push(attributeNamed(f, obj, i));
    }

    /** LOAD_METHOD's first value: the plain method {@code obj.<name i>} calls with obj as self, or null (then the attribute). */
    private static PyObject methodOrNull(ThreadState ts, Frame f, PyObject obj, int i) {
        return ts.fine() ? null : AttributeSites.method(f, obj, i);
    }

    private static PyObject attributeNamed(Frame f, PyObject obj, int i) {
        return Attributes.get(obj, f.code.names()[i]);
    }

    /**
     * CALL's common case for compiled code, whose arguments are not on the frame's stack: the
     * callee's frame when {@code callable} is a Python function taking exactly {@code nargs}
     * positional arguments and no keywords were named (the caller then binds the arguments into
     * its locals and calls {@link #runPlain}), else null.
     */
    private static Frame plainFrame(ThreadState ts, Frame f, PyObject callable, int nargs) {
        if (f.kwnames != null || !(callable instanceof PyFunction fn) || fn.plainArity() != nargs) {
            return null;
        }
        Frame callee = ts.takeSpareFrame(fn);
        return callee != null ? callee : FunctionCall.newFrame(ts, fn);
    }

    private static PyObject runPlain(ThreadState ts, Frame callee) {
        if (callee.cells.length > 0) {
            FunctionCall.setUpCells(callee, callee.function);
        }
        PyObject result = Interpreter.execute(ts, callee);
        ts.releaseFrame(callee);
        return result;
    }

    /** The common case, kept small enough for the JIT to inline: a Python function called with positional arguments only. */
    private static void CALL(ThreadState ts, Frame f, int argc) {
        f.push(call(ts, f, argc));
    }

    /** CALL's work: calls the callable with the arguments on the stack, pops them all and gives the result. */
    private static PyObject call(ThreadState ts, Frame f, int argc) {
        if (f.kwnames == null) {
            PyObject method = f.peek(argc + 2);
            int nargs = method != null ? argc + 1 : argc;
            PyObject callable = method != null ? method : f.peek(argc + 1);
            if (callable instanceof PyFunction fn) {
                Frame callee = FunctionCall.plainPositionalFrame(ts, fn, f.stack, f.sp - nargs, nargs);
                if (callee != null) {
                    int newSp = f.sp - argc - 2;
                    clear(f.stack, newSp, f.sp);
                    f.sp = newSp;
                    PyObject result = Interpreter.execute(ts, callee);
                    ts.releaseFrame(callee);
                    return result;
                }
            }
        }
        return callGeneral(ts, f, argc);
    }

    private static PyObject callGeneral(ThreadState ts, Frame f, int argc) {
        String[] kwnames = f.kwnames;
        f.kwnames = null;
        boolean isMethod = f.peek(argc + 2) != null;
        int nargs = argc + (isMethod ? 1 : 0);
        PyObject callable = isMethod ? f.peek(argc + 2) : f.peek(argc + 1);
        PyObject[] args = new PyObject[nargs];
        System.arraycopy(f.stack, f.sp - nargs, args, 0, nargs);
        int newSp = f.sp - argc - 2;
        clear(f.stack, newSp, f.sp);
        f.sp = newSp;
        PyObject result;
        if (callable instanceof PyFunction fn) {
            return FunctionCall.call(ts, fn, null, args, kwnames);
        }
        if (callable instanceof org.ouroboros.vm.object.PyMethod pm && pm.function() instanceof PyFunction) {
            result = callable.call(args, kwnames);
        } else {
            // Like CPython, a call into a builtin (C) callable takes a level of the recursion budget.
            if (++ts.depth > ts.vm().recursionLimit()) {
                ts.depth--;
                throw PyExc.raise(PyExc.RECURSION_ERROR, "maximum recursion depth exceeded while calling a Python object");
            }
            try {
                if (callable instanceof PyMethodDescriptor m && isMethod && m.kind() == PyMethodDescriptor.Kind.INSTANCE) {
                    PyObject[] rest = new PyObject[nargs - 1];
                    System.arraycopy(args, 1, rest, 0, rest.length);
                    result = m.body().call(args[0], rest, kwnames);
                } else {
                    result = callable.call(args, kwnames);
                }
            } finally {
                ts.depth--;
            }
        }
        Interpreter.checkpoint(ts, f);
        return result;
    }

    /** Drops references to popped values (a plain loop: the ranges are a few slots). */
    private static void clear(PyObject[] stack, int from, int to) {
        for (int i = from; i < to; i++) {
            stack[i] = null;
        }
    }

    private static void CALL_FUNCTION_EX(Frame f, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? f.pop() : null;
        PyObject args = f.pop();
        PyObject func = f.pop();
        f.pop();
        if (!(args instanceof PyTuple) && args.type().lookup("__iter__") == null
                && args.type().lookup("__getitem__") == null) {
            throw PyExc.typeError(StrType.funcDescription(func) + " argument after * must be an iterable, not "
                    + args.type().name());
        }
        PyObject[] positional = args instanceof PyTuple t ? t.items() : toArray(args);
        if (kwargs == null || ((PyDict) kwargs).size() == 0) {
            f.push(func.call(positional, null));
            return;
        }
        PyDict kw = (PyDict) kwargs;
        String[] names = new String[kw.size()];
        PyObject[] all = new PyObject[positional.length + names.length];
        System.arraycopy(positional, 0, all, 0, positional.length);
        int k = 0;
        for (var e : kw.map().entrySet()) {
            if (!(e.getKey() instanceof PyStr s)) {
                throw PyExc.typeError("keywords must be strings");
            }
            names[k] = s.value();
            all[positional.length + k++] = e.getValue();
        }
        f.push(func.call(all, names));
    }

    private static PyObject[] toArray(PyObject iterable) {
        List<PyObject> items = new ArrayList<>();
        for (PyObject o : Ops.iterable(iterable)) {
            items.add(o);
        }
        return items.toArray(new PyObject[0]);
    }

    // ---- operators ----

    /** BINARY_OP's + and += with the int fast path, in a method small enough for the JVM to inline (Ops.binary is not). */
    private static PyObject add(PyObject a, PyObject b, int nb) {
        if (a.type() == Types.INT && b.type() == Types.INT && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
            long x = ((PyInt) a).longValue();
            long y = ((PyInt) b).longValue();
            long r = x + y;
            if (((x ^ r) & (y ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return Ops.binary(a, b, nb);
    }

    /** BINARY_OP's - and -=, likewise. */
    private static PyObject subtract(PyObject a, PyObject b, int nb) {
        if (a.type() == Types.INT && b.type() == Types.INT && ((PyInt) a).isSmall() && ((PyInt) b).isSmall()) {
            long x = ((PyInt) a).longValue();
            long y = ((PyInt) b).longValue();
            long r = x - y;
            if (((x ^ y) & (x ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return Ops.binary(a, b, nb);
    }

    private static void BINARY_OP(Frame f, int nb) {
        PyObject b = f.pop();
        f.push(Ops.binary(f.pop(), b, nb));
    }

    private static void COMPARE_OP(Frame f, int op) {
        PyObject b = f.pop();
        f.push(Ops.compare(f.pop(), b, op));
    }

    private static void IS_OP(Frame f, int invert) {
        PyObject b = f.pop();
        f.push(is(f.pop(), b, invert));
    }

    private static PyObject is(PyObject a, PyObject b, int invert) {
        return PyBool.of((a == b) ^ (invert != 0));
    }

    private static void CONTAINS_OP(Frame f, int invert) {
        PyObject container = f.pop();
        f.push(contains(f.pop(), container, invert));
    }

    private static PyObject contains(PyObject item, PyObject container, int invert) {
        return PyBool.of(Ops.contains(container, item) ^ (invert != 0));
    }

    private static void UNARY_NEGATIVE(Frame f) {
        PyObject v = f.pop();
        if (v.type() == Types.INT && ((PyInt) v).isSmall() && ((PyInt) v).longValue() != Long.MIN_VALUE) {
            f.push(PyInt.of(-((PyInt) v).longValue()));
        } else {
            f.push(Ops.unary(v, "__neg__", "-"));
        }
    }

    private static void BINARY_SUBSCR(Frame f) {
        PyObject key = f.pop();
        PyObject container = f.pop();
        f.push(Ops.getItem(container, key));
    }

    private static void STORE_SUBSCR(Frame f) {
        PyObject key = f.pop();
        PyObject container = f.pop();
        PyObject value = f.pop();
        Ops.setItem(container, key, value);
    }

    private static void DELETE_SUBSCR(Frame f) {
        PyObject key = f.pop();
        PyObject container = f.pop();
        Ops.delItem(container, key);
    }

    // ---- building containers ----

    private static void BUILD_SET(Frame f, int n) {
        PySet s = new PySet();
        for (PyObject o : popN(f, n)) {
            s.items().add(o);
        }
        f.push(s);
    }

    private static void BUILD_MAP(Frame f, int n) {
        PyObject[] kv = popN(f, 2 * n);
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(kv[2 * i], kv[2 * i + 1]);
        }
        f.push(d);
    }

    private static void BUILD_CONST_KEY_MAP(Frame f, int n) {
        PyTuple keys = (PyTuple) f.pop();
        PyObject[] values = popN(f, n);
        PyDict d = new PyDict();
        for (int i = 0; i < n; i++) {
            d.put(keys.get(i), values[i]);
        }
        f.push(d);
    }

    private static void BUILD_STRING(Frame f, int n) {
        StringBuilder sb = new StringBuilder();
        for (PyObject o : popN(f, n)) {
            sb.append(((PyStr) o).value());
        }
        f.push(new PyStr(sb.toString()));
    }

    private static void BUILD_SLICE(Frame f, int n) {
        PyObject step = n == 3 ? f.pop() : NONE;
        PyObject stop = f.pop();
        PyObject start = f.pop();
        f.push(new PySlice(start, stop, step));
    }

    private static void LIST_APPEND(Frame f, int i) {
        PyObject v = f.pop();
        ((PyList) f.peek(i)).append(v);
    }

    private static void SET_ADD(Frame f, int i) {
        PyObject v = f.pop();
        ((PySet) f.peek(i)).items().add(v);
    }

    private static void MAP_ADD(Frame f, int i) {
        PyObject value = f.pop();
        PyObject key = f.pop();
        ((PyDict) f.peek(i)).put(key, value);
    }

    private static void LIST_EXTEND(Frame f, int i) {
        PyObject iterable = f.pop();
        PyList list = (PyList) f.peek(i);
        if (iterable instanceof PyTuple t) {
            list.items().addAll(t.asList());
            return;
        }
        PyObject it;
        try {
            it = Ops.iter(iterable);
        } catch (PyException e) {
            if (e.matches(PyExc.TYPE_ERROR) && iterable.type().lookup("__iter__") == null
                    && iterable.type().lookup("__getitem__") == null) {
                throw PyExc.typeError("Value after * must be an iterable, not " + iterable.type().name());
            }
            throw e;
        }
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            list.append(v);
        }
    }

    private static void SET_UPDATE(Frame f, int i) {
        PyObject iterable = f.pop();
        PySet set = (PySet) f.peek(i);
        if (iterable instanceof PySet other) {
            set.items().addAll(other.items());
            return;
        }
        for (PyObject o : Ops.iterable(iterable)) {
            set.items().add(o);
        }
    }

    private static void DICT_UPDATE(Frame f, int i) {
        PyObject other = f.pop();
        PyDict d = (PyDict) f.peek(i);
        if (!(other instanceof PyDict od)) {
            PyObject keys = Attributes.getOrNull(other, "keys");
            if (keys == null) {
                throw PyExc.typeError("'" + other.type().name() + "' object is not a mapping");
            }
            for (PyObject k : Ops.iterable(keys.call())) {
                d.put(k, Ops.getItem(other, k));
            }
            return;
        }
        d.putAll(od);
    }

    private static void DICT_MERGE(Frame f, int i) {
        PyObject other = f.pop();
        PyDict d = (PyDict) f.peek(i);
        PyObject func = f.peek(i + 2);
        if (!(other instanceof PyDict od)) {
            throw PyExc.typeError(StrType.funcDescription(func) + " argument after ** must be a mapping, not "
                    + other.type().name());
        }
        for (var e : od.map().entrySet()) {
            if (d.containsKey(e.getKey())) {
                throw PyExc.typeError(StrType.funcDescription(func) + " got multiple values for keyword argument '"
                        + Ops.str(e.getKey()).value() + "'");
            }
            d.put(e.getKey(), e.getValue());
        }
    }

    private static void FORMAT_VALUE(Frame f, int flags) {
        PyObject spec = (flags & 4) != 0 ? f.pop() : null;
        PyObject v = f.pop();
        switch (flags & 3) {
            case 1 -> v = Ops.str(v);
            case 2 -> v = Ops.repr(v);
            case 3 -> v = new PyStr(StrType.ascii(Ops.repr(v).value()));
            default -> { }
        }
        if (spec == null && v.type() == Types.STR) {
            f.push(v);
            return;
        }
        f.push(StrType.format(v, spec == null ? "" : ((PyStr) spec).value()));
    }

    private static void UNPACK_SEQUENCE(Frame f, int n) {
        PyObject seq = f.pop();
        PyObject[] items;
        if (seq instanceof PyTuple t && seq.type() == Types.TUPLE) {
            items = t.items();
        } else if (seq instanceof PyList l && seq.type() == Types.LIST) {
            items = l.items().toArray(new PyObject[0]);
        } else {
            items = unpackIterable(seq, n);
        }
        if (items.length != n) {
            if (items.length < n) {
                throw PyExc.valueError("not enough values to unpack (expected " + n + ", got " + items.length + ")");
            }
            throw PyExc.valueError("too many values to unpack (expected " + n + ")");
        }
        for (int i = n - 1; i >= 0; i--) {
            f.push(items[i]);
        }
    }

    private static PyObject[] unpackIterable(PyObject seq, int n) {
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TYPE_ERROR)) {
                throw PyExc.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        List<PyObject> items = new ArrayList<>();
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            items.add(v);
            if (items.size() > n) {
                throw PyExc.valueError("too many values to unpack (expected " + n + ")");
            }
        }
        return items.toArray(new PyObject[0]);
    }

    private static void UNPACK_EX(Frame f, int arg) {
        int before = arg & 0xff;
        int after = arg >> 8;
        PyObject seq = f.pop();
        List<PyObject> items = new ArrayList<>();
        PyObject it;
        try {
            it = Ops.iter(seq);
        } catch (PyException e) {
            if (e.matches(PyExc.TYPE_ERROR)) {
                throw PyExc.typeError("cannot unpack non-iterable " + seq.type().name() + " object");
            }
            throw e;
        }
        for (PyObject v = Ops.next(it); v != null; v = Ops.next(it)) {
            items.add(v);
        }
        if (items.size() < before + after) {
            throw PyExc.valueError("not enough values to unpack (expected at least " + (before + after) + ", got "
                    + items.size() + ")");
        }
        for (int i = items.size() - 1; i >= items.size() - after; i--) {
            f.push(items.get(i));
        }
        f.push(new PyList(items.subList(before, items.size() - after)));
        for (int i = before - 1; i >= 0; i--) {
            f.push(items.get(i));
        }
    }

    // ---- iteration and jumps ----

    private static PyObject nextItem(PyObject it) {
        return it instanceof org.ouroboros.vm.object.PyIter pi ? pi.next()
                : it instanceof PyGenerator g ? g.next() : Ops.next(it);
    }

    private static void FOR_ITER(Frame f, int target) {
        if (!forIterPushed(f)) {
            f.pc = target;
        }
    }

    /** FOR_ITER's step: pushes the iterator's next item, or pops the exhausted iterator and says so (false). */
    static boolean forIterPushed(Frame f) {
        PyObject v = nextOrPop(f);
        if (v != null) {
            f.push(v);
            return true;
        }
        return false;
    }

    /** The next item of the iterator on top of the stack; when it is exhausted, pops it and gives null. */
    static PyObject nextOrPop(Frame f) {
        PyObject v = nextItem(f.top());
        if (v == null) {
            f.pop();
        }
        return v;
    }

    private static void GET_YIELD_FROM_ITER(Frame f) {
        PyObject v = f.top();
        if (v instanceof PyGenerator g) {
            if (g.isCoroutine() && !f.code.has(CodeObject.CO_COROUTINE)
                    && !f.code.has(CodeObject.CO_ITERABLE_COROUTINE)) {
                throw PyExc.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return;
        }
        f.pop();
        f.push(Ops.iter(v));
    }

    private static void JUMP_BACKWARD(ThreadState ts, Frame f, int target) {
        f.pc = target;
        Interpreter.checkpoint(ts, f);
    }

    private static void POP_JUMP_IF_FALSE(Frame f, int target) {
        if (!popTruth(f)) {
            f.pc = target;
        }
    }

    private static void POP_JUMP_IF_TRUE(Frame f, int target) {
        if (popTruth(f)) {
            f.pc = target;
        }
    }

    /** The conditional jumps' test: pops TOS and gives its truth value. */
    static boolean popTruth(Frame f) {
        return truth(f.pop());
    }

    static boolean truth(PyObject v) {
        return v == PyBool.TRUE || (v != PyBool.FALSE && Ops.truthy(v));
    }

    private static void POP_JUMP_IF_NONE(Frame f, int target, boolean ifNone) {
        if (popIsNone(f) == ifNone) {
            f.pc = target;
        }
    }

    static boolean popIsNone(Frame f) {
        return f.pop() == NONE;
    }

    private static void JUMP_IF_OR_POP(Frame f, int target, boolean when) {
        if (keepIfTruthIs(f, when)) {
            f.pc = target;
        }
    }

    /** JUMP_IF_TRUE_OR_POP's test (when = true): true if TOS's truth is {@code when} (it stays, the jump is taken), else pops it. */
    static boolean keepIfTruthIs(Frame f, boolean when) {
        if (Ops.truthy(f.top()) == when) {
            return true;
        }
        f.pop();
        return false;
    }

    // ---- generators and coroutines ----

    private static PyObject YIELD_VALUE(Frame f) {
        PyObject v = f.pop();
        f.generator.yielded = true;
        return v;
    }

    /** Sends TOS into the receiver below it; on return pops the receiver, pushes the value and jumps. */
    private static void SEND(Frame f, int target) {
        PyObject value = f.pop();
        PyObject receiver = f.top();
        PyObject r;
        if (receiver instanceof PyGenerator g) {
            try {
                r = g.send(value);
            } catch (PyException e) {
                if (!e.matches(PyExc.STOP_ITERATION)) {
                    throw e;
                }
                f.pop();
                PyTuple args = e.value().args();
                f.push(args.size() > 0 ? args.get(0) : NONE);
                f.pc = target;
                return;
            }
            f.push(r);
            return;
        }
        try {
            if (value == NONE) {
                PyObject next = receiver.type().lookup("__next__");
                if (next == null) {
                    throw PyExc.typeError("'" + receiver.type().name() + "' object is not an iterator");
                }
                r = Calls.callMethod(next, receiver, new PyObject[0], null);
            } else {
                r = Attributes.get(receiver, "send").call(value);
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.STOP_ITERATION)) {
                throw e;
            }
            f.pop();
            PyTuple args = e.value().args();
            f.push(args.size() > 0 ? args.get(0) : NONE);
            f.pc = target;
            return;
        }
        f.push(r);
    }

    private static void GET_AWAITABLE(Frame f, int where) {
        PyObject v = f.pop();
        f.push(awaitable(v, where));
    }

    static PyObject awaitable(PyObject v, int where) {
        if (v instanceof PyGenerator g) {
            if (g.isCoroutine()) {
                if (g.running() || (g.started() && !g.finished() && g.frame() != null && isAwaitingAlready(g))) {
                    throw PyExc.runtimeError("coroutine is being awaited already");
                }
                return v;
            }
            if (g.frame() != null && g.frame().code.has(CodeObject.CO_ITERABLE_COROUTINE)) {
                return v; // a generator made awaitable by types.coroutine
            }
        }
        PyObject await = v.type().lookup("__await__");
        if (await == null) {
            String ctx = where == 1 ? "'async with' received an object from __aenter__ that does not implement __await__: "
                    : where == 2 ? "'async with' received an object from __aexit__ that does not implement __await__: "
                    : null;
            if (ctx != null) {
                throw PyExc.typeError(ctx + v.type().name());
            }
            throw PyExc.typeError("object " + v.type().name() + " can't be used in 'await' expression");
        }
        PyObject it = Calls.callMethod(await, v, new PyObject[0], null);
        if (it instanceof PyGenerator g && g.isCoroutine()) {
            throw PyExc.typeError("__await__() returned a coroutine");
        }
        if (it.type().lookup("__next__") == null) {
            throw PyExc.typeError("__await__() returned non-iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    private static boolean isAwaitingAlready(PyGenerator g) {
        return false;
    }

    // ---- functions and classes ----

    private static void MAKE_FUNCTION(Frame f, int flags) {
        CodeObject code = ((PyCode) f.pop()).code();
        PyCell[] closure = null;
        if ((flags & 8) != 0) {
            PyTuple cells = (PyTuple) f.pop();
            closure = new PyCell[cells.size()];
            for (int i = 0; i < closure.length; i++) {
                closure[i] = (PyCell) cells.get(i);
            }
        }
        PyObject annotations = (flags & 4) != 0 ? f.pop() : null;
        PyDict kwdefaults = (flags & 2) != 0 ? (PyDict) f.pop() : null;
        PyTuple defaults = (flags & 1) != 0 ? (PyTuple) f.pop() : null;
        PyFunction fn = new PyFunction(code, f.globals, defaults, kwdefaults, closure);
        if (annotations instanceof PyDict a) {
            fn.setAnnotations(a);
        } else if (annotations instanceof PyTuple t) {
            PyDict a = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                a.put(t.get(i), t.get(i + 1));
            }
            fn.setAnnotations(a);
        }
        if (code.consts().length > 0 && code.consts()[0] instanceof PyStr doc && PyCode.hasDocstring(code)) {
            fn.setDoc(doc);
        }
        f.push(fn);
    }

    // ---- exceptions ----

    private static void RAISE_VARARGS(ThreadState ts, Frame f, int n) {
        switch (n) {
            case 0 -> {
                PyBaseException active = ts.handled;
                if (active == null) {
                    throw PyExc.runtimeError("No active exception to reraise");
                }
                f.reraising = true;
                throw new PyException(active);
            }
            case 1 -> throw Exceptions.raise(ts, f.pop(), null);
            default -> {
                PyObject cause = f.pop();
                PyObject exc = f.pop();
                throw Exceptions.raise(ts, exc, cause);
            }
        }
    }

    private static void PUSH_EXC_INFO(ThreadState ts, Frame f) {
        PyObject exc = f.pop();
        f.push(ts.handled == null ? NONE : ts.handled);
        ts.handled = (PyBaseException) exc;
        f.push(exc);
    }

    private static void POP_EXCEPT(ThreadState ts, Frame f) {
        PyObject prev = f.pop();
        ts.handled = prev == NONE ? null : (PyBaseException) prev;
    }

    /** Re-raises TOS without adding a traceback entry (the exception already has this frame's). */
    private static void RERAISE(Frame f, int oparg) {
        PyObject exc = f.pop();
        f.reraising = true;
        throw new PyException((PyBaseException) exc);
    }

    private static void CHECK_EXC_MATCH(Frame f) {
        PyObject type = f.pop();
        PyObject exc = f.top();
        checkExceptionClass(type);
        f.push(PyBool.of(Ops.isInstance(exc, type)));
    }

    private static void checkExceptionClass(PyObject type) {
        if (type instanceof PyTuple t) {
            for (PyObject o : t.items()) {
                checkExceptionClass(o);
            }
            return;
        }
        if (!(type instanceof PyType c) || !c.isSubtype(PyExc.BASE_EXCEPTION)) {
            throw PyExc.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    private static void BEFORE_WITH(Frame f) {
        PyObject mgr = f.pop();
        PyType t = mgr.type();
        PyObject enter = t.lookup("__enter__");
        PyObject exit = t.lookup("__exit__");
        if (enter == null) {
            throw PyExc.typeError("'" + t.name() + "' object does not support the context manager protocol");
        }
        if (exit == null) {
            throw PyExc.typeError("'" + t.name() + "' object does not support the context manager protocol (missed __exit__ method)");
        }
        f.push(Attributes.bindDescriptor(exit, mgr, t));
        f.push(Calls.callMethod(enter, mgr, new PyObject[0], null));
    }

    private static void WITH_EXCEPT_START(Frame f) {
        PyObject exc = f.peek(1);
        PyObject exit = f.peek(4);
        f.push(exit.call(exc.type(), exc, PyCode.traceback(exc)));
    }

    private static void BEFORE_ASYNC_WITH(Frame f) {
        PyObject mgr = f.pop();
        PyType t = mgr.type();
        PyObject enter = t.lookup("__aenter__");
        PyObject exit = t.lookup("__aexit__");
        if (enter == null) {
            throw PyExc.typeError("'" + t.name() + "' object does not support the asynchronous context manager protocol");
        }
        if (exit == null) {
            throw PyExc.typeError("'" + t.name()
                    + "' object does not support the asynchronous context manager protocol (missed __aexit__ method)");
        }
        f.push(Attributes.bindDescriptor(exit, mgr, t));
        f.push(Calls.callMethod(enter, mgr, new PyObject[0], null));
    }

    private static void END_ASYNC_FOR(Frame f) {
        PyObject exc = f.pop();
        f.pop();
        if (!(exc instanceof PyBaseException e && e.type().isSubtype(PyExc.STOP_ASYNC_ITERATION))) {
            f.reraising = true;
            throw new PyException((PyBaseException) exc);
        }
    }

    // ---- imports and module-level odds ----

    private static void IMPORT_NAME(ThreadState ts, Frame f, int i) {
        PyObject fromlist = f.pop();
        f.pop();
        f.push(ts.vm().importModule(f.code.names()[i], fromlist != NONE));
    }

    private static void IMPORT_FROM(Frame f, int i) {
        PyObject module = f.top();
        String name = f.code.names()[i];
        PyObject v = Attributes.getOrNull(module, name);
        if (v == null) {
            String modName = module instanceof PyModule m ? m.name() : "?";
            PyException e = PyExc.raise(PyExc.IMPORT_ERROR, "cannot import name '" + name + "' from '" + modName
                    + "' (unknown location)");
            e.value().dict().put("name", new PyStr(modName));
            throw e;
        }
        f.push(v);
    }

    private static void IMPORT_STAR(Frame f) {
        PyObject module = f.pop();
        PyDict ns = module.dict();
        if (ns == null) {
            return;
        }
        for (var e : new ArrayList<>(ns.map().entrySet())) {
            if (e.getKey() instanceof PyStr s && !s.value().startsWith("_")) {
                Ops.setItem(f.locals, s, e.getValue());
            }
        }
    }

    private static void SETUP_ANNOTATIONS(Frame f) {
        PyStr key = new PyStr("__annotations__");
        if (lookupIn(f.locals, key) == null) {
            Ops.setItem(f.locals, key, new PyDict());
        }
    }

    private static void PRINT_EXPR(ThreadState ts, Frame f) {
        PyObject v = f.pop();
        if (v != NONE) {
            ts.vm().writeOut(Ops.repr(v).value() + "\n");
        }
    }
}
