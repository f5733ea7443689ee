package org.ouroboros.vm.interp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ouroboros.vm.Vm;

/**
 * CPython's {@code RuntimeWarning: coroutine '...' was never awaited}, printed when a coroutine
 * object that never started is deallocated. The VM has no reference counts, so this approximates
 * the two places it shows in practice: a coroutine call used as a statement ({@code work()}
 * instead of {@code await work()}), whose value is dropped at once, warns at that line; every
 * other coroutine still unstarted (and not closed) when the program ends warns as CPython's
 * shutdown does, from {@code sys:1}. (CPython would warn for a coroutine dropped mid-run, say by
 * rebinding its only name, at that moment and line; here it waits for the end.) As the warnings
 * module's default action, a message is shown once per location.
 */
public final class UnawaitedCoroutines {
    private final Vm vm;
    /** Coroutines created and not yet started, closed or warned about, in creation order. */
    private final Set<PyGenerator> pending = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private final List<PyGenerator> order = new ArrayList<>();
    private final Set<String> shown = new LinkedHashSet<>();

    public UnawaitedCoroutines(Vm vm) {
        this.vm = vm;
    }

    static void created(PyGenerator coroutine) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            UnawaitedCoroutines u = ts.vm().unawaitedCoroutines();
            synchronized (u) {
                u.pending.add(coroutine);
                u.order.add(coroutine);
                if (u.order.size() > 4 * u.pending.size() + 64) {
                    u.order.removeIf(c -> !u.pending.contains(c));
                }
            }
        }
    }

    /** Started, closed or thrown into: it will never warn. */
    static void settled(PyGenerator coroutine) {
        ThreadState ts = ThreadState.currentOrNull();
        if (ts != null) {
            UnawaitedCoroutines u = ts.vm().unawaitedCoroutines();
            synchronized (u) {
                u.pending.remove(coroutine);
            }
        }
    }

    /** POP_TOP right after a CALL dropped {@code value}: an unstarted coroutine warns here. */
    static void dropped(ThreadState ts, Frame f, PyGenerator coroutine) {
        UnawaitedCoroutines u = ts.vm().unawaitedCoroutines();
        synchronized (u) {
            if (!u.pending.remove(coroutine)) {
                return;
            }
        }
        String filename = f.code.filename();
        int line = f.line();
        String message = "coroutine '" + coroutine.qualname() + "' was never awaited";
        if (!u.shown.add(filename + ":" + line + ":" + message)) {
            return;
        }
        StringBuilder sb = new StringBuilder(filename).append(':').append(line).append(": RuntimeWarning: ")
                .append(message).append('\n');
        List<String> source = u.vm.sourceLines(filename);
        if (source != null && line >= 1 && line <= source.size() && !source.get(line - 1).isBlank()) {
            sb.append("  ").append(source.get(line - 1).strip()).append('\n');
        }
        sb.append("RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n");
        u.vm.writeErr(sb.toString());
    }

    /** At the end of the program: the shutdown warnings for coroutines that never ran. */
    public void atExit() {
        List<PyGenerator> left;
        synchronized (this) {
            left = new ArrayList<>();
            for (PyGenerator c : order) {
                if (pending.remove(c)) {
                    left.add(c);
                }
            }
            order.clear();
        }
        for (PyGenerator c : left) {
            String message = "coroutine '" + c.qualname() + "' was never awaited";
            if (shown.add("sys:1:" + message)) {
                vm.writeErr("sys:1: RuntimeWarning: " + message + "\n");
            }
        }
    }
}
