package org.ouroboros.ui.view.sync;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;

/**
 * The primitives the {@code threading} module uses for its own bookkeeping (the Event and
 * Condition behind {@code Thread.start()}, the locks behind {@code join()}), told apart from the
 * program's by where they are used: every operation on an internal one happens while the
 * nearest frame that is not itself a primitive's method belongs to {@code Thread} or to the
 * module's import. The views hide them unless asked; the program's own Condition keeps its
 * inner waiter locks, which are the seed's "two levels of locks".
 */
public final class InternalPrimitives {
    private static final String[] PRIMITIVE_CLASSES = {"Condition.", "Event.", "Semaphore.", "BoundedSemaphore.",
        "Barrier.", "Queue.", "LifoQueue.", "PriorityQueue.", "_ids"};

    private InternalPrimitives() {}

    public static Set<Long> of(Trace trace) {
        Map<Integer, Deque<String>> stacks = new HashMap<>();
        Set<Long> internal = new HashSet<>();
        Set<Long> user = new HashSet<>();
        for (int i = 0; i < trace.size(); i++) {
            var e = trace.get(i);
            if (e instanceof ExecutionEvent.FrameEntered f) {
                stacks.computeIfAbsent(f.thread(), k -> new ArrayDeque<>())
                        .push(f.depth() > 0 && f.function().equals("<module>") ? "<import>" : f.function());
            } else if (e instanceof ExecutionEvent.FrameExited f) {
                Deque<String> stack = stacks.get(f.thread());
                if (stack != null && !stack.isEmpty()) {
                    stack.pop();
                }
            } else if (e instanceof SchedEvent.PrimitiveOp op) {
                (inThreadingItself(stacks.get(op.thread())) ? internal : user).add(op.primitive());
            }
        }
        internal.removeAll(user);
        return internal;
    }

    private static boolean inThreadingItself(Deque<String> stack) {
        if (stack == null) {
            return false;
        }
        for (String function : stack) {
            if (isPrimitiveMethod(function)) {
                continue;
            }
            return function.startsWith("Thread.") || function.startsWith("_MainThread.") || function.equals("<import>");
        }
        return false;
    }

    private static boolean isPrimitiveMethod(String function) {
        for (String prefix : PRIMITIVE_CLASSES) {
            if (function.startsWith(prefix) || function.startsWith(prefix.replace(".", "") + ".<locals>")) {
                return true;
            }
        }
        return function.startsWith("_ids");
    }
}
