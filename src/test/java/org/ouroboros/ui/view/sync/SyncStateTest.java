package org.ouroboros.ui.view.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.PrimitiveKind;
import org.ouroboros.trace.SchedEvent.PrimitiveOpKind;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;

/** Primitive states and the deadlock report folded from scheduler events. */
class SyncStateTest {
    private static SchedEvent.PrimitiveOp op(int thread, PrimitiveOpKind kind, int owner, int recursion, List<Integer> waiters) {
        return new SchedEvent.PrimitiveOp(0, thread, 7, PrimitiveKind.RLOCK, "RLock#1", kind, owner, recursion, 0, waiters, 0, "");
    }

    static Trace doubleAcquire() {
        SchedEvent.WaitEdge self = new SchedEvent.WaitEdge(1, "adder", 9, "Lock#1 in acquire()", 1, "adder");
        SchedEvent.WaitEdge join = new SchedEvent.WaitEdge(0, "MainThread", 11, "join(adder)", 1, "adder");
        return new Trace(List.of(
                new SchedEvent.ThreadCreated(0, 1, "adder", false, 0, 0),
                new SchedEvent.PrimitiveOp(0, 1, 9, PrimitiveKind.LOCK, "Lock#1", PrimitiveOpKind.ACQUIRE, 1, 0, 0, List.of(), 0, ""),
                new SchedEvent.PrimitiveOp(0, 1, 9, PrimitiveKind.LOCK, "Lock#1", PrimitiveOpKind.BLOCK, 1, 0, 0, List.of(1), 0, ""),
                new SchedEvent.DeadlockDetected(10, List.of(self, join), List.of(1, 1), "Deadlock: adder waits for Lock#1 held by adder\n")));
    }

    @Test
    void eachPrimitiveShowsItsLatestState() {
        Trace trace = new Trace(List.of(
                op(1, PrimitiveOpKind.ACQUIRE, 1, 1, List.of()),
                op(1, PrimitiveOpKind.ACQUIRE, 1, 2, List.of()),
                op(2, PrimitiveOpKind.BLOCK, 1, 2, List.of(2)),
                op(1, PrimitiveOpKind.RELEASE, 1, 1, List.of(2))));
        CheckpointedFold<SyncState> fold = new CheckpointedFold<>(new SyncFold(), 2);
        assertEquals(2, fold.stateAt(trace, 1).primitive(7).recursion());
        SyncState blocked = fold.stateAt(trace, 2);
        assertEquals(List.of(2), blocked.primitive(7).waiters());
        assertEquals(7, blocked.touched());
        assertEquals(1, fold.stateAt(trace, 3).primitive(7).recursion());
        assertEquals(2, fold.stateAt(trace, 1).primitive(7).recursion(), "stepping back is exact");
        assertTrue(fold.stateAt(trace, -1).primitives().isEmpty());
    }

    @Test
    void theDeadlockAppearsWhenTheRunReachesIt() {
        Trace trace = doubleAcquire();
        CheckpointedFold<SyncState> fold = new CheckpointedFold<>(new SyncFold());
        assertNull(fold.stateAt(trace, 2).deadlock());
        SyncState end = fold.stateAt(trace, 3);
        assertEquals(3, end.deadlockPosition());
        assertEquals("adder", end.threadName(1));
    }

    @Test
    void theWaitForGraphMarksTheCycle() {
        SchedEvent.DeadlockDetected d = (SchedEvent.DeadlockDetected) doubleAcquire().get(3);
        WaitForGraph g = WaitForGraph.of(d);
        assertTrue(g.hasCycle());
        assertEquals(List.of("adder", "Lock#1 in acquire()", "MainThread", "join(adder)"),
                g.nodes().stream().map(WaitForGraph.Node::label).toList());
        List<WaitForGraph.Edge> onCycle = g.edges().stream().filter(WaitForGraph.Edge::onCycle).toList();
        assertEquals(2, onCycle.size(), "adder waits for Lock#1, held by adder");
        assertTrue(g.nodes().stream().filter(n -> n.label().equals("MainThread")).noneMatch(WaitForGraph.Node::onCycle),
                "the main thread waits on the cycle but is not part of it");
    }

    @Test
    void opKeysNameEveryOperation() {
        assertEquals("op.acquiredAfterWait", OpGlyphs.key(PrimitiveOpKind.ACQUIRED_AFTER_WAIT));
        assertEquals("op.notifyAll", OpGlyphs.key(PrimitiveOpKind.NOTIFY_ALL));
    }
}
