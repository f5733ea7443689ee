package org.ouroboros.vm.interp;

import static org.objectweb.asm.Opcodes.ACC_FINAL;
import static org.objectweb.asm.Opcodes.ACC_PUBLIC;
import static org.objectweb.asm.Opcodes.ACC_SUPER;
import static org.objectweb.asm.Opcodes.ALOAD;
import static org.objectweb.asm.Opcodes.ARETURN;
import static org.objectweb.asm.Opcodes.GETFIELD;
import static org.objectweb.asm.Opcodes.GOTO;
import static org.objectweb.asm.Opcodes.ICONST_0;
import static org.objectweb.asm.Opcodes.ICONST_1;
import static org.objectweb.asm.Opcodes.IFEQ;
import static org.objectweb.asm.Opcodes.IFNE;
import static org.objectweb.asm.Opcodes.IF_ACMPEQ;
import static org.objectweb.asm.Opcodes.IF_ACMPNE;
import static org.objectweb.asm.Opcodes.ASTORE;
import static org.objectweb.asm.Opcodes.INVOKESPECIAL;
import static org.objectweb.asm.Opcodes.INVOKESTATIC;
import static org.objectweb.asm.Opcodes.INVOKEVIRTUAL;
import static org.objectweb.asm.Opcodes.POP;
import static org.objectweb.asm.Opcodes.PUTFIELD;
import static org.objectweb.asm.Opcodes.RETURN;
import static org.objectweb.asm.Opcodes.V17;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Type;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.code.ExceptionTableEntry;
import org.ouroboros.vm.code.Instruction;
import org.ouroboros.vm.code.Opcode;

/**
 * Turns a code object into a JVM class whose one method does what the interpreter loop would do
 * for it: instruction after instruction, the same call to the opcode's method in {@link Opcodes}
 * (found by its name), with Python jumps as JVM jumps. What it saves is the loop's fetch and
 * its switch, whose one indirect jump the processor mispredicts on most instructions; the JVM
 * then compiles each Python function's instructions as straight-line code with the opcode
 * methods inlined. The frame keeps its value stack and locals, so the interpreter and compiled
 * code can hand a frame to each other at any loop head or exception handler.
 *
 * <p>Left to the interpreter: generators and coroutines (they suspend mid-frame), and code too
 * long for the JVM to compile (a method over 8,000 bytes of bytecode is never JIT-compiled).
 */
public final class TemplateCompiler {
    private TemplateCompiler() {}

    private static final java.util.concurrent.atomic.AtomicLong FAILURES = new java.util.concurrent.atomic.AtomicLong();

    /**
     * Code objects this JVM failed to compile (they ran interpreted). Always 0 unless the compiler
     * has a bug: a failure never reaches the program, so tests assert on this count.
     */
    public static long failures() {
        return FAILURES.get();
    }

    /** HotSpot never JIT-compiles a method of more bytecode than this (-XX:HugeMethodLimit): it would run slower than the interpreter loop. */
    private static final int HUGE_METHOD_BYTES = 8000;

    private static final int THIS = 0;
    private static final int TS = 1;
    private static final int F = 2;
    private static final String OPCODES = Type.getInternalName(Opcodes.class);
    private static final String FRAME = Type.getInternalName(Frame.class);
    private static final String THREAD_STATE = Type.getDescriptor(ThreadState.class);
    private static final String FRAME_D = Type.getDescriptor(Frame.class);
    private static final String PY_OBJECT_D = Type.getDescriptor(org.ouroboros.vm.object.PyObject.class);
    private static final String RUN_D = "(" + THREAD_STATE + FRAME_D + ")" + PY_OBJECT_D;
    private static final String INTERPRET_D = "(" + THREAD_STATE + FRAME_D + "[I)" + PY_OBJECT_D;
    private static final String DISPATCH_D = "(" + THREAD_STATE + FRAME_D + Type.getDescriptor(Instruction.class) + ")"
            + PY_OBJECT_D;
    private static final Map<Opcode, Method> HANDLERS = handlers();
    private static final MethodHandles.Lookup NEST = Opcodes.nestLookup();

    /**
     * Compiled bodies by the shape they were made from. A body reads constants, names and caches
     * through its frame, so code of the same shape shares one: a program run again in a new VM,
     * or two functions that differ only in names, run code the JVM has already optimised.
     */
    private static final Map<Shape, CompiledBody> MADE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(64, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Shape, CompiledBody> eldest) {
                    return size() > 1024; // each is a class (a few KB of metaspace) the JVM may have compiled
                }
            });

    /**
     * What a compiled body depends on: the flavour, each instruction's opcode and argument (and,
     * reporting lines, where the line may change), and the exception table.
     */
    private record Shape(int[] words) {
        static Shape of(CodeObject code, boolean lines) {
            Instruction[] in = code.instructions();
            boolean[] check = lines ? PackedCode.lineMayChange(code) : null;
            List<ExceptionTableEntry> table = code.exceptionTable();
            int[] w = new int[1 + 2 * in.length + 3 * table.size()];
            w[0] = lines ? 1 : 0;
            for (int i = 0; i < in.length; i++) {
                w[1 + 2 * i] = in[i].opcode().ordinal() | (lines && check[i] ? 1 << 16 : 0);
                w[2 + 2 * i] = in[i].arg();
            }
            for (int k = 0; k < table.size(); k++) {
                w[1 + 2 * in.length + 3 * k] = table.get(k).start();
                w[2 + 2 * in.length + 3 * k] = table.get(k).end();
                w[3 + 2 * in.length + 3 * k] = table.get(k).target();
            }
            return new Shape(w);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Shape s && java.util.Arrays.equals(words, s.words);
        }

        @Override
        public int hashCode() {
            return java.util.Arrays.hashCode(words);
        }
    }

    /** The compiled form of {@code code}, or null when it stays interpreted (see the class comment). */
    static CompiledBody compile(CodeObject code, boolean lines) {
        if (!compilable(code, lines)) {
            return null;
        }
        Shape shape = Shape.of(code, lines);
        CompiledBody body = MADE.get(shape);
        if (body == null) {
            try {
                body = define(code, lines);
            } catch (RuntimeException | LinkageError e) {
                // The program must not pay for a compiler bug: it goes on interpreted.
                FAILURES.incrementAndGet();
                return null;
            }
            MADE.put(shape, body);
        }
        return body;
    }

    /** Set {@code -Douroboros.jit.dump=DIR} to get each generated class as DIR/qualname.class, for {@code javap -c}. */
    private static final String DUMP = System.getProperty("ouroboros.jit.dump");

    private static CompiledBody define(CodeObject code, boolean lines) {
        try {
            byte[] bytes = classBytes(code, lines);
            if (DUMP != null) {
                java.nio.file.Files.write(java.nio.file.Path.of(DUMP, code.qualname().replaceAll("[^A-Za-z0-9_.]", "_")
                        + ".class"), bytes);
            }
            MethodHandles.Lookup made = NEST.defineHiddenClass(bytes, true,
                    MethodHandles.Lookup.ClassOption.NESTMATE);
            return (CompiledBody) made.findConstructor(made.lookupClass(), MethodType.methodType(void.class)).invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("compiling " + code.qualname(), e);
        }
    }

    static boolean compilable(CodeObject code, boolean lines) {
        if (code.has(CodeObject.CO_GENERATOR) || code.has(CodeObject.CO_COROUTINE)
                || code.has(CodeObject.CO_ASYNC_GENERATOR) || bytecodeBound(code, lines) >= HUGE_METHOD_BYTES) {
            return false;
        }
        for (Instruction in : code.instructions()) {
            switch (in.opcode()) {
                case YIELD_VALUE, SEND, RETURN_GENERATOR -> {
                    return false;
                }
                default -> { }
            }
        }
        return true;
    }

    /**
     * An upper bound of the generated method's size: the entry switch, then per instruction at
     * most 22 bytes of template, 5 bytes to flush the one value it may have left cached and, when
     * it reports lines, 13 bytes for that.
     */
    private static int bytecodeBound(CodeObject code, boolean lines) {
        int bound = 64 + 8 * (code.exceptionTable().size() + code.instructions().length);
        for (Instruction in : code.instructions()) {
            bound += (lines ? 13 : 0) + switch (in.opcode()) {
                case CALL -> 90 + 20 * in.arg(); // callCached: two ways to bind the arguments, and the general path
                case LOAD_METHOD -> 40;
                default -> 27;
            };
        }
        return bound;
    }

    private static byte[] classBytes(CodeObject code, boolean lines) {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String a, String b) {
                return "java/lang/Object"; // locals never change type; only the verifier's merges ask
            }
        };
        cw.visit(V17, ACC_FINAL | ACC_SUPER, Type.getInternalName(Opcodes.class).replace("Opcodes", "Compiled"), null,
                Type.getInternalName(CompiledBody.class), null);
        MethodVisitor init = cw.visitMethod(ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(ALOAD, THIS);
        init.visitMethodInsn(INVOKESPECIAL, Type.getInternalName(CompiledBody.class), "<init>", "()V", false);
        init.visitInsn(RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();
        MethodVisitor mv = cw.visitMethod(0, "run", RUN_D, null, null); // overrides the package-private run
        mv.visitCode();
        new Body(code, lines, mv).emit();
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        cw.visitEnd();
        return cw.toByteArray();
    }

    /**
     * An opcode's form that takes its operands as values and gives its result as a value, so
     * that compiled code can keep the top of the Python stack in JVM locals (where the JVM keeps
     * them in registers) instead of storing each into the frame's stack array and loading it
     * back. {@code params} spells the method's parameters: t = ThreadState, f = Frame, a = the
     * instruction's argument, 0 = TOS, 1 = the value below it, 2 = below that.
     */
    private record ValueForm(Class<?> owner, String method, String params, boolean pushes, boolean onFrame) {
        ValueForm(Class<?> owner, String method, String params, boolean pushes) {
            this(owner, method, params, pushes, false);
        }

        int operands() {
            return (int) params.chars().filter(Character::isDigit).count();
        }

        Method resolve() {
            for (Method m : owner.getDeclaredMethods()) {
                if (m.getName().equals(method) && Modifier.isStatic(m.getModifiers())
                        && m.getParameterCount() == params.length()) {
                    return m;
                }
            }
            throw new IllegalStateException("no " + owner.getSimpleName() + "." + method);
        }
    }

    private static final Map<Opcode, ValueForm> VALUE_FORMS = valueForms();

    private static Map<Opcode, ValueForm> valueForms() {
        Map<Opcode, ValueForm> m = new EnumMap<>(Opcode.class);
        Class<?> ops = org.ouroboros.vm.object.Ops.class;
        m.put(Opcode.LOAD_FAST, new ValueForm(Opcodes.class, "localOrRaise", "fa", true));
        m.put(Opcode.LOAD_CONST, new ValueForm(Opcodes.class, "constant", "fa", true));
        m.put(Opcode.STORE_FAST, new ValueForm(Opcodes.class, "storeFast", "fa0", false));
        m.put(Opcode.POP_TOP, new ValueForm(Opcodes.class, "discard", "tf0", false));
        m.put(Opcode.LOAD_ATTR, new ValueForm(Opcodes.class, "attribute", "tf0a", true));
        m.put(Opcode.STORE_ATTR, new ValueForm(Opcodes.class, "storeAttribute", "tf0a1", false));
        m.put(Opcode.BINARY_OP, new ValueForm(ops, "binary", "10a", true));
        m.put(Opcode.COMPARE_OP, new ValueForm(ops, "compare", "10a", true));
        m.put(Opcode.IS_OP, new ValueForm(Opcodes.class, "is", "10a", true));
        m.put(Opcode.CONTAINS_OP, new ValueForm(Opcodes.class, "contains", "10a", true));
        m.put(Opcode.BINARY_SUBSCR, new ValueForm(ops, "getItem", "10", true));
        m.put(Opcode.STORE_SUBSCR, new ValueForm(ops, "setItem", "102", false));
        m.put(Opcode.GET_ITER, new ValueForm(ops, "iter", "0", true));
        // Its operands are on the frame's stack (a callee's arguments are copied from there); the result is a value.
        m.put(Opcode.CALL, new ValueForm(Opcodes.class, "call", "tfa", true, true));
        return m;
    }

    /** BINARY_OP's value form for its operator: + and - have an int fast path the JVM inlines. */
    private static final ValueForm ADD = new ValueForm(Opcodes.class, "add", "10a", true);
    private static final ValueForm SUBTRACT = new ValueForm(Opcodes.class, "subtract", "10a", true);

    private static ValueForm binaryForm(int nb) {
        return switch (nb) {
            case 0, 13 -> ADD;
            case 10, 23 -> SUBTRACT;
            default -> VALUE_FORMS.get(Opcode.BINARY_OP);
        };
    }

    private static final Map<ValueForm, Method> VALUE_METHODS = new java.util.HashMap<>();

    static {
        for (ValueForm form : VALUE_FORMS.values()) {
            VALUE_METHODS.put(form, form.resolve());
        }
        VALUE_METHODS.put(ADD, ADD.resolve());
        VALUE_METHODS.put(SUBTRACT, SUBTRACT.resolve());
    }

    /**
     * The method body for one code object: an entry switch on {@code f.pc}, then one template per
     * instruction. Values an instruction leaves on top of the stack may stay in JVM locals (the
     * "cached" values) until an instruction needs the frame's stack; they are pushed onto the frame
     * ("flushed") before any jump, at every place a jump or an exception handler can arrive, and
     * where an exception-table range starts, so that the frame's stack is what the interpreter
     * would have whenever anything but the next few templates can see it. A value above a
     * handler's depth that an exception loses is one the handler would have popped.
     */
    private static final class Body {
        /** At most this many stack values are kept in JVM locals. */
        private static final int CACHE = 8;
        private static final int FIRST_CACHE_LOCAL = 3;

        private final Instruction[] code;
        private final CodeObject co;
        private final MethodVisitor mv;
        private final Label[] at;
        private final boolean[] sync;
        private final Label interpret = new Label();
        /** Where the coarse trace's line check goes (see {@link PackedCode#lineMayChange}); null: plain flavour. */
        private final boolean[] lineCheck;
        /** The JVM local holding each cached value, the lowest first; {@code cached} of them are in use. */
        private final int[] local = new int[CACHE];
        private int cached;

        Body(CodeObject co, boolean lines, MethodVisitor mv) {
            this.co = co;
            this.lineCheck = lines ? PackedCode.lineMayChange(co) : null;
            this.code = co.instructions();
            this.mv = mv;
            this.at = new Label[code.length + 1];
            for (int i = 0; i < at.length; i++) {
                at[i] = new Label();
            }
            this.sync = syncPoints();
        }

        void emit() {
            entrySwitch();
            for (int i = 0; i < code.length; i++) {
                if (sync[i]) {
                    flush();
                }
                mv.visitLabel(at[i]);
                if (lineCheck != null && lineCheck[i]) {
                    traceLine(i);
                }
                instruction(i, code[i]);
            }
            // Running off the end is the interpreter's business (it reports what it would).
            flush();
            mv.visitLabel(at[code.length]);
            setField("pc", code.length);
            mv.visitLabel(interpret);
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, F);
            mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, lineCheck != null ? "lineOps" : "ops", "()[I", false);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "run", INTERPRET_D, false);
            mv.visitInsn(ARETURN);
        }

        /** Instructions where the frame's stack must be complete: jump targets, entries, exception-range bounds. */
        private boolean[] syncPoints() {
            boolean[] s = new boolean[code.length + 1];
            s[0] = true;
            for (Instruction in : code) {
                if (in.opcode().isJump() && in.arg() >= 0 && in.arg() <= code.length) {
                    s[in.arg()] = true;
                }
            }
            for (ExceptionTableEntry e : co.exceptionTable()) {
                s[Math.min(e.start(), code.length)] = true;
                s[Math.min(e.end(), code.length)] = true;
                s[Math.min(e.target(), code.length)] = true;
            }
            return s;
        }

        /** Where a frame can come in: its start, every loop head (from the interpreter) and every exception handler. */
        private void entrySwitch() {
            TreeSet<Integer> entries = new TreeSet<>();
            entries.add(0);
            for (Instruction in : code) {
                if (in.opcode() == Opcode.JUMP_BACKWARD) {
                    entries.add(in.arg());
                }
            }
            for (ExceptionTableEntry e : co.exceptionTable()) {
                entries.add(e.target());
            }
            int[] keys = entries.stream().mapToInt(Integer::intValue).toArray();
            Label[] targets = new Label[keys.length];
            for (int k = 0; k < keys.length; k++) {
                targets[k] = at[keys[k]];
            }
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "pc", "I");
            mv.visitLookupSwitchInsn(interpret, keys, targets);
        }

        private void instruction(int i, Instruction in) {
            int arg = in.arg();
            Opcode op = in.opcode();
            switch (op) {
                case NOP, MAKE_CELL, COPY_FREE_VARS -> { }
                case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> {
                    flush();
                    mv.visitJumpInsn(GOTO, at[arg]);
                }
                case JUMP_BACKWARD -> {
                    flush();
                    setField("lasti", i);
                    setField("pc", arg);
                    mv.visitVarInsn(ALOAD, TS);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(Interpreter.class), "checkpoint",
                            "(" + THREAD_STATE + FRAME_D + ")V", false);
                    mv.visitJumpInsn(GOTO, at[arg]);
                }
                case POP_JUMP_FORWARD_IF_FALSE, POP_JUMP_BACKWARD_IF_FALSE -> test(i, "truth", IFEQ, arg);
                case POP_JUMP_FORWARD_IF_TRUE, POP_JUMP_BACKWARD_IF_TRUE -> test(i, "truth", IFNE, arg);
                case POP_JUMP_FORWARD_IF_NONE, POP_JUMP_BACKWARD_IF_NONE -> testNone(i, IF_ACMPEQ, arg);
                case POP_JUMP_FORWARD_IF_NOT_NONE, POP_JUMP_BACKWARD_IF_NOT_NONE -> testNone(i, IF_ACMPNE, arg);
                case FOR_ITER -> forIter(i, arg);
                case JUMP_IF_TRUE_OR_POP, JUMP_IF_FALSE_OR_POP -> {
                    flush();
                    setField("lasti", i);
                    mv.visitVarInsn(ALOAD, F);
                    mv.visitInsn(op == Opcode.JUMP_IF_TRUE_OR_POP ? ICONST_1 : ICONST_0);
                    mv.visitMethodInsn(INVOKESTATIC, OPCODES, "keepIfTruthIs", "(" + FRAME_D + "Z)Z", false);
                    mv.visitJumpInsn(IFNE, at[arg]);
                }
                case RETURN_VALUE -> {
                    setField("lasti", i);
                    if (cached > 0) {
                        mv.visitVarInsn(ALOAD, local[--cached]);
                    } else {
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "pop", "()" + PY_OBJECT_D, false);
                    }
                    cached = 0;
                    mv.visitInsn(ARETURN);
                }
                case COPY -> {
                    if (arg <= cached && cached < CACHE) {
                        mv.visitVarInsn(ALOAD, local[cached - arg]);
                        store();
                    } else {
                        frameForm(i, in);
                    }
                }
                case SWAP -> {
                    if (arg <= cached) { // the values stay where they are; which local is which position changes
                        int top = local[cached - 1];
                        local[cached - 1] = local[cached - arg];
                        local[cached - arg] = top;
                    } else {
                        frameForm(i, in);
                    }
                }
                case LOAD_METHOD -> {
                    if (cached >= 1 && cached < CACHE) {
                        loadMethod(i, arg);
                    } else if (cached >= 1) { // pushMethod pushes two onto the frame: what is below must be there first
                        int obj = local[--cached];
                        flush();
                        setField("lasti", i);
                        mv.visitVarInsn(ALOAD, TS);
                        mv.visitVarInsn(ALOAD, F);
                        mv.visitVarInsn(ALOAD, obj);
                        pushInt(arg);
                        mv.visitMethodInsn(INVOKESTATIC, OPCODES, "pushMethod",
                                "(" + THREAD_STATE + FRAME_D + PY_OBJECT_D + "I)V", false);
                    } else {
                        frameForm(i, in);
                    }
                }
                case CALL -> {
                    if (arg + 2 <= cached) {
                        callCached(i, arg);
                    } else {
                        flush();
                        valueForm(i, VALUE_FORMS.get(Opcode.CALL), arg);
                    }
                }
                default -> {
                    ValueForm form = op == Opcode.BINARY_OP ? binaryForm(arg) : VALUE_FORMS.get(op);
                    if (form != null && form.onFrame()) {
                        flush();
                        valueForm(i, form, arg);
                    } else if (form != null && form.operands() <= cached
                            && (!form.pushes() || cached - form.operands() < CACHE)) {
                        valueForm(i, form, arg);
                    } else {
                        frameForm(i, in);
                    }
                }
            }
        }

        /** The coarse trace's line check, as the line loop's OP_TRACE_LINE does it (while the trace still records). */
        private void traceLine(int i) {
            Label done = new Label();
            mv.visitVarInsn(ALOAD, TS);
            mv.visitMethodInsn(INVOKEVIRTUAL, Type.getInternalName(ThreadState.class), "coarse", "()Z", false);
            mv.visitJumpInsn(IFEQ, done);
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            pushInt(i);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "traceLine", "(" + THREAD_STATE + FRAME_D + "I)V", false);
            mv.visitLabel(done);
        }

        /** The instruction on the frame's stack: after a flush, the opcode's own method (or dispatch). */
        private void frameForm(int i, Instruction in) {
            flush();
            setField("lasti", i);
            Method handler = HANDLERS.get(in.opcode());
            if (handler != null) {
                call(handler, in.arg());
            } else {
                dispatch(i);
            }
        }

        /** The instruction on cached values: its value form, operands from their locals, the result into one. */
        private void valueForm(int i, ValueForm form, int arg) {
            setField("lasti", i);
            int n = form.operands();
            for (char p : form.params().toCharArray()) {
                switch (p) {
                    case 't' -> mv.visitVarInsn(ALOAD, TS);
                    case 'f' -> mv.visitVarInsn(ALOAD, F);
                    case 'a' -> pushInt(arg);
                    default -> mv.visitVarInsn(ALOAD, local[cached - 1 - (p - '0')]);
                }
            }
            Method m = VALUE_METHODS.get(form);
            mv.visitMethodInsn(INVOKESTATIC, Type.getInternalName(form.owner()), m.getName(),
                    Type.getMethodDescriptor(m), false);
            cached -= n;
            if (form.pushes()) {
                store();
            }
        }

        /** Takes the value on the JVM stack into a free local as the new top of the stack. */
        private void store() {
            int free = freeLocal();
            mv.visitVarInsn(ASTORE, free);
            local[cached++] = free;
        }

        private int freeLocal() {
            int free = FIRST_CACHE_LOCAL;
            boolean taken = true;
            while (taken) {
                taken = false;
                for (int k = 0; k < cached; k++) {
                    if (local[k] == free) {
                        free++;
                        taken = true;
                    }
                }
            }
            return free;
        }

        /** Pushes the lowest {@code n} cached values onto the frame's stack; the rest stay cached. */
        private void flushLowest(int n) {
            for (int k = 0; k < n; k++) {
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, local[k]);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "push", "(" + PY_OBJECT_D + ")V", false);
            }
            System.arraycopy(local, n, local, 0, cached - n);
            cached -= n;
        }

        /**
         * LOAD_METHOD on a cached object, giving two cached values as pushMethod pushes them:
         * (method, obj) when a plain method was found, else (null, the attribute).
         */
        private void loadMethod(int i, int arg) {
            setField("lasti", i);
            int obj = local[cached - 1];
            onValue("methodOrNull", obj, arg, PY_OBJECT_D);
            int method = freeLocal();
            mv.visitVarInsn(ASTORE, method);
            Label found = new Label();
            mv.visitVarInsn(ALOAD, method);
            mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFNONNULL, found);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, obj);
            pushInt(arg);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "attributeNamed", "(" + FRAME_D + PY_OBJECT_D + "I)" + PY_OBJECT_D,
                    false);
            mv.visitVarInsn(ASTORE, obj);
            mv.visitLabel(found);
            local[cached - 1] = method;
            local[cached++] = obj;
        }

        /** The local holding the callee's frame in {@link #callCached} (past the cached values' locals). */
        private static final int CALLEE = FIRST_CACHE_LOCAL + CACHE + 1;

        /**
         * CALL with the callable, self-or-callable and the {@code n} arguments all cached: a plain
         * Python function gets them straight into its locals; anything else takes CALL's general
         * path, with the operands pushed onto the frame first. The result is cached.
         */
        private void callCached(int i, int n) {
            setField("lasti", i);
            flushLowest(cached - (n + 2));
            int first = local[0];
            int second = local[1];
            Label function = new Label();
            Label slow = new Label();
            Label run = new Label();
            Label done = new Label();
            mv.visitVarInsn(ALOAD, first);
            mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFNULL, function);
            plainFrame(first, n + 1, slow);
            bind(0, second);
            for (int k = 0; k < n; k++) {
                bind(k + 1, local[2 + k]);
            }
            mv.visitJumpInsn(GOTO, run);
            mv.visitLabel(function);
            plainFrame(second, n, slow);
            for (int k = 0; k < n; k++) {
                bind(k, local[2 + k]);
            }
            mv.visitLabel(run);
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, CALLEE);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "runPlain", "(" + THREAD_STATE + FRAME_D + ")" + PY_OBJECT_D, false);
            mv.visitJumpInsn(GOTO, done);
            mv.visitLabel(slow);
            flush();
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            pushInt(n);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "call", "(" + THREAD_STATE + FRAME_D + "I)" + PY_OBJECT_D, false);
            mv.visitLabel(done);
            cached = 0;
            store();
        }

        /** The callee's frame for {@code callable} into CALLEE, or a jump to {@code slow} when the call is not plain. */
        private void plainFrame(int callable, int nargs, Label slow) {
            onValue("plainFrame", callable, nargs, FRAME_D);
            mv.visitVarInsn(ASTORE, CALLEE);
            mv.visitVarInsn(ALOAD, CALLEE);
            mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFNULL, slow);
        }

        /** Calls {@code Opcodes.method(ts, f, <the value in local value>, intArg)}, which returns a {@code returns}. */
        private void onValue(String method, int value, int intArg, String returns) {
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, value);
            pushInt(intArg);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, method, "(" + THREAD_STATE + FRAME_D + PY_OBJECT_D + "I)" + returns,
                    false);
        }

        /** callee.fast[k] = the value in {@code value}. */
        private void bind(int k, int value) {
            mv.visitVarInsn(ALOAD, CALLEE);
            mv.visitFieldInsn(GETFIELD, FRAME, "fast", Type.getDescriptor(org.ouroboros.vm.object.PyObject[].class));
            pushInt(k);
            mv.visitVarInsn(ALOAD, value);
            mv.visitInsn(org.objectweb.asm.Opcodes.AASTORE);
        }

        /** Pushes the cached values onto the frame's stack, lowest first. */
        private void flush() {
            for (int k = 0; k < cached; k++) {
                mv.visitVarInsn(ALOAD, F);
                mv.visitVarInsn(ALOAD, local[k]);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "push", "(" + PY_OBJECT_D + ")V", false);
            }
            cached = 0;
        }

        /** The top of the stack as a value on the JVM stack (from its local, or popped off the frame). */
        private void popOperand() {
            if (cached > 0) {
                mv.visitVarInsn(ALOAD, local[--cached]);
            } else {
                mv.visitVarInsn(ALOAD, F);
                mv.visitMethodInsn(INVOKEVIRTUAL, FRAME, "pop", "()" + PY_OBJECT_D, false);
            }
        }

        /** A conditional jump on {@code Opcodes.test(TOS)}'s boolean ({@code jump}: IFEQ/IFNE). */
        private void test(int i, String test, int jump, int target) {
            setField("lasti", i);
            popOperand();
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, test, "(" + PY_OBJECT_D + ")Z", false);
            flush(); // leaves the boolean on the JVM stack under the pushes
            mv.visitJumpInsn(jump, at[target]);
        }

        private void testNone(int i, int jump, int target) {
            setField("lasti", i);
            popOperand();
            mv.visitFieldInsn(org.objectweb.asm.Opcodes.GETSTATIC, Type.getInternalName(org.ouroboros.vm.object.PyConstants.class),
                    "NONE", PY_OBJECT_D);
            flush();
            mv.visitJumpInsn(jump, at[target]);
        }

        /** FOR_ITER: the next item becomes a cached value; on exhaustion the iterator is popped and the loop left. */
        private void forIter(int i, int target) {
            flush(); // the iterator is on the frame's stack
            setField("lasti", i);
            mv.visitVarInsn(ALOAD, F);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "nextOrPop", "(" + FRAME_D + ")" + PY_OBJECT_D, false);
            mv.visitInsn(org.objectweb.asm.Opcodes.DUP);
            Label next = new Label();
            mv.visitJumpInsn(org.objectweb.asm.Opcodes.IFNONNULL, next);
            mv.visitInsn(POP);
            mv.visitJumpInsn(GOTO, at[target]);
            mv.visitLabel(next);
            store();
        }

        /** The opcode's own method, its parameters filled from (ThreadState ts, Frame f, int arg). */
        private void call(Method handler, int arg) {
            for (Class<?> p : handler.getParameterTypes()) {
                if (p == ThreadState.class) {
                    mv.visitVarInsn(ALOAD, TS);
                } else if (p == Frame.class) {
                    mv.visitVarInsn(ALOAD, F);
                } else {
                    pushInt(arg);
                }
            }
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, handler.getName(), Type.getMethodDescriptor(handler), false);
        }

        /** A rare opcode without a method of its own: the interpreter's dispatch on its instruction. */
        private void dispatch(int i) {
            mv.visitVarInsn(ALOAD, TS);
            mv.visitVarInsn(ALOAD, F);
            mv.visitVarInsn(ALOAD, F);
            mv.visitFieldInsn(GETFIELD, FRAME, "instructions", Type.getDescriptor(Instruction[].class));
            pushInt(i);
            mv.visitInsn(org.objectweb.asm.Opcodes.AALOAD);
            mv.visitMethodInsn(INVOKESTATIC, OPCODES, "dispatch", DISPATCH_D, false);
            mv.visitInsn(POP);
        }

        private void setField(String name, int value) {
            mv.visitVarInsn(ALOAD, F);
            pushInt(value);
            mv.visitFieldInsn(PUTFIELD, FRAME, name, "I");
        }

        /** The shortest form of an int constant: the method's size decides whether the JVM compiles it. */
        private void pushInt(int v) {
            if (v >= -1 && v <= 5) {
                mv.visitInsn(ICONST_0 + v);
            } else if (v >= Byte.MIN_VALUE && v <= Byte.MAX_VALUE) {
                mv.visitIntInsn(org.objectweb.asm.Opcodes.BIPUSH, v);
            } else if (v >= Short.MIN_VALUE && v <= Short.MAX_VALUE) {
                mv.visitIntInsn(org.objectweb.asm.Opcodes.SIPUSH, v);
            } else {
                mv.visitLdcInsn(v);
            }
        }
    }

    /**
     * Each opcode's method in {@link Opcodes}: static, named after the opcode, returning nothing,
     * taking some of (ThreadState, Frame, int arg) in that order. Jumps are not among them: the
     * templates above do those.
     */
    private static Map<Opcode, Method> handlers() {
        Map<Opcode, Method> found = new EnumMap<>(Opcode.class);
        for (Method m : Opcodes.class.getDeclaredMethods()) {
            Opcode op = opcodeNamed(m.getName());
            if (op != null && Modifier.isStatic(m.getModifiers()) && m.getReturnType() == void.class
                    && takesFrameState(m.getParameterTypes())) {
                found.put(op, m);
            }
        }
        return found;
    }

    private static boolean takesFrameState(Class<?>[] params) {
        int next = 0;
        Class<?>[] order = {ThreadState.class, Frame.class, int.class};
        for (Class<?> p : params) {
            while (next < order.length && order[next] != p) {
                next++;
            }
            if (next == order.length) {
                return false;
            }
            next++;
        }
        return true;
    }

    private static Opcode opcodeNamed(String name) {
        try {
            return Opcode.valueOf(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
