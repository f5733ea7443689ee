package org.ouroboros.ui.view.execution;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.ExecutionEvent.ExceptionRaised;
import org.ouroboros.trace.ExecutionEvent.FrameExited;
import org.ouroboros.trace.ExecutionEvent.OutputWritten;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.view.CallStacks;
import org.ouroboros.ui.view.CallStacks.Frame;

/**
 * What the program looks like after some events: output so far, each thread's call stack, the
 * current line and function, the last return and the last exception. Built by applying
 * {@link ExecutionEvent}s in order; other event families are ignored.
 */
public final class ExecutionState {
    /** Text written to one stream, in the order written. */
    public record Output(String text, boolean stderr) {}

    /** The last exception raised, and the function it was raised in (null when unknown). */
    public record Raised(int thread, String type, String message, int line, String function) {}

    /** The last frame that finished: its value's repr, or {@code raised} when it unwound. */
    public record Returned(String function, String valueRepr, boolean raised) {}

    private final OutputLog output;
    private final CallStacks stacks;
    private Raised lastException;
    private Returned lastReturn;

    public ExecutionState() {
        this(new OutputLog(), new CallStacks(), null, null);
    }

    private ExecutionState(OutputLog output, CallStacks stacks, Raised lastException, Returned lastReturn) {
        this.output = output;
        this.stacks = stacks;
        this.lastException = lastException;
        this.lastReturn = lastReturn;
    }

    public ExecutionState copy() {
        return new ExecutionState(output.copy(), stacks.copy(), lastException, lastReturn);
    }

    /** Applies one event in place. */
    public void apply(TraceEvent event) {
        stacks.apply(event);
        if (event instanceof FrameExited exited) {
            lastReturn = new Returned(exited.function(), exited.valueRepr(), exited.raised());
        } else if (event instanceof OutputWritten written) {
            output.append(new Output(written.text(), written.stderr()));
        } else if (event instanceof ExceptionRaised raised) {
            Frame top = stacks.top(raised.thread());
            lastException = new Raised(raised.thread(), raised.type(), raised.message(), raised.line(),
                    top == null ? null : top.function());
        }
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
        return stacks.currentThread();
    }

    /** Threads that have had frames, in id order. */
    public List<Integer> threads() {
        return stacks.threads();
    }

    /** The current thread's call stack, outermost frame first. */
    public List<Frame> callStack() {
        return stacks.callStack(stacks.currentThread());
    }

    public List<Frame> callStack(int thread) {
        return stacks.callStack(thread);
    }

    /** The innermost frame of the current thread, or null when none is running. */
    public Frame currentFrame() {
        return stacks.top(stacks.currentThread());
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
                && Objects.equals(lastException, that.lastException)
                && Objects.equals(lastReturn, that.lastReturn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(output(), stacks, lastException, lastReturn);
    }

    @Override
    public String toString() {
        return "ExecutionState[" + stacks + ", output=" + output()
                + ", lastException=" + lastException + ", lastReturn=" + lastReturn + "]";
    }
}
