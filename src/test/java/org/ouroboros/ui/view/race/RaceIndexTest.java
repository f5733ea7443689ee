package org.ouroboros.ui.view.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.ExecutionEvent;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;

/** Lost updates found in bytecode steps: a store computed from a load that other stores made stale. */
class RaceIndexTest {
    private final List<TraceEvent> events = new ArrayList<>();

    private void step(int thread, String function, int offset, String op, String arg, boolean check) {
        events.add(new SchedEvent.BytecodeStep(events.size(), thread, function, offset, op, arg, 1, check));
    }

    /** One {@code total += 1} (or -= 1) split at {@code splitAfter} instructions. */
    private void update(int thread, String function, String op, int from, int to) {
        String[][] body = {{"LOAD_GLOBAL", "total"}, {"LOAD_CONST", "1"}, {"BINARY_OP", op}, {"STORE_GLOBAL", "total"},
                {"JUMP_BACKWARD", "to 4"}};
        for (int i = from; i < to; i++) {
            step(thread, function, 3 + i, body[i][0], body[i][1], body[i][0].equals("JUMP_BACKWARD"));
        }
    }

    private Trace trace() {
        return new Trace(events);
    }

    private void prologue() {
        events.add(new SchedEvent.RunConfigured(0, "gil", "3.9", 1, 5_000_000, 1));
        events.add(new SchedEvent.ThreadCreated(0, 1, "Thread-1 (add)", false, 0, 0));
        events.add(new SchedEvent.ThreadCreated(0, 2, "Thread-2 (desc)", false, 0, 0));
        step(0, "<module>", 0, "LOAD_CONST", "0", false);
        step(0, "<module>", 1, "STORE_NAME", "total", false);
    }

    @Test
    void aStoreFromAStaleLoadLosesTheOtherThreadsUpdates() {
        prologue();
        update(1, "add", "+=", 0, 5);          // total = 1
        update(1, "add", "+=", 0, 2);          // thread 1 loads 1 ...
        int switchAt = events.size();
        events.add(new SchedEvent.SwitchAtCheckPoint(0, 1, 2, SchedEvent.CheckPointKind.INSTRUCTION, "add", 4, "LOAD_CONST", 1));
        update(2, "desc", "-=", 0, 5);         // total = 0
        update(2, "desc", "-=", 0, 5);         // total = -1
        int lostStore = events.size() + 1; // BINARY_OP first, then the store
        update(1, "add", "+=", 2, 5);          // ... and stores 2: both decrements lost
        events.add(new ExecutionEvent.OutputWritten(0, "2\n", false));

        RaceIndex index = RaceIndex.of(trace());
        assertEquals("total", index.variable());
        assertEquals(List.of(1, 2), index.threads());
        assertEquals("3.9", index.cpython());
        assertEquals(1, index.lostUpdates().size());
        StoreRecord lost = index.lostUpdates().get(0);
        assertEquals(lostStore, lost.position());
        assertEquals(1, lost.thread());
        assertEquals(2, lost.overwritten());
        assertEquals(0, index.expectedTotal(), "two increments, two decrements");
        assertEquals(2, index.countedTotal(), "what the last store wrote, counted from the steps");
        assertEquals("2", index.finalOutput());
        assertEquals(List.of(switchAt), index.switches().stream().map(SwitchRecord::position).toList());
        assertEquals(RaceVariant.PLAIN, index.variant());
    }

    @Test
    void theMomentShowsAPendingLoadTurningStale() {
        prologue();
        update(1, "add", "+=", 0, 1);          // thread 1 loads
        int loaded = events.size() - 1;
        update(2, "desc", "-=", 0, 4);         // thread 2 stores
        int stored = events.size() - 1;
        update(1, "add", "+=", 1, 4);

        RaceIndex index = RaceIndex.of(trace());
        RaceMoment afterLoad = index.at(loaded);
        assertEquals(loaded, afterLoad.pendingLoad().get(1));
        assertFalse(afterLoad.staleLoad().get(1));
        RaceMoment afterOtherStore = index.at(stored);
        assertTrue(afterOtherStore.staleLoad().get(1), "thread 2 stored since thread 1's load");
        assertEquals(0, afterOtherStore.lostUpdates());
        RaceMoment end = index.at(events.size() - 1);
        assertTrue(end.atLostUpdate());
        assertEquals(1, end.lostUpdates());
        assertNull(end.pendingLoad().get(1), "stored: nothing pending");
        assertEquals(loaded, index.nextLost(0) == -1 ? -2 : index.lostUpdates().get(0).loadPosition());
    }

    @Test
    void updatesThatDoNotOverlapLoseNothing() {
        prologue();
        for (int i = 0; i < 3; i++) {
            update(1, "add", "+=", 0, 5);
            update(2, "desc", "-=", 0, 5);
        }
        RaceIndex index = RaceIndex.of(trace());
        assertEquals(0, index.lostUpdates().size());
        assertEquals(0, index.countedTotal());
        assertEquals(0, index.expectedTotal());
    }

    @Test
    void listingsHoldEachInstructionOnceWithItsCheckPoint() {
        prologue();
        update(1, "add", "+=", 0, 5);
        update(1, "add", "+=", 0, 5);
        update(2, "desc", "-=", 0, 5);
        RaceIndex index = RaceIndex.of(trace());
        List<ListedInstruction> listing = index.listing(1);
        assertEquals(List.of("LOAD_GLOBAL", "LOAD_CONST", "BINARY_OP", "STORE_GLOBAL", "JUMP_BACKWARD"),
                listing.stream().map(ListedInstruction::opname).toList());
        assertEquals(List.of(false, false, false, false, true), listing.stream().map(ListedInstruction::checkPoint).toList());
        assertEquals(6, listing.get(0).printedOffset());
    }
}
