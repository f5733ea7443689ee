package org.ouroboros.ui.view.execution;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.ExecutionEvent.ExceptionRaised;
import org.ouroboros.trace.ExecutionEvent.FrameEntered;
import org.ouroboros.trace.ExecutionEvent.FrameExited;
import org.ouroboros.trace.ExecutionEvent.LineReached;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.TraceEvent;

/**
 * What the program looks like after some events: output so far, each thread's call stack, the
 * current line and function, the last return and the last exception. Built by applying
 * {@link ExecutionEvent}s in order; other event families are ignored.
 */
public final class ExecutionState {
    /** One frame on a call stack; {@code line} is the line it is at now. */
    public record Frame(String function, int depth, int line) {}

    /** Text written to one stream, in the order written. */
    public record Output(String text, boolean stderr) {}

    /** The last exception raised, and the function it was raised in (null when unknown). */
    public record Raised(int thread, String type, String message, int line, String function) {}

    /** The last frame that finished: its value's repr, or {@code raised} when it unwound. */
    public record Returned(String function, String valueRepr, boolean raised) {}

    private final OutputLog output;
    private final Map<Integer, List<Frame>> stacks;
    private int currentThread;
    private Raised lastException;
    private Returned lastReturn;

    public ExecutionState() {
        this(new OutputLog(), new TreeMap<>(), 0, null, null);
    }

    private ExecutionState(OutputLog output, Map<Integer, List<Frame>> stacks, int currentThread,
                           Raised lastException, Returned lastReturn) {
        this.output = output;
        this.stacks = stacks;
        this.currentThread = currentThread;
        this.lastException = lastException;
        this.lastReturn = lastReturn;
    }

    public ExecutionState copy() {
        Map<Integer, List<Frame>> stacksCopy = new TreeMap<>();
        stacks.forEach((thread, frames) -> stacksCopy.put(thread, new ArrayList<>(frames)));
        return new ExecutionState(output.copy(), stacksCopy, currentThread, lastException, lastReturn);
    }

    /** Applies one event in place. */
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
            lastReturn = new Returned(exited.function(), exited.valueRepr(), exited.raised());
            currentThread = exited.thread();
        } else if (event instanceof OutputWritten written) {
            output.append(new Output(written.text(), written.stderr()));
        } else if (event instanceof ExceptionRaised raised) {
            Frame top = top(raised.thread());
            lastException = new Raised(raised.thread(), raised.type(), raised.message(), raised.line(),
                    top == null ? null : top.function());
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

    private Frame top(int thread) {
        List<Frame> stack = stacks.get(thread);
        return stack == null || stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    /** All output in order; adjacent pieces of the same stream merged. */
    public List<Output> output() {
        return merged(0);
    }

    /** The end of the output, merged, and whether earlier output was left out. */
    public record OutputTail(List<Output> pieces, boolean earlierOmitted) {}

    /**
     * At least the last {@code maxChars} characters of output (whole pieces), cheap however long
     * the program has been printing.
     */
    public OutputTail outputTail(int maxChars) {
        int from = output.size();
        int chars = 0;
        while (from > 0 && chars < maxChars) {
            from--;
            chars += output.get(from).text().length();
        }
        return new OutputTail(merged(from), from > 0);
    }

    private List<Output> merged(int from) {
        List<Output> merged = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        Boolean stderr = null;
        for (int i = from; i < output.size(); i++) {
            Output piece = output.get(i);
            if (stderr != null && stderr != piece.stderr()) {
                merged.add(new Output(text.toString(), stderr));
                text.setLength(0);
            }
            stderr = piece.stderr();
            text.append(piece.text());
        }
        if (stderr != null) {
            merged.add(new Output(text.toString(), stderr));
        }
        return merged;
    }

    /** The thread of the latest line, call, return or exception (0 before any). */
    public int currentThread() {
        return currentThread;
    }

    /** Threads that have had frames, in id order. */
    public List<Integer> threads() {
        return List.copyOf(stacks.keySet());
    }

    /** The current thread's call stack, outermost frame first. */
    public List<Frame> callStack() {
        return callStack(currentThread);
    }

    public List<Frame> callStack(int thread) {
        return Collections.unmodifiableList(stacks.getOrDefault(thread, List.of()));
    }

    /** The innermost frame of the current thread, or null when none is running. */
    public Frame currentFrame() {
        return top(currentThread);
    }

    public Raised lastException() {
        return lastException;
    }

    public Returned lastReturn() {
        return lastReturn;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ExecutionState that
                && output().equals(that.output())
                && stacks.equals(that.stacks)
                && currentThread == that.currentThread
                && Objects.equals(lastException, that.lastException)
                && Objects.equals(lastReturn, that.lastReturn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(output(), stacks, currentThread, lastException, lastReturn);
    }

    @Override
    public String toString() {
        return "ExecutionState[thread=" + currentThread + ", stacks=" + stacks + ", output=" + output()
                + ", lastException=" + lastException + ", lastReturn=" + lastReturn + "]";
    }
}
