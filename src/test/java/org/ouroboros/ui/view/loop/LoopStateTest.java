package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;
import org.ouroboros.ui.view.loop.LoopRecords.Timer;

/** The loop view's state follows _run_once's phases on a real loop's trace. */
class LoopStateTest {
    private static final Trace FIVE = LoopTraces.fiveTimers();

    private static LoopState at(int position) {
        return new CheckpointedFold<>(new LoopFold()).stateAt(FIVE, position);
    }

    private static int first(Class<?> type, int from) {
        for (int k = from; k < FIVE.size(); k++) {
            if (type.isInstance(FIVE.get(k))) {
                return k;
            }
        }
        throw new AssertionError("no " + type.getSimpleName());
    }

    @Test
    void phasesFollowEachOtherInRunOnceOrder() {
        List<LoopPhase> seen = new ArrayList<>();
        for (int k = 0; k < FIVE.size(); k++) {
            LoopPhase p = at(k).phase();
            if (seen.isEmpty() || seen.get(seen.size() - 1) != p) {
                seen.add(p);
            }
        }
        String order = seen.stream().map(Enum::name).collect(Collectors.joining(" "));
        assertTrue(order.contains("COMPUTE_TIMEOUT SELECT MOVE_TIMERS RUN_READY IDLE"), order);
        assertTrue(order.startsWith("IDLE COMPUTE_TIMEOUT SELECT RUN_READY IDLE"), order);
    }

    @Test
    void allFiveTimersWaitTogetherAndFallDueInOneIteration() {
        int firstSleepScheduled = first(AioEvent.IterationStarted.class, first(AioEvent.IterationFinished.class, 0));
        LoopState waiting = at(firstSleepScheduled);
        List<Timer> timers = waiting.timers();
        assertEquals(5, timers.size());
        assertTrue(timers.stream().allMatch(t -> Math.abs(t.when() - waiting.origin() - 2.0) < 0.01), timers.toString());
        assertEquals(2.0, waiting.selectTimeout(), 0.01, "select sleeps until the timers, not 5 x 2 s");

        int due = first(AioEvent.TimersDue.class, 0);
        LoopState moved = at(due);
        assertEquals(LoopPhase.MOVE_TIMERS, moved.phase());
        assertEquals(0, moved.timers().size());
        assertEquals(5, moved.ready().size());
        assertEquals(5, moved.timersJustDue().size());
        assertEquals(2.0, moved.time() - moved.origin(), 0.01);
    }

    @Test
    void callbacksScheduledWhileRunningWaitForTheNextIteration() {
        int due = first(AioEvent.TimersDue.class, 0);
        int stopScheduled = first(AioEvent.HandleScheduled.class, due);
        LoopState s = at(stopScheduled);
        assertEquals(LoopPhase.RUN_READY, s.phase());
        assertTrue(s.ready().get(s.ready().size() - 1).nextRound());
        assertEquals("stop", s.ready().get(s.ready().size() - 1).description());
    }
}
