package org.ouroboros.ui.view.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Line;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.gil.LanePoint;
import org.ouroboros.ui.view.gil.ThreadExamples;
import org.ouroboros.ui.view.gil.ThreadTraces;

/**
 * The sync view on the seed's pitfalls and its condition-variable dialogue, run by the real
 * scheduler: lanes with primitive operations, primitive cards, and the deadlock report with its
 * wait-for graph. Assertions are on the scene graph.
 */
class SyncViewTest extends StagedFxTestBase {
    private static final SchedConfig CONFIG = SchedConfig.DEFAULT.withCores(2);

    private SyncView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            SyncView v = new SyncView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 760);
    }

    private static Trace run(ThreadExamples example) {
        return ThreadTraces.trace(example, CONFIG, false);
    }

    private static int deadlockPosition(Trace trace) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof SchedEvent.DeadlockDetected) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void theDoubleAcquireDeadlockShowsItsReportAndCycle() {
        Trace trace = run(ThreadExamples.DOUBLE_ACQUIRE);
        int deadlock = deadlockPosition(trace);
        assertTrue(deadlock > 0, "the scheduler reports the deadlock");
        runFx(() -> view.show(trace, deadlock - 1));
        assertFalse(callFx(view::deadlockShown), "not before the run gets there");
        runFx(() -> view.show(trace, deadlock));
        assertTrue(callFx(view::deadlockShown));
        assertTrue(callFx(() -> view.deadlockReport().getText()).contains("cycle: adder -> adder"));
        String title = callFx(() -> ((Label) view.node().lookup(".deadlock-title")).getText());
        assertTrue(title.startsWith("\u27f3 Deadlock"), title);
        List<String> onCycle = callFx(() -> view.graph().nodeLabels().stream()
                .filter(l -> l.getStyleClass().contains("on-cycle")).map(Label::getText).sorted().toList());
        assertTrue(onCycle.stream().anyMatch(t -> t.contains("adder")), onCycle.toString());
        assertTrue(onCycle.stream().anyMatch(t -> t.contains("Lock")), onCycle.toString());
        long cycleEdges = callFx(() -> view.graph().getChildren().stream()
                .filter(n -> n instanceof Line && n.getStyleClass().contains("on-cycle")).count());
        assertEquals(2, cycleEdges, "adder waits for the lock, the lock is held by adder");
        List<String> mainThread = callFx(() -> view.graph().nodeLabels().stream()
                .filter(l -> l.getText().contains("MainThread")).map(l -> String.join(",", l.getStyleClass())).toList());
        assertEquals(1, mainThread.size());
        assertFalse(mainThread.get(0).contains("on-cycle"), "the main thread waits on the cycle without being on it");
    }

    @Test
    void theLockCardShowsItsOwnerAndWaiterAndHidesThreadingsOwnLocks() {
        Trace trace = run(ThreadExamples.DOUBLE_ACQUIRE);
        int deadlock = deadlockPosition(trace);
        long lockId = ((SchedEvent.DeadlockDetected) trace.get(deadlock)).edges().stream()
                .filter(e -> e.waiterName().equals("adder")).findFirst().orElseThrow().primitive();
        runFx(() -> view.show(trace, deadlock));
        List<PrimitiveSnapshot> cards = callFx(() -> view.primitives().getChildren().stream()
                .map(n -> (PrimitiveSnapshot) n.getUserData()).toList());
        assertEquals(List.of(lockId), cards.stream().map(PrimitiveSnapshot::id).toList(),
                "only the program's lock: Thread.start()'s Event and Condition are threading's own");
        PrimitiveSnapshot lock = cards.get(0);
        assertEquals(List.of(lock.owner()), lock.waiters(), "adder waits for a lock it holds itself");
        List<String> lines = callFx(() -> ((javafx.scene.Parent) view.primitives().getChildren().get(0))
                .getChildrenUnmodifiable().stream().map(n -> ((Label) n).getText()).toList());
        assertTrue(lines.contains("Owner: adder") && lines.contains("Waiting: adder"), lines.toString());
        runFx(() -> ((javafx.scene.control.CheckBox) view.node().lookup("#sync-internals")).setSelected(true));
        assertTrue(callFx(() -> view.primitives().getChildren().size()) > 1, "threading's own locks on request");
    }

    @Test
    void theProducerConsumerDialogueHasLanesWithConditionOperations() {
        Trace trace = run(ThreadExamples.PRODUCER_CONSUMER);
        assertEquals(-1, deadlockPosition(trace), "started in the right order, the dialogue ends");
        runFx(() -> view.show(trace, trace.size() - 1));
        List<String> lanes = callFx(() -> view.node().lookupAll(".lane-name").stream().map(n -> ((Label) n).getText()).toList());
        assertTrue(lanes.containsAll(List.of("MainThread", "consumer", "producer")), lanes.toString());
        List<LanePoint> points = callFx(() -> view.node().lookupAll(".lane-point").stream()
                .map(Node::getUserData).filter(d -> d instanceof LanePoint).map(d -> (LanePoint) d).toList());
        assertTrue(points.stream().anyMatch(p -> p.text().startsWith("\u2016 Condition")), "waits drawn");
        assertTrue(points.stream().anyMatch(p -> p.text().startsWith("! Condition")), "notifies drawn");
        assertFalse(callFx(view::deadlockShown));
        // Somewhere in the dialogue a thread waits in the condition's queue.
        boolean sawWaiter = false;
        for (int i = 0; i < trace.size() && !sawWaiter; i++) {
            if (trace.get(i) instanceof SchedEvent.PrimitiveOp op && op.kind() == SchedEvent.PrimitiveKind.CONDITION
                    && !op.waiters().isEmpty()) {
                int at = i;
                runFx(() -> view.show(trace, at));
                String waiting = callFx(() -> view.node().lookupAll(".primitive-waiters").stream()
                        .map(n -> ((Label) n).getText()).filter(t -> !t.endsWith("nobody")).findFirst().orElse(""));
                sawWaiter = waiting.startsWith("Waiting: ");
            }
        }
        assertTrue(sawWaiter);
    }

    @Test
    void theLostWakeUpDeadlocksWithoutACycle() {
        Trace trace = run(ThreadExamples.LOST_WAKEUP);
        int deadlock = deadlockPosition(trace);
        assertTrue(deadlock > 0);
        runFx(() -> view.show(trace, deadlock));
        String title = callFx(() -> ((Label) view.node().lookup(".deadlock-title")).getText());
        assertTrue(title.contains("lost notify"), title);
        assertNotNull(callFx(() -> view.graph().lookup(".wait-node-primitive")));
    }

    @Test
    void speaksChinese() {
        Trace trace = run(ThreadExamples.DOUBLE_ACQUIRE);
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.show(trace, deadlockPosition(trace));
        });
        String title = callFx(() -> ((Label) view.node().lookup(".deadlock-title")).getText());
        assertTrue(title.contains("死锁"), title);
        List<String> edges = callFx(() -> view.graph().lookupAll(".wait-edge-label").stream()
                .map(n -> ((Label) n).getText()).distinct().sorted().toList());
        assertEquals(List.of("持有者", "等待"), edges);
    }
}
