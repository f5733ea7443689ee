package org.ouroboros.vm;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.builtins.BuiltinFunctions;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.compiler.Compiler;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.EvalBreaker;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.interp.Interpreter;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.interp.TraceLevel;
import org.ouroboros.vm.module.Modules;
import org.ouroboros.vm.object.Identity;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyDict;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.Types;

/**
 * One Python interpreter: its modules, output writers, limits and trace. Create one per run
 * with {@link #builder()}, then {@link #run(String, String)}. Nothing is shared between VMs
 * except the immutable builtin classes.
 *
 * <pre>{@code
 * StringWriter out = new StringWriter();
 * TraceRecorder trace = new TraceRecorder();
 * RunResult r = Vm.builder().stdout(out).stderr(err).trace(trace, TraceLevel.COARSE).build()
 *         .run(source, "demo.py");
 * }</pre>
 */
public final class Vm {
    /** Java stack for the thread running Python code: deep enough for 1000 Python frames and more. */
    public static final long PYTHON_STACK_BYTES = 1L << 30;

    private final Writer out;
    private final Writer err;
    private final TraceSink sink;
    private final TraceLevel level;
    private final boolean objectEvents;
    private int recursionLimit;
    private final long stepBudget;
    private final int jitThreshold;
    private final long objectBudget;
    private final EvalBreaker breaker;
    private final List<String> argv;
    private final java.io.BufferedReader in;
    private final org.ouroboros.vm.interp.UnawaitedCoroutines unawaited = new org.ouroboros.vm.interp.UnawaitedCoroutines(this);
    private final LongSupplier identity = Identity.newCounter();
    private final PyDict builtins;
    private final Map<String, PyModule> modules = new LinkedHashMap<>();
    private final Map<String, List<String>> sources = new HashMap<>();
    private final Map<String, PyStr> interned = new HashMap<>();
    private long ticks;
    private long objects;
    private double switchInterval = 0.005;
    private final Map<Class<?>, Object> extensions = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean interruptPending;
    private final List<Runnable> interruptWakers = new java.util.concurrent.CopyOnWriteArrayList<>();
    // ---- thread scheduler (branch sched) ----
    private final org.ouroboros.sched.SchedConfig schedConfig;
    private org.ouroboros.sched.Scheduler scheduler;
    private ThreadState mainThreadState;

    private Vm(Builder b) {
        Types.init();
        this.out = b.out;
        this.err = b.err;
        this.sink = b.sink;
        this.level = b.level;
        this.objectEvents = b.objectEvents;
        this.recursionLimit = b.recursionLimit;
        this.stepBudget = b.stepBudget;
        this.jitThreshold = b.jitThreshold;
        this.objectBudget = b.objectBudget;
        this.breaker = b.breaker;
        this.in = b.in instanceof java.io.BufferedReader br ? br : new java.io.BufferedReader(b.in);
        this.argv = b.argv;
        this.extensions.putAll(b.extensions);
        this.schedConfig = b.schedConfig;
        this.builtins = BuiltinFunctions.createBuiltins(this);
        modules.put("builtins", new PyModule("builtins", builtins));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Settings for a VM; defaults: discard output, no trace, recursion limit 1000, generous budgets. */
    public static final class Builder {
        private Writer out = Writer.nullWriter();
        private Writer err = Writer.nullWriter();
        private TraceSink sink = TraceSink.NONE;
        private TraceLevel level = TraceLevel.OFF;
        private int recursionLimit = 1000;
        private long stepBudget = 5_000_000_000L;
        private int jitThreshold = jitThresholdProperty();
        private long objectBudget = 50_000_000L;
        private EvalBreaker breaker = EvalBreaker.NONE;
        private java.io.Reader in = java.io.Reader.nullReader();
        private List<String> argv = List.of();
        private final Map<Class<?>, Object> extensions = new HashMap<>();
        private boolean objectEvents;
        private org.ouroboros.sched.SchedConfig schedConfig;

        /**
         * Runs the program's threads on the simulated scheduler with these settings (seed, switch
         * interval, mode, cores, CPython version). Without it, a program that imports threading,
         * queue, multiprocessing or concurrent.futures gets {@code SchedConfig.DEFAULT}.
         */
        public Builder scheduler(org.ouroboros.sched.SchedConfig config) {
            schedConfig = config;
            return this;
        }

        public Builder stdout(Writer w) {
            out = w;
            return this;
        }

        public Builder stderr(Writer w) {
            err = w;
            return this;
        }

        public Builder trace(TraceSink s, TraceLevel l) {
            sink = s;
            level = l;
            return this;
        }

        /** Changes only the level, keeping the sink (a lesson asking for FINE events, say). */
        public Builder traceLevel(TraceLevel l) {
            level = l;
            return this;
        }

        /**
         * Records only the events {@code keep} accepts, in front of the sink set so far: a lesson
         * whose view needs the scheduler's events keeps a long run's trace from filling with lines.
         */
        public Builder filterTrace(java.util.function.Predicate<org.ouroboros.trace.TraceEvent> keep) {
            TraceSink inner = sink;
            sink = new TraceSink() {
                @Override
                public void emit(org.ouroboros.trace.TraceEvent event) {
                    if (keep.test(event)) {
                        inner.emit(event);
                    }
                }

                @Override
                public boolean enabled() {
                    return inner.enabled();
                }
            };
            return this;
        }

        public Builder recursionLimit(int n) {
            recursionLimit = n;
            return this;
        }

        /** Maximum eval-breaker ticks (back edges, calls, function entries) before the run is stopped. */
        /**
         * Compiles a function's code to JVM code once it was called {@code calls} times, or a loop
         * once it ran that many times in one frame, when nothing is traced (0: at once;
         * {@link #JIT_OFF}: never). The default is {@value #JIT_DEFAULT_THRESHOLD}, or the system
         * property {@code ouroboros.jit} ("off", or a number).
         */
        public Builder jitThreshold(int calls) {
            jitThreshold = calls;
            return this;
        }

        private static int jitThresholdProperty() {
            String p = System.getProperty("ouroboros.jit", "");
            if (p.equals("off")) {
                return JIT_OFF;
            }
            try {
                return p.isEmpty() ? JIT_DEFAULT_THRESHOLD : Math.max(0, Integer.parseInt(p));
            } catch (NumberFormatException e) {
                return JIT_DEFAULT_THRESHOLD;
            }
        }

        public Builder stepBudget(long n) {
            stepBudget = n;
            return this;
        }

        /** Maximum objects created by instantiating classes and building containers. */
        public Builder objectBudget(long n) {
            objectBudget = n;
            return this;
        }

        public Builder evalBreaker(EvalBreaker b) {
            breaker = b;
            return this;
        }

        /** What {@code input()} reads (default: nothing, so input() raises EOFError). */
        public Builder stdin(java.io.Reader r) {
            in = r;
            return this;
        }

        /** {@code sys.argv} (the script name first). */
        public Builder argv(List<String> a) {
            argv = List.copyOf(a);
            return this;
        }

        /**
         * Whether the coarse trace carries the object views' events (names bound, object and class
         * snapshots, comparisons); off by default. They roughly triple a loop's events, so only runs
         * shown in an object view (the graph, the names) ask for them.
         */
        public Builder objectEvents(boolean on) {
            objectEvents = on;
            return this;
        }

        /**
         * Settings for an engine part outside the VM core, found again with {@link Vm#extension}
         * (e.g. {@code with(AioSettings.class, settings)} for asyncio's clock and loop stepping).
         */
        public <T> Builder with(Class<T> key, T value) {
            extensions.put(key, value);
            return this;
        }

        public Vm build() {
            return new Vm(this);
        }
    }

    // ---- running ----

    /** Compiles {@code source}; a syntax error comes back as a {@link SourceError}. */
    public CodeObject compile(String source, String filename) throws SourceError {
        if (filename.startsWith("<")) {
            return Compiler.compileModule(source, filename, this::intern, this::warn);
        }
        sources.put(filename, List.of(source.split("\n", -1)));
        try {
            return Compiler.compileModule(source, filename, this::intern, this::warn);
        } catch (SourceError e) {
            throw e.asReadFromFile(); // a file's source, not a string's: CPython's file tokenizer locates EOF apart
        }
    }

    /**
     * Runs {@code source} as {@code __main__} on a fresh Java thread with a large stack, like
     * {@code python3 FILE}: output to the writers, an uncaught exception's traceback to stderr.
     */
    public RunResult run(String source, String filename) {
        return onPythonStack(() -> runHere(source, filename), "compiling " + filename);
    }

    /** As {@link #run}, for code already compiled (callers that want the structured {@code SourceError}). */
    public RunResult runCompiled(CodeObject code, String filename) {
        return onPythonStack(() -> execute(code, filename), "running " + filename);
    }

    /** Runs {@code work} on a fresh Java thread whose stack holds deep Python recursion, and waits. */
    private RunResult onPythonStack(java.util.function.Supplier<RunResult> work, String doing) {
        RunResult[] result = new RunResult[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.get();
            } catch (RuntimeException | Error e) {
                String text = "ouroboros: internal error: " + e + " (while " + doing + ")\n";
                writeErr(text);
                result[0] = new RunResult(1, text, ticks);
            }
        }, "python-main", PYTHON_STACK_BYTES);
        t.start();
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RunResult(1, "interrupted\n", ticks);
        }
        flush();
        return result[0];
    }

    /** As {@link #run}, on the calling thread (its stack limits the recursion depth). */
    public RunResult runHere(String source, String filename) {
        CodeObject code;
        try {
            code = compile(source, filename);
        } catch (SourceError e) {
            String text = e.format();
            writeErr(text);
            return new RunResult(1, text, 0);
        }
        return execute(code, filename);
    }

    /** Prints a compiler warning on stderr, with its source line when the file is known. */
    public void warn(org.ouroboros.vm.compiler.CompileWarning w) {
        writeErr(w.format(sourceLines(w.filename())));
    }

    /** Runs compiled module code as {@code __main__}. */
    public RunResult execute(CodeObject code, String filename) {
        ThreadState ts = new ThreadState(this, 0);
        ts.bind();
        mainThreadState = ts;
        if (schedConfig != null || org.ouroboros.sched.ThreadUse.importsThreads(code)) {
            ensureScheduler();
        }
        MemoryWatch memoryWatch = MemoryWatch.start(this);
        try {
            PyModule main = new PyModule("__main__");
            main.add("__builtins__", modules.get("builtins"));
            main.add("__file__", new PyStr(filename));
            modules.put("__main__", main);
            Interpreter.run(code, main.dict(), main.dict());
            flush();
            RunResult stopped = joinThreads();
            ticks = ts.ticks();
            finalizeMain();
            return stopped != null ? stopped : new RunResult(0, "", ticks);
        } catch (PyException e) {
            flush();
            ticks = ts.ticks();
            RunResult r = uncaught(e.value());
            RunResult stopped = joinThreads();
            finalizeMain();
            return stopped != null ? stopped : r;
        } catch (VmLimitExceeded e) {
            String text = "ouroboros: " + e.getMessage() + "\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        } catch (InternalVmError e) {
            String text = "ouroboros: internal error: " + e.getMessage() + " (while running " + e.filename() + ", line "
                    + e.line() + ")\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        } catch (StackOverflowError e) {
            String text = "ouroboros: internal error: Java stack exhausted (line " + currentLine(ts) + ")\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        } catch (RuntimeException | Error e) {
            String text = "ouroboros: internal error: " + e + " (while running " + filename + ", line "
                    + currentLine(ts) + ")\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        } finally {
            memoryWatch.close();
            // CPython's shutdown: coroutines that never ran warn after the traceback, if any.
            unawaited.atExit();
            flush();
            if (scheduler != null) {
                scheduler.terminate();
            }
            ts.unbind();
        }
    }

    /** CPython's module cleanup at shutdown: paused generators left in {@code __main__} are closed (see ExitFinalizer). */
    private void finalizeMain() {
        PyModule main = modules.get("__main__");
        if (main != null && scheduler == null) {
            new ExitFinalizer(this).clear(main.dict());
            flush();
        }
    }

    /** Like CPython's {@code threading._shutdown()}: the main thread waits for non-daemon threads. */
    private RunResult joinThreads() {
        if (scheduler == null) {
            return null;
        }
        try {
            scheduler.joinNonDaemonThreads();
            flush();
            return null;
        } catch (VmLimitExceeded e) {
            String text = "ouroboros: " + e.getMessage() + "\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        }
    }

    /**
     * The thread scheduler, started on first use (a threading import, or a configured scheduler):
     * from then on the main thread runs under it. Must be called on the main Python thread.
     */
    public org.ouroboros.sched.Scheduler ensureScheduler() {
        if (scheduler == null) {
            org.ouroboros.sched.SchedConfig c = schedConfig != null ? schedConfig
                    : org.ouroboros.sched.SchedConfig.DEFAULT;
            scheduler = org.ouroboros.sched.Scheduler.attach(this, c, mainThreadState);
        }
        return scheduler;
    }

    /** The thread scheduler, or null while the program has not used threads. */
    public org.ouroboros.sched.Scheduler scheduler() {
        return scheduler;
    }

    private static int currentLine(ThreadState ts) {
        return ts.frame() == null ? 0 : ts.frame().line();
    }

    private RunResult uncaught(PyBaseException exc) {
        if (exc.type().isSubtype(PyExc.SYSTEM_EXIT)) {
            PyObject code = exc.args().size() > 0 ? exc.args().get(0) : org.ouroboros.vm.object.PyConstants.NONE;
            if (code == org.ouroboros.vm.object.PyConstants.NONE) {
                return new RunResult(0, "", ticks);
            }
            if (code instanceof PyInt i) {
                return new RunResult((int) i.longValue(), "", ticks);
            }
            String text = org.ouroboros.vm.object.Ops.str(code).value() + "\n";
            writeErr(text);
            return new RunResult(1, text, ticks);
        }
        String text = Exceptions.format(exc, sources::get);
        writeErr(text);
        // a shell reports a Ctrl+C death as 128 + SIGINT
        return new RunResult(exc.type().isSubtype(PyExc.KEYBOARD_INTERRUPT) ? 130 : 1, text, ticks);
    }

    // ---- services for the interpreter and builtins ----

    public PyDict builtinsDict() {
        return builtins;
    }

    public Map<String, PyModule> modules() {
        return modules;
    }

    /**
     * {@code import name}: a loaded module, a built-in one, or ModuleNotFoundError. A dotted name
     * imports each package first and sets the submodule as its attribute; {@code import a.b}
     * gives {@code a}, {@code from a.b import c} gives {@code a.b}.
     */
    public PyObject importModule(String name, boolean fromForm) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            return importOne(name);
        }
        PyModule top = importOne(name.substring(0, dot));
        PyModule parent = top;
        for (int next = dot; next >= 0; ) {
            int end = name.indexOf('.', next + 1);
            String full = end < 0 ? name : name.substring(0, end);
            PyModule child = importOne(full);
            parent.dict().put(new PyStr(full.substring(next + 1)), child);
            parent = child;
            next = end;
        }
        return fromForm ? parent : top;
    }

    private PyModule importOne(String name) {
        PyModule m = modules.get(name);
        if (m == null) {
            m = Modules.create(name, this);
            if (m == null) {
                PyException e = PyExc.raise(PyExc.MODULE_NOT_FOUND_ERROR, "No module named '" + name + "'");
                e.value().dict().put("name", new PyStr(name));
                throw e;
            }
            modules.put(name, m);
            PyModule sys = modules.get("sys");
            if (sys != null && sys.dict().get("modules") instanceof PyDict live) {
                live.put(name, m);
            }
        }
        return m;
    }

    /** The interned str for an identifier-like constant (CPython interns those at compile time). */
    public PyStr intern(String s) {
        return interned.computeIfAbsent(s, PyStr::new);
    }

    /** The coroutines that may yet warn "was never awaited" (see UnawaitedCoroutines). */
    public org.ouroboros.vm.interp.UnawaitedCoroutines unawaitedCoroutines() {
        return unawaited;
    }

    /** True when {@code s} is the interned str for its text (without interning anything). */
    public boolean isInterned(PyStr s) {
        return interned.get(s.value()) == s;
    }

    public List<String> sourceLines(String filename) {
        return sources.get(filename);
    }

    /** One line of stdin without its line end (input()), or null at end of input. */
    public String readLine() {
        StringBuilder sb = new StringBuilder();
        try {
            for (int c = in.read(); c != -1; c = in.read()) {
                if (c == '\n') {
                    // Only the \n goes, as in CPython (a \r before it stays).
                    return sb.toString();
                }
                sb.append((char) c);
            }
        } catch (java.io.IOException e) {
            throw org.ouroboros.vm.object.PyExc.raise(org.ouroboros.vm.object.PyExc.OS_ERROR, String.valueOf(e.getMessage()));
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    public void writeOut(String s) {
        write(out, s, false);
    }

    public void writeErr(String s) {
        write(err, s, true);
    }

    private void write(Writer w, String s, boolean stderr) {
        try {
            w.write(s);
        } catch (IOException e) {
            throw PyExc.raise(PyExc.OS_ERROR, e.getMessage());
        }
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.coarse()) {
            ts.emit(new ExecutionEvent.OutputWritten(ts.threadId(), s, stderr));
        }
    }

    public void flush() {
        try {
            out.flush();
            err.flush();
        } catch (IOException e) {
            // Output sinks that cannot flush have nothing more to show.
        }
    }

    private volatile boolean cancelled;
    /** Set by {@link MemoryWatch}: the heap stays full after collections. */
    private volatile boolean memoryExhausted;

    /** Ends the run at its next check point with the memory budget's message (see MemoryWatch). */
    void memoryExhausted() {
        memoryExhausted = true;
        cancelled = true;
    }

    /** Asks the running program to stop at its next check point (safe from any thread, e.g. the UI's). */
    public void cancel() {
        cancelled = true;
    }

    /** True when the run was cancelled or an interrupt waits for the main thread's next check point. */
    public boolean cancelled() {
        return cancelled || interruptPending;
    }

    /**
     * Like Ctrl+C: raises KeyboardInterrupt in the main Python thread at its next check point
     * (safe from any thread, e.g. the UI's). A running asyncio loop is woken so the interrupt
     * surfaces right after its select, as CPython's signal handling does.
     */
    public void interrupt() {
        interruptPending = true;
        for (Runnable waker : interruptWakers) {
            waker.run();
        }
    }

    /** True while a KeyboardInterrupt waits for the main thread's next check point. */
    public boolean interruptPending() {
        return interruptPending;
    }

    /** Registers something to wake when {@link #interrupt()} is called (a blocking selector). */
    public void addInterruptWaker(Runnable waker) {
        interruptWakers.add(waker);
    }

    public void removeInterruptWaker(Runnable waker) {
        interruptWakers.remove(waker);
    }

    /** Raises the pending KeyboardInterrupt when called on the main thread (thread 0); otherwise returns. */
    public void raisePendingInterrupt(ThreadState ts) {
        if (interruptPending && ts.threadId() == 0) {
            interruptPending = false;
            throw new PyException(PyExc.instance(PyExc.KEYBOARD_INTERRUPT));
        }
    }

    /** The value set with {@link Builder#with}, or made once by {@code create} (per-VM state of a module). */
    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> key, java.util.function.Supplier<T> create) {
        return (T) extensions.computeIfAbsent(key, k -> create.get());
    }

    /** The value set with {@link Builder#with}, or null. */
    @SuppressWarnings("unchecked")
    public <T> T extension(Class<T> key) {
        return (T) extensions.get(key);
    }

    /** Called when a thread's ticks reach the step budget (or the run was cancelled/interrupted): ends the run. */
    public void tick(ThreadState ts) {
        ticks = ts.ticks();
        raisePendingInterrupt(ts);
        if (interruptPending && !cancelled && ts.ticks() <= stepBudget) {
            return;
        }
        if (memoryExhausted) {
            throw new VmLimitExceeded("memory budget exceeded: the program's objects fill the VM's heap (line "
                    + currentLine(ts) + ")");
        }
        if (this.cancelled) {
            throw new VmLimitExceeded("run cancelled (line " + currentLine(ts) + ")");
        }
        throw new VmLimitExceeded("step budget of " + stepBudget + " exceeded (line " + currentLine(ts) + ")");
    }

    public long stepBudget() {
        return stepBudget;
    }

    /** The threshold a builder starts with: {@value #JIT_DEFAULT_THRESHOLD}, or the system property {@code ouroboros.jit}. */
    public static int defaultJitThreshold() {
        return Builder.jitThresholdProperty();
    }

    /** Never compile: see {@link Builder#jitThreshold}. */
    public static final int JIT_OFF = Integer.MAX_VALUE;
    public static final int JIT_DEFAULT_THRESHOLD = 200;

    public int jitThreshold() {
        return jitThreshold;
    }

    /** Counts one created object against the object budget. */
    public void countObject() {
        if (++objects > objectBudget) {
            throw new VmLimitExceeded("object budget of " + objectBudget + " objects exceeded");
        }
    }

    public long ticks() {
        return ticks;
    }

    public TraceSink traceSink() {
        return sink;
    }

    public TraceLevel traceLevel() {
        return level;
    }

    /** Whether coarse tracing includes ObjectEvents (see {@link Builder#objectEvents}). */
    public boolean objectEvents() {
        return objectEvents;
    }

    public EvalBreaker evalBreaker() {
        return breaker;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    /** {@code sys.get_int_max_str_digits()}: the most decimal digits int/str conversions accept (0: no limit). */
    private volatile int intMaxStrDigits = 4300;

    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int n) {
        intMaxStrDigits = n;
    }

    public void setRecursionLimit(int n) {
        recursionLimit = n;
    }

    public double switchInterval() {
        return switchInterval;
    }

    public void setSwitchInterval(double s) {
        switchInterval = s;
    }

    public List<String> argv() {
        return new ArrayList<>(argv);
    }

    public LongSupplier identityCounter() {
        return identity;
    }
}
