package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import org.ouroboros.vm.object.PyObject;

/**
 * {@code sys.set_asyncgen_hooks}/{@code get_asyncgen_hooks}: per Python thread, the
 * {@code firstiter} hook is called with each async generator the first time one of its
 * awaitables is made ({@code __anext__}, {@code asend}, {@code athrow}, {@code aclose}), as
 * CPython's async_gen_init_hooks does. (The VM has no reference counting, so {@code finalizer}
 * is kept and reported but never called; asyncio.run closes left-over generators at its end.)
 */
public final class AsyncGenHooks {
    private AsyncGenHooks() {}

    /** The two hooks; None when unset. */
    public record Hooks(PyObject firstiter, PyObject finalizer) {}

    private static final Hooks NONE_SET = new Hooks(NONE, NONE);
    private static final Map<ThreadState, Hooks> BY_THREAD = Collections.synchronizedMap(new WeakHashMap<>());

    public static Hooks get() {
        return BY_THREAD.getOrDefault(ThreadState.current(), NONE_SET);
    }

    /** Replaces the hooks given (null leaves one as it is). */
    public static void set(PyObject firstiter, PyObject finalizer) {
        Hooks old = get();
        BY_THREAD.put(ThreadState.current(), new Hooks(firstiter == null ? old.firstiter() : firstiter,
                finalizer == null ? old.finalizer() : finalizer));
    }

    /** async_gen_init_hooks: the first awaitable of {@code g} calls the thread's firstiter hook with it. */
    static void firstIteration(PyGenerator g) {
        if (g.hooksInitialized) {
            return;
        }
        g.hooksInitialized = true;
        PyObject firstiter = get().firstiter();
        if (firstiter != NONE) {
            firstiter.call(g);
        }
    }
}
