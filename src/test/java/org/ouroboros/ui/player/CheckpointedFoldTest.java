package org.ouroboros.ui.player;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

class CheckpointedFoldTest {
    /** The simplest fold there is: the state is the list of events applied so far. */
    static final class History implements TraceFold<List<TraceEvent>> {
        int applied;

        @Override
        public List<TraceEvent> initial() {
            return new ArrayList<>();
        }

        @Override
        public List<TraceEvent> apply(List<TraceEvent> state, TraceEvent event) {
            applied++;
            state.add(event);
            return state;
        }

        @Override
        public List<TraceEvent> copy(List<TraceEvent> state) {
            return new ArrayList<>(state);
        }
    }

    private static List<TraceEvent> foldedFromStart(Trace trace, int position) {
        return trace.events().subList(0, position + 1);
    }

    @Provide
    Arbitrary<List<Integer>> seeks() {
        return Arbitraries.integers().between(-1, 99).list().ofMinSize(1).ofMaxSize(40);
    }

    @Property(tries = 200)
    void anySequenceOfSeeksGivesTheStateFoldedFromTheStart(
            @ForAll("seeks") List<Integer> positions, @ForAll @IntRange(min = 1, max = 12) int interval) {
        Trace trace = PlayerModelTest.linesTrace(100);
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(new History(), interval);
        for (int position : positions) {
            assertEquals(foldedFromStart(trace, position), fold.stateAt(trace, position), "at " + position);
        }
    }

    @Test
    void stepsForwardApplyOneEventEach() {
        Trace trace = PlayerModelTest.linesTrace(50);
        History history = new History();
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(history, 10);
        for (int k = -1; k < 50; k++) {
            fold.stateAt(trace, k);
        }
        assertEquals(50, history.applied);
        assertEquals(6, fold.checkpointCount(), "the initial state and one per 10 events");
    }

    @Test
    void seeksBackStartFromTheNearestCheckpoint() {
        Trace trace = PlayerModelTest.linesTrace(5_000);
        History history = new History();
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(history);
        fold.stateAt(trace, 4_999);
        history.applied = 0;
        assertEquals(foldedFromStart(trace, 2_500), fold.stateAt(trace, 2_500));
        assertEquals(501, history.applied, "from the checkpoint at 1999 to 2500");
    }

    @Test
    void theReturnedStateIsACopyTheFoldNeverTouchesAgain() {
        Trace trace = PlayerModelTest.linesTrace(10);
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(new History(), 3);
        List<TraceEvent> atTwo = fold.stateAt(trace, 2);
        fold.stateAt(trace, 9);
        assertEquals(3, atTwo.size());
        atTwo.clear();
        assertEquals(foldedFromStart(trace, 2), fold.stateAt(trace, 2));
    }

    @Test
    void aNewTraceStartsAfresh() {
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(new History(), 3);
        Trace first = PlayerModelTest.linesTrace(10);
        Trace second = new Trace(first.events().subList(5, 10));
        fold.stateAt(first, 9);
        assertEquals(second.events(), fold.stateAt(second, 4));
    }

    @Test
    void positionsOutsideTheTraceAreRefused() {
        CheckpointedFold<List<TraceEvent>> fold = new CheckpointedFold<>(new History());
        Trace trace = PlayerModelTest.linesTrace(3);
        assertThrows(IndexOutOfBoundsException.class, () -> fold.stateAt(trace, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> fold.stateAt(trace, -2));
    }
}
