package org.ouroboros.ui.view.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.trace.Trace;

/** The timeline read from scheduler events, as seen at each position of the trace. */
class TimelineFoldTest {
    private static final int MS = 1_000_000;

    /** Two threads taking turns on the GIL: A runs 0–5 ms, B asks for the GIL at 5 ms and runs 6–8 ms. */
    static Trace twoThreads() {
        return new Trace(List.of(
                new SchedEvent.RunConfigured(0, "gil", "3.11", 2, 5 * MS, 7),                              // 0
                new SchedEvent.ThreadCreated(0, 1, "A", false, 0, 0),                                       // 1
                new SchedEvent.ThreadCreated(0, 2, "B", false, 0, 0),                                       // 2
                new SchedEvent.ThreadStateChanged(0, 1, "A", ThreadStateKind.RUNNING, 0, -1, ""),            // 3
                new SchedEvent.GilTaken(0, 1, 0, 0, 0, 1),                                                  // 4
                new SchedEvent.ThreadStateChanged(MS, 2, "B", ThreadStateKind.WAITING_FOR_GIL, -1, -1, ""),  // 5
                new SchedEvent.GilDropRequested(6 * MS, 2, 1, 0),                                           // 6
                new SchedEvent.GilDropped(6 * MS, 1, 0, 0, SchedEvent.DropReason.DROP_REQUEST),              // 7
                new SchedEvent.SwitchAtCheckPoint(6 * MS, 1, 2, SchedEvent.CheckPointKind.JUMP_BACKWARD, "add", 9,
                        "JUMP_BACKWARD", 10),                                                                // 8
                new SchedEvent.ThreadStateChanged(6 * MS, 1, "A", ThreadStateKind.WAITING_FOR_GIL, -1, -1, ""), // 9
                new SchedEvent.GilTaken(6 * MS, 2, 1, 0, 5 * MS, 2),                                         // 10
                new SchedEvent.ThreadStateChanged(6 * MS, 2, "B", ThreadStateKind.RUNNING, 1, -1, ""),       // 11
                new SchedEvent.ThreadStateChanged(8 * MS, 2, "B", ThreadStateKind.DONE, -1, -1, "")));       // 12
    }

    @Test
    void threadStatesBecomeSegmentsOnTheirLanes() {
        Timeline t = TimelineFold.of(twoThreads());
        assertEquals(List.of("A", "B"), t.threads().stream().map(LaneInfo::name).toList());
        assertEquals(2, t.cores().size(), "one lane per configured core");
        List<Segment> a = t.threadSegments().stream().filter(s -> s.lane() == 1).toList();
        assertEquals(List.of(LaneState.RUNNING, LaneState.WAITING_GIL), a.stream().map(Segment::state).toList());
        assertEquals(6L * MS, a.get(0).end());
        assertEquals(-1, a.get(1).toEvent(), "A still waits when the trace ends");
        List<Segment> b = t.threadSegments().stream().filter(s -> s.lane() == 2).toList();
        assertEquals(List.of(LaneState.WAITING_GIL, LaneState.RUNNING), b.stream().map(Segment::state).toList());
        assertEquals(8L * MS, b.get(1).end(), "DONE closes the running stretch");
    }

    @Test
    void theGilBandNamesEachHolder() {
        Timeline t = TimelineFold.of(twoThreads());
        assertEquals(List.of("A", "B"), t.gilSegments().stream().map(Segment::detail).toList());
        assertEquals(0L, t.gilSegments().get(0).start());
        assertEquals(6L * MS, t.gilSegments().get(0).end());
        assertEquals(6L * MS, t.gilSegments().get(1).start());
    }

    @Test
    void dropRequestsAndSwitchesAreMarks() {
        Timeline t = TimelineFold.of(twoThreads());
        assertEquals(List.of(TimelineMark.Kind.DROP_REQUEST, TimelineMark.Kind.SWITCH),
                t.marks().stream().map(TimelineMark::kind).toList());
        assertTrue(t.marks().get(1).detail().startsWith("B @ JUMP_BACKWARD"), t.marks().get(1).detail());
    }

    @Test
    void theSummaryCountsOnlyWhatHappenedUpToThePosition() {
        Timeline t = TimelineFold.of(twoThreads());
        TimelineSummary early = TimelineSummary.at(t, 5);
        assertEquals(MS, early.wall());
        assertEquals(MS, early.cpuTotal(), "A's open running stretch ends at the cursor");
        assertEquals(0, early.switches());
        TimelineSummary end = TimelineSummary.at(t, 12);
        assertEquals(8L * MS, end.wall());
        assertEquals(8L * MS, end.cpuTotal(), "A ran 6 ms, B 2 ms");
        assertEquals(6L * MS, end.cpuByThread().get(1));
        assertEquals(5L * MS + 2L * MS, end.gilWait(), "B waited 1–6 ms, A waits 6–8 ms");
        assertEquals(1, end.switches());
        assertEquals(1, end.dropRequests());
        assertEquals(1.0, end.parallelism(), 1e-9);
    }

    @Test
    void segmentsStartingAfterThePositionAreNotVisibleYet() {
        Timeline t = TimelineFold.of(twoThreads());
        Segment bRunning = t.threadSegments().stream().filter(s -> s.lane() == 2 && s.state() == LaneState.RUNNING)
                .findFirst().orElseThrow();
        assertEquals(false, bRunning.visibleAt(10));
        assertEquals(true, bRunning.visibleAt(11));
        assertEquals(6, t.positionAtTime(6L * MS), "the first event at 6 ms");
    }

    @Test
    void aSharedCoreShowsItsEarlierRunnerAgainWhenTheLaterOneLeaves() {
        // Free-threaded, one core, two runners: B joins A on core 0 and blocks; A still runs.
        Trace trace = new Trace(List.of(
                new SchedEvent.RunConfigured(0, "free", "3.11", 1, 5 * MS, 0),                           // 0
                new SchedEvent.ThreadCreated(0, 1, "A", false, 0, 0),                                    // 1
                new SchedEvent.ThreadCreated(0, 2, "B", false, 0, 0),                                    // 2
                new SchedEvent.ThreadStateChanged(0, 1, "A", ThreadStateKind.RUNNING, 0, -1, ""),         // 3
                new SchedEvent.ThreadStateChanged(MS, 2, "B", ThreadStateKind.RUNNING, 0, -1, ""),        // 4
                new SchedEvent.ThreadStateChanged(2 * MS, 2, "B", ThreadStateKind.BLOCKED, -1, 7, "x"),   // 5
                new SchedEvent.ThreadStateChanged(4 * MS, 1, "A", ThreadStateKind.DONE, -1, -1, "")));    // 6
        Timeline t = TimelineFold.of(trace);
        List<Segment> core = t.coreSegments().stream().filter(s -> s.lane() == 0).toList();
        assertEquals(List.of("A", "B", "A"), core.stream().map(Segment::detail).toList());
        assertEquals(4L * MS, core.get(2).end(), "A's stretch ends when it is done");
    }
}
