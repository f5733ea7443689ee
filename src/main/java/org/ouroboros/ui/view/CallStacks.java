package org.ouroboros.ui.view;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ouroboros.trace.ExecutionEvent.ExceptionRaised;
import org.ouroboros.trace.ExecutionEvent.FrameEntered;
import org.ouroboros.trace.ExecutionEvent.FrameExited;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.TraceEvent;

/**
 * Each thread's call stack, followed from a trace's frame and line events, and the thread that ran
 * last. A call returns to its caller's line: the VM reports no new line for {@code v = A() + B()}
 * after {@code B.__init__} returns, so what follows is on the caller's line, not on the last line
 * {@code __init__} ran. The execution view shows these stacks; views that say "line N" for what
 * happens at a position ask {@link #line()}.
 */
public final class CallStacks {
    /** One frame on a call stack; {@code line} is the line it is at now. */
    public record Frame(String function, int depth, int line) {}

    private final Map<Integer, List<Frame>> stacks;
    private int currentThread;

    public CallStacks() {
        this(new TreeMap<>(), 0);
    }

    private CallStacks(Map<Integer, List<Frame>> stacks, int currentThread) {
        this.stacks = stacks;
        this.currentThread = currentThread;
    }

    public CallStacks copy() {
        Map<Integer, List<Frame>> copied = new TreeMap<>();
        stacks.forEach((thread, frames) -> copied.put(thread, new ArrayList<>(frames)));
        return new CallStacks(copied, currentThread);
    }

    /** Applies a frame, line or exception event in place; other events change nothing. */
    public void apply(TraceEvent event) {
        if (event instanceof FrameEntered entered) {
            List<Frame> stack = stack(entered.thread());
            popTo(stack, entered.depth());
            stack.add(new Frame(entered.function(), entered.depth(), entered.line()));
            currentThread = entered.thread();
        } else if (event instanceof LineReached reached) {
            List<Frame> stack = stack(reached.thread());
            if (stack.isEmpty()) {
                stack.add(new Frame(reached.function(), 0, reached.line()));
            } else {
                Frame top = stack.get(stack.size() - 1);
                stack.set(stack.size() - 1, new Frame(reached.function(), top.depth(), reached.line()));
            }
            currentThread = reached.thread();
        } else if (event instanceof FrameExited exited) {
            popTo(stack(exited.thread()), exited.depth());
            currentThread = exited.thread();
        } else if (event instanceof ExceptionRaised raised) {
            currentThread = raised.thread();
        }
    }

    private List<Frame> stack(int thread) {
        return stacks.computeIfAbsent(thread, t -> new ArrayList<>());
    }

    private static void popTo(List<Frame> stack, int depth) {
        while (!stack.isEmpty() && stack.get(stack.size() - 1).depth() >= depth) {
            stack.remove(stack.size() - 1);
        }
    }

    /** The thread of the latest frame, line or exception event. */
    public int currentThread() {
        return currentThread;
    }

    public List<Integer> threads() {
        return List.copyOf(stacks.keySet());
    }

    /** {@code thread}'s frames, outermost first. */
    public List<Frame> callStack(int thread) {
        return Collections.unmodifiableList(stacks.getOrDefault(thread, List.of()));
    }

    /** The innermost frame of {@code thread}, or null. */
    public Frame top(int thread) {
        List<Frame> stack = stacks.get(thread);
        return stack == null || stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** The line of the frame that ran last (0: no line yet). */
    public int line() {
        Frame top = top(currentThread);
        return top == null ? 0 : top.line();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CallStacks that && stacks.equals(that.stacks) && currentThread == that.currentThread;
    }

    @Override
    public int hashCode() {
        return stacks.hashCode() * 31 + currentThread;
    }

    @Override
    public String toString() {
        return "thread=" + currentThread + ", stacks=" + stacks;
    }
}
