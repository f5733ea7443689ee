package org.ouroboros.vm.interp;

import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceSink;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.Identity;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyObject;

/**
 * The state of one simulated Python thread, bound to the Java thread running it: its VM, the
 * current frame, call depth, the exception being handled ({@code sys.exc_info()}), and tracing.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();
    /**
     * How many fine-traced threads are bound right now, in any VM: lets hot paths (attribute
     * lookup, dispatch) skip even the thread-local read when nobody records fine events.
     */
    private static final java.util.concurrent.atomic.AtomicInteger FINE_BOUND = new java.util.concurrent.atomic.AtomicInteger();

    private final Vm vm;
    private final int threadId;
    private final TraceSink sink;
    private boolean coarse;
    private boolean fine;
    Frame frame;
    int depth;
    PyBaseException handled;
    private boolean inRepr;
    /** What this thread has told the trace about objects (see ObjectTracing); made on first use. */
    ObjectDescriber objectDescriber;
    /** Eval-breaker ticks taken on this thread; the VM is told only when the budget is reached. */
    long ticks;
    final long stepBudget;
    /** Calls of a function, or loop iterations in one frame, before the code is compiled ({@link Jit}). */
    final int jitThreshold;
    /** Null when the VM has no scheduler hook (the common case costs one null check). */
    final EvalBreaker breaker;
    // ---- sched hook (branch sched): non-null only on threads run by the thread scheduler ----
    SchedHook sched;

    /**
     * Frames of plain calls that returned normally, one per call depth: a loop calling the same
     * function again reuses its frame (arrays included) instead of allocating one per call.
     */
    private final Frame[] spareFrames = new Frame[SPARE_FRAME_DEPTHS];
    private static final int SPARE_FRAME_DEPTHS = 64;

    /** A cleared frame of {@code func} made by an earlier call at this depth, or null. */
    Frame takeSpareFrame(org.ouroboros.vm.object.PyFunction func) {
        int d = depth;
        if (d < SPARE_FRAME_DEPTHS) {
            Frame f = spareFrames[d];
            if (f != null && f.function == func) {
                spareFrames[d] = null;
                return f;
            }
        }
        return null;
    }

    /** Keeps {@code f} (which just returned to a caller at the current depth, and nothing else holds) for reuse. */
    void releaseFrame(Frame f) {
        int d = depth;
        if (d < SPARE_FRAME_DEPTHS) {
            f.clearForReuse();
            spareFrames[d] = f;
        }
    }

    public ThreadState(Vm vm, int threadId) {
        this.vm = vm;
        this.threadId = threadId;
        this.sink = vm.traceSink();
        TraceLevel level = sink.enabled() ? vm.traceLevel() : TraceLevel.OFF;
        this.coarse = level != TraceLevel.OFF;
        this.fine = level == TraceLevel.FINE;
        this.stepBudget = vm.stepBudget();
        this.jitThreshold = vm.jitThreshold();
        this.breaker = vm.evalBreaker() == EvalBreaker.NONE ? null : vm.evalBreaker();
    }

    /** Puts this thread under the thread scheduler (null: back to the unscheduled fast loop). */
    public void setSchedHook(SchedHook hook) {
        sched = hook;
    }

    /** The scheduler's hook for this thread, or null when it is not scheduled. */
    public SchedHook schedHook() {
        return sched;
    }

    /** Ticks taken so far on this thread. */
    public long ticks() {
        return ticks;
    }

    /**
     * Whether this state is counted in {@link #FINE_BOUND}. Only a bind counts it, and only what
     * counted it is taken back: a thread killed before it ran unbinds a state it never bound, and
     * that used to leave the count one short for the rest of the JVM, so every later fine trace
     * lost its lookup and dispatch events.
     */
    private boolean countedAsFine;

    /** Binds this state to the calling Java thread (and the VM's id counter with it). */
    public void bind() {
        if (fine && !countedAsFine) {
            countedAsFine = true;
            FINE_BOUND.incrementAndGet();
        }
        CURRENT.set(this);
        Identity.bind(vm.identityCounter());
    }

    public void unbind() {
        uncountFine();
        CURRENT.remove();
    }

    private void uncountFine() {
        if (countedAsFine) {
            countedAsFine = false;
            FINE_BOUND.decrementAndGet();
        }
    }

    public static ThreadState current() {
        ThreadState ts = CURRENT.get();
        if (ts == null) {
            throw new IllegalStateException("no Python thread is running on this Java thread");
        }
        return ts;
    }

    /** The current thread's state when it records fine events, else null (cheap when no one does). */
    public static ThreadState fineOrNull() {
        if (FINE_BOUND.get() == 0) {
            return null;
        }
        ThreadState ts = CURRENT.get();
        return ts != null && ts.fine ? ts : null;
    }

    public static ThreadState currentOrNull() {
        return CURRENT.get();
    }

    /**
     * CPython's Py_EnterRecursiveCall: a repr(), str() or comparison that runs Python code takes a
     * level of the recursion budget too; {@code where} ends the RecursionError's message.
     * (Added by gapfinder2 for RecursionError texts; pair with {@link #leaveRecursiveCall()}.)
     */
    public void enterRecursiveCall(String where) {
        if (++depth > vm.recursionLimit()) {
            depth--;
            throw org.ouroboros.vm.object.PyExc.raise(org.ouroboros.vm.object.PyExc.RECURSION_ERROR,
                    "maximum recursion depth exceeded" + where);
        }
    }

    public void leaveRecursiveCall() {
        depth--;
    }

    public Vm vm() {
        return vm;
    }

    public int threadId() {
        return threadId;
    }

    public boolean coarse() {
        return coarse;
    }

    public boolean fine() {
        return fine;
    }

    /** Whether object events are recorded now: coarse tracing is on and the VM asked for them. */
    public boolean objectEvents() {
        return coarse && vm.objectEvents();
    }

    /** Records an event; once the sink stops accepting (its cap is reached) tracing switches itself off. */
    public void emit(TraceEvent event) {
        if (!sink.offer(event)) {
            uncountFine();
            coarse = false;
            fine = false;
        }
    }

    public Frame frame() {
        return frame;
    }

    public int depth() {
        return depth;
    }

    /** The exception currently being handled ({@code sys.exc_info()[1]}), or null. */
    public PyBaseException handled() {
        return handled;
    }

    public void setHandled(PyBaseException e) {
        handled = e;
    }

    /**
     * repr() for trace events: never raises and never runs Python code (a user {@code __repr__}
     * could print or mutate), so only simple builtin values are rendered in full.
     */
    /**
     * {@code str(exc)} as the traceback's last line shows it, computed without running user code:
     * the builtin {@code __str__} rules over safely printed args.
     */
    public String safeExceptionStr(org.ouroboros.vm.object.PyBaseException exc) {
        org.ouroboros.vm.object.PyTuple args = exc.args();
        org.ouroboros.vm.object.PyType owner = exc.type().lookupOwner("__str__");
        boolean baseRules = owner == org.ouroboros.vm.object.PyExc.BASE_EXCEPTION;
        if (owner == org.ouroboros.vm.object.PyExc.KEY_ERROR && args.size() == 1) {
            return safeRepr(args.get(0));
        }
        if (owner != null && owner.isBuiltin() && !baseRules && !inRepr) {
            inRepr = true;
            try {
                return Ops.str(exc).value();
            } catch (RuntimeException e) {
                return "<exception str() failed>";
            } finally {
                inRepr = false;
            }
        }
        if (args.size() == 0) {
            return "";
        }
        if (args.size() == 1) {
            return args.get(0) instanceof org.ouroboros.vm.object.PyStr s && s.type().isBuiltin() ? s.value()
                    : safeRepr(args.get(0));
        }
        StringBuilder sb = new StringBuilder("(");
        for (int i = 0; i < args.size(); i++) {
            sb.append(i > 0 ? ", " : "").append(safeRepr(args.get(i)));
        }
        return sb.append(')').toString();
    }

    // The last object given the default repr, and what it was made from: a method returning self
    // (or the same object) on every call is told to the trace once, not formatted a million times.
    private PyObject reprObject;
    private org.ouroboros.vm.object.PyType reprType;
    private String reprModule;
    private String reprQualname;
    private String reprText;

    private String defaultRepr(PyObject o) {
        org.ouroboros.vm.object.PyType t = o.type();
        String module = t.moduleName();
        String qualname = t.qualname();
        if (o != reprObject || t != reprType || module != reprModule || qualname != reprQualname) {
            reprText = Ops.defaultRepr(o);
            reprObject = o;
            reprType = t;
            reprModule = module;
            reprQualname = qualname;
        }
        return reprText;
    }

    public String safeRepr(PyObject o) {
        if (o == null) {
            return "<NULL>";
        }
        if (!(o instanceof org.ouroboros.vm.object.PyInt || o instanceof org.ouroboros.vm.object.PyStr
                || o instanceof org.ouroboros.vm.object.PyFloat || o instanceof org.ouroboros.vm.object.PyType
                || o == org.ouroboros.vm.object.PyConstants.NONE) || !o.type().isBuiltin()) {
            return defaultRepr(o);
        }
        if (inRepr) {
            return "<" + o.type().name() + ">";
        }
        inRepr = true;
        try {
            String r = Ops.repr(o).value();
            return r.length() > 200 ? r.substring(0, 197) + "..." : r;
        } catch (PyException | StackOverflowError e) {
            return "<" + o.type().name() + ">";
        } finally {
            inRepr = false;
        }
    }
}
