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
import org.ouroboros.ui.view.execution.ExecutionState.Frame;
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
}
