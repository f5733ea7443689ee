package org.ouroboros.ui.view.race;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.view.gil.ThreadExamples;
import org.ouroboros.ui.view.gil.ThreadTraces;

/**
 * The race view on the seed's race (5,000 iterations for stepping) run by the real scheduler:
 * under 3.9 a lost update is marked where it happens; under 3.11 plain += ends at 0 and the
 * total + one() variant loses updates; a Lock fixes it. Assertions are on the scene graph.
 */
class RaceViewTest extends StagedFxTestBase {
    private static final SchedConfig V311 = SchedConfig.DEFAULT.withCores(2);
    private static final SchedConfig V39 = V311.withCpython(SchedConfig.CPythonVersion.V3_9);

    private RaceView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            RaceView v = new RaceView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 760);
    }

    private static Trace run(ThreadExamples example, SchedConfig config) {
        return ThreadTraces.trace(example, config, true);
    }

    private void showAt(Trace trace, int position) {
        runFx(() -> view.show(trace, position));
    }

    private List<HBox> logRows(String styleClass) {
        return callFx(() -> view.log().getChildren().stream().filter(n -> n.getStyleClass().contains(styleClass))
                .map(n -> (HBox) n).toList());
    }

    private static String text(HBox row) {
        return String.join(" ", row.getChildren().stream().map(n -> ((Label) n).getText()).toList());
    }

    @Test
    void underPython39TheLostUpdateIsMarkedWhereItHappens() {
        Trace trace = run(ThreadExamples.RACE_SMALL, V39);
        showAt(trace, trace.size() - 1);
        RaceIndex index = view.index();
        assertFalse(index.lostUpdates().isEmpty(), "3.9 can switch between LOAD_GLOBAL and STORE_GLOBAL");
        assertNotEquals("0", index.finalOutput());
        assertEquals(Long.parseLong(index.finalOutput()), index.countedTotal(),
                "the stores found in the trace add up to what the program printed");

        int lostAt = index.nextLost(-1);
        showAt(trace, lostAt);
        assertTrue(callFx(() -> view.moment().atLostUpdate()));
        assertTrue(callFx(() -> view.callout().isVisible() && view.callout().getStyleClass().contains("race-callout-now")));
        assertTrue(callFx(() -> view.callout().getText()).startsWith("\u2717 Lost update at #" + lostAt));
        List<HBox> lost = logRows("race-log-lost");
        assertEquals(1, lost.size());
        assertTrue(text(lost.get(0)).contains("STORE_GLOBAL total"), text(lost.get(0)));
        assertTrue(lost.get(0).getStyleClass().contains("race-log-current"));

        showAt(trace, lostAt - 1);
        assertFalse(callFx(() -> view.moment().atLostUpdate()));
        Integer stale = callFx(() -> view.moment().pendingLoad().get(index.lostUpdates().get(0).thread()));
        assertEquals(index.lostUpdates().get(0).loadPosition(), stale, "the stale load is still pending just before");
        assertTrue(callFx(() -> view.node().lookupAll(".race-row-stale").size()) == 1, "its listing marks the stale load");
    }

    @Test
    void underPython311PlainPlusEqualsEndsAtZero() {
        Trace trace = run(ThreadExamples.RACE_SMALL, V311);
        showAt(trace, trace.size() - 1);
        assertEquals("0", view.index().finalOutput());
        assertTrue(view.index().lostUpdates().isEmpty());
        assertTrue(view.index().switches().size() > 0, "the threads did switch, only never inside an update");
        assertFalse(callFx(() -> view.callout().isVisible()));
        String totals = callFx(() -> view.totals().getText());
        assertTrue(totals.contains("final total printed: 0") && totals.contains("expected with no update lost: 0"), totals);
        String explanation = callFx(() -> ((Label) view.node().lookup(".race-explanation")).getText());
        assertTrue(explanation.contains("CPython 3.11") && explanation.contains("still not atomic"), explanation);
    }

    @Test
    void aCallBetweenLoadAndStoreLosesUpdatesOn311Too() {
        Trace trace = run(ThreadExamples.RACE_CALL, V311);
        showAt(trace, trace.size() - 1);
        assertEquals(RaceVariant.CALL, view.index().variant());
        assertFalse(view.index().lostUpdates().isEmpty());
        assertNotEquals("0", view.index().finalOutput());
    }

    @Test
    void aLockLosesNothingOnEitherVersion() {
        for (SchedConfig c : List.of(V311, V39)) {
            Trace trace = run(ThreadExamples.RACE_LOCK, c);
            showAt(trace, trace.size() - 1);
            assertEquals(RaceVariant.LOCKED, view.index().variant());
            assertTrue(view.index().lostUpdates().isEmpty());
            assertEquals("0", view.index().finalOutput());
        }
    }

    @Test
    void listingsShowBothThreadsSideBySideWithCheckPointsAndTheCurrentInstruction() {
        Trace trace = run(ThreadExamples.RACE_SMALL, V311);
        int middle = view.index().steps().isEmpty() ? trace.size() / 2 : trace.size() / 2;
        showAt(trace, middle);
        List<ListingPanel> panels = view.listings();
        assertEquals(List.of("Thread-1 (add)", "Thread-2 (desc)"),
                callFx(() -> panels.stream().map(p -> ((Label) p.getChildren().get(0)).getText()).toList()));
        List<String> ops = callFx(() -> panels.get(0).rows().stream()
                .map(r -> ((ListedInstruction) r.getUserData()).opname()).toList());
        assertTrue(ops.containsAll(List.of("LOAD_GLOBAL", "BINARY_OP", "STORE_GLOBAL", "JUMP_BACKWARD")), ops.toString());
        List<String> checkPoints = callFx(() -> panels.get(0).rows().stream()
                .filter(r -> r.getStyleClass().contains("race-row-checkpoint"))
                .map(r -> ((ListedInstruction) r.getUserData()).opname()).toList());
        assertTrue(checkPoints.contains("JUMP_BACKWARD") && !checkPoints.contains("STORE_GLOBAL"), checkPoints.toString());
        long current = callFx(() -> view.node().lookupAll(".race-row-current").size());
        assertTrue(current >= 1, "the instruction each started thread ran last is marked");
    }

    @Test
    void steppingBackIsExact() {
        Trace trace = run(ThreadExamples.RACE_SMALL, V39);
        int p = view.index().nextLost(-1) > 0 ? view.index().nextLost(-1) : trace.size() / 2;
        showAt(trace, p);
        String log = callFx(() -> view.log().getChildren().stream().skip(1).map(n -> text((HBox) n)).toList().toString());
        RaceMoment before = callFx(view::moment);
        showAt(trace, p + 3);
        showAt(trace, p);
        assertEquals(before, callFx(view::moment));
        assertEquals(log, callFx(() -> view.log().getChildren().stream().skip(1).map(n -> text((HBox) n)).toList().toString()));
    }

    @Test
    void speaksChinese() {
        Trace trace = run(ThreadExamples.RACE_SMALL, V311);
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.show(trace, trace.size() - 1);
        });
        String explanation = callFx(() -> ((Label) view.node().lookup(".race-explanation")).getText());
        assertTrue(explanation.contains("检查点") && explanation.contains("原子操作"), explanation);
        Node title = callFx(() -> view.node().lookup(".race-log-title"));
        assertTrue(((Label) title).getText().startsWith("交错执行"));
    }
}
