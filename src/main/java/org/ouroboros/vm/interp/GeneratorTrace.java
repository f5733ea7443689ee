package org.ouroboros.vm.interp;

import org.ouroboros.trace.GeneratorEvent;
import org.ouroboros.vm.code.Opcode;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyObject;

/**
 * Builds the {@link GeneratorEvent}s for {@link PyGenerator}: each hook is one call at one spot
 * there, made only when the thread records coarse events, so an untraced run pays nothing.
 */
final class GeneratorTrace {
    static final String NEXT = "next";
    static final String SEND = "send";
    static final String THROW = "throw";

    private GeneratorTrace() {}

    static void created(ThreadState ts, PyGenerator g, Frame f) {
        ts.emit(new GeneratorEvent.GeneratorCreated(ts.threadId(), g.id(), g.qualname(),
                g.isCoroutine() ? "coroutine" : "generator", f.code.firstlineno(), f.code.filename()));
    }

    static void resumed(ThreadState ts, PyGenerator g, String via, PyObject value, PyException pending) {
        String valueRepr = pending != null ? pending.value().type().name() : ts.safeRepr(value);
        Frame caller = ts.frame;
        long callerId = caller != null && caller.generator != null ? caller.generator.id() : 0;
        String callerName = caller == null ? "" : caller.code.qualname();
        ts.emit(new GeneratorEvent.GeneratorResumed(ts.threadId(), g.id(), pending != null ? THROW : via, valueRepr,
                callerId, callerName));
    }

    /** After a run that ended at a yield: the delegation first (when parked in yield from/await), then the yield. */
    static void suspended(ThreadState ts, PyGenerator g, Frame f, PyObject yielded) {
        if (f.lasti >= 1 && f.instructions[f.lasti - 1].opcode() == Opcode.SEND) {
            PyObject sub = f.top();
            ts.emit(new GeneratorEvent.GeneratorDelegating(ts.threadId(), g.id(), g.isCoroutine() ? "await" : "yield from",
                    sub.id(), sub.type().name(), ts.safeRepr(sub)));
        }
        ts.emit(new GeneratorEvent.GeneratorSuspended(ts.threadId(), g.id(), ts.safeRepr(yielded), f.lasti, f.line()));
    }

    static void returned(ThreadState ts, PyGenerator g, Frame f, PyObject value) {
        ts.emit(new GeneratorEvent.GeneratorFinished(ts.threadId(), g.id(), ts.safeRepr(value), false, "", f.line()));
    }

    static void raised(ThreadState ts, PyGenerator g, Frame f, PyBaseException exc) {
        ts.emit(new GeneratorEvent.GeneratorFinished(ts.threadId(), g.id(), "", true, exc.type().name(), f.line()));
    }

    static void closed(PyGenerator g) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null && ts.coarse()) {
            ts.emit(new GeneratorEvent.GeneratorClosed(ts.threadId(), g.id()));
        }
    }
}
