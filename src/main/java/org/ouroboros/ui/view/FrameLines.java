package org.ouroboros.ui.view;

import java.util.HashMap;
import java.util.Map;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.TraceEvent;

/**
 * The source line the running frame is on, followed from a trace's line and frame events. A call
 * returns to its caller's line: the VM reports no new line for {@code v = A() + B()} after
 * {@code B.__init__} returns, so the {@code +} that follows is on the caller's line, not on the
 * last line {@code __init__} ran. Kept per thread; views that say "line N" for what happens at a
 * position fold it along.
 */
public final class FrameLines {
    /** A frame's latest line above its caller's. */
    private record FrameLine(int line, FrameLine caller) {}

    private final Map<Integer, FrameLine> stacks;
    private int thread;

    public FrameLines() {
        this(new HashMap<>(), 0);
    }

    private FrameLines(Map<Integer, FrameLine> stacks, int thread) {
        this.stacks = stacks;
        this.thread = thread;
    }

    /** Costs one small map copy: a frame's line and its callers' are shared, never changed. */
    public FrameLines copy() {
        return new FrameLines(new HashMap<>(stacks), thread);
    }

    public void apply(TraceEvent event) {
        if (event instanceof ExecutionEvent.LineReached reached) {
            thread = reached.thread();
            FrameLine top = stacks.get(thread);
            stacks.put(thread, new FrameLine(reached.line(), top == null ? null : top.caller()));
        } else if (event instanceof ExecutionEvent.FrameEntered entered) {
            thread = entered.thread();
            stacks.put(thread, new FrameLine(entered.line(), stacks.get(thread)));
        } else if (event instanceof ExecutionEvent.FrameExited exited) {
            thread = exited.thread();
            FrameLine top = stacks.get(thread);
            if (top != null && top.caller() != null) {
                stacks.put(thread, top.caller());
            }
        }
    }

    /** The line of the frame that ran last (0: no line yet). */
    public int line() {
        FrameLine top = stacks.get(thread);
        return top == null ? 0 : top.line();
    }
}
