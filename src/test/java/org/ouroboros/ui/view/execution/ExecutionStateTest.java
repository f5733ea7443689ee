package org.ouroboros.ui.view.execution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.view.CallStacks.Frame;
import org.ouroboros.ui.view.execution.ExecutionState.Output;

class ExecutionStateTest {
    private static ExecutionState foldedFromStart(Trace trace, int position) {
        ExecutionState state = new ExecutionState();
        for (int i = 0; i <= position; i++) {
            state.apply(trace.get(i));
        }
        return state;
    }

    @Test
    void insideACallTheStackHasBothFramesAndTheLineIsTheCallee() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, 8);
        assertEquals(List.of(new Frame("<module>", 0, 6), new Frame("greet", 1, 3)), state.callStack());
        assertEquals(new Frame("greet", 1, 3), state.currentFrame());
        assertEquals(List.of(new Output("hello Ada\n", false)), state.output(), "adjacent writes merge");
        assertNull(state.lastException());
    }

    @Test
    void aReturnPopsTheFrameAndRemembersTheValue() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, 9);
        assertEquals(List.of(new Frame("<module>", 0, 6)), state.callStack());
        assertEquals(new ExecutionState.Returned("greet", "3", false), state.lastReturn());
    }

    @Test
    void anExceptionNamesTheFunctionItWasRaisedIn() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, 15);
        assertEquals(new ExecutionState.Raised(0, "ZeroDivisionError", "integer division or modulo by zero", 5, "ratio"),
                state.lastException());
    }

    @Test
    void stdoutAndStderrStaySeparateInOrder() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, DemoTraces.GREET.size() - 1);
        List<Output> output = state.output();
        assertEquals(2, output.size());
        assertEquals(new Output("hello Ada\n3\n", false), output.get(0));
        assertEquals(true, output.get(1).stderr());
        assertEquals(List.of(), state.callStack(), "the module frame unwound");
        assertNull(state.currentFrame());
    }

    @Test
    void eachThreadHasItsOwnStack() {
        ExecutionState state = foldedFromStart(DemoTraces.twoThreads(), 2);
        assertEquals(1, state.currentThread());
        assertEquals(List.of(new Frame("worker", 0, 4)), state.callStack());
        assertEquals(List.of(new Frame("<module>", 0, 1)), state.callStack(0));
        assertEquals(List.of(0, 1), state.threads());
    }

    @Test
    void aCopyIsIndependent() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, 5);
        ExecutionState copy = state.copy();
        state.apply(DemoTraces.GREET.get(6));
        state.apply(DemoTraces.GREET.get(8));
        assertEquals(foldedFromStart(DemoTraces.GREET, 5), copy);
    }

    @Property(tries = 100)
    void checkpointedStatesEqualFoldingFromTheStart(@ForAll @IntRange(min = -1, max = 1_600) int first,
                                                    @ForAll @IntRange(min = -1, max = 1_600) int second) {
        Trace trace = DemoTraces.countdown(600, 1_500);
        int a = Math.min(first, trace.size() - 1);
        int b = Math.min(second, trace.size() - 1);
        CheckpointedFold<ExecutionState> fold = new CheckpointedFold<>(new ExecutionFold(), 100);
        assertEquals(foldedFromStart(trace, a), fold.stateAt(trace, a));
        assertEquals(foldedFromStart(trace, b), fold.stateAt(trace, b));
    }

    @Test
    void theOutputTailKeepsTheEndAndSaysWhenItLeftSomethingOut() {
        ExecutionState state = foldedFromStart(DemoTraces.GREET, DemoTraces.GREET.size() - 1);
        ExecutionState.OutputTail all = state.outputTail(10_000);
        assertEquals(state.output(), all.pieces());
        assertEquals(false, all.earlierOmitted());
        ExecutionState.OutputTail end = state.outputTail(5);
        assertEquals(true, end.earlierOmitted());
        assertEquals(1, end.pieces().size());
        assertEquals(true, end.pieces().get(0).stderr(), "the traceback is the last piece");
    }

    @Test
    void copiesShareOutputYetDivergeSafely() {
        ExecutionState base = foldedFromStart(DemoTraces.GREET, 6);
        ExecutionState replay = base.copy();
        ExecutionState other = base.copy();
        base.apply(new org.ouroboros.trace.ExecutionEvent.OutputWritten(0, "A", false));
        replay.apply(new org.ouroboros.trace.ExecutionEvent.OutputWritten(0, "A", false));
        other.apply(new org.ouroboros.trace.ExecutionEvent.OutputWritten(0, "B", true));
        assertEquals(List.of(new Output("hello AdaA", false)), base.output());
        assertEquals(base.output(), replay.output());
        assertEquals(List.of(new Output("hello Ada", false), new Output("B", true)), other.output());
        assertEquals(List.of(new Output("hello AdaA", false)), base.output(), "unchanged by the other copy");
    }
}
