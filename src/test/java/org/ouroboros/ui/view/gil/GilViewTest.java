package org.ouroboros.ui.view.gil;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.StagedFxTestBase;

/**
 * The GIL timeline on the seed's race run by the real scheduler: lanes per thread and core, the
 * GIL band with its holders, drop requests and switches, the cursor, exact stepping back, the
 * summary, both languages. Assertions are on the scene graph.
 */
class GilViewTest extends StagedFxTestBase {
    private static final SchedConfig GIL_TWO_CORES = SchedConfig.DEFAULT.withCores(2);
    private static Trace seed;

    private GilView view;

    @BeforeEach
    void open() {
        if (seed == null) {
            seed = ThreadTraces.trace(ThreadExamples.SEED_RACE, GIL_TWO_CORES, false);
        }
        view = callFx(() -> {
            GilView v = new GilView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 760);
    }

    private static List<String> texts(Node root, String styleClass) {
        return root.lookupAll("." + styleClass).stream().filter(n -> n instanceof Label).map(n -> ((Label) n).getText())
                .collect(Collectors.toList());
    }

    /** What every track shows: its items' data, in order. */
    private List<List<Object>> drawn() {
        return callFx(() -> view.chart().tracks().stream()
                .map(t -> t.items().stream().map(n -> n.getUserData() instanceof Segment s
                        ? (Object) (s + "@" + ((javafx.scene.layout.Region) n).getWidth()) : n.getUserData()).toList())
                .toList());
    }

    @Test
    void theSeedsRaceHasALanePerThreadAndCoreAndAGilBand() {
        runFx(() -> view.show(seed, seed.size() - 1));
        List<String> names = callFx(() -> texts(view.node(), "lane-name"));
        assertEquals(List.of("Time", "GIL", "MainThread", "Thread-1 (add)", "Thread-2 (desc)", "CPU 0", "CPU 1"), names);
        List<String> holders = callFx(() -> texts(view.chart().tracks().get(0), "segment-label"));
        assertTrue(holders.stream().anyMatch(t -> t.contains("Thread-1 (add)")), holders.toString());
        assertTrue(holders.stream().anyMatch(t -> t.contains("Thread-2 (desc)")), holders.toString());
        List<String> marks = callFx(() -> texts(view.chart().tracks().get(0), "timeline-mark"));
        assertTrue(marks.contains("\u25bc") && marks.contains("\u21c4"), "drop requests and switches: " + marks);
        List<String> states = callFx(() -> texts(view.chart().tracks().get(2), "segment-label"));
        assertTrue(states.stream().anyMatch(t -> t.contains("running")), states.toString());
        assertTrue(states.stream().anyMatch(t -> t.contains("waiting for the GIL")), states.toString());
        assertTrue(callFx(() -> texts(view.node(), "config-line").get(0)).startsWith("GIL \u00b7 CPython 3.11 \u00b7 2 cores"));
    }

    @Test
    void aFreeThreadedRunHasNoGilBandAndItsSummaryCountsNoGilWaits() {
        Trace free = ThreadTraces.trace(ThreadExamples.SEED_RACE, GIL_TWO_CORES.withMode(SchedConfig.Mode.FREE), false);
        runFx(() -> view.show(free, free.size() - 1));
        List<String> names = callFx(() -> texts(view.node(), "lane-name"));
        assertFalse(names.contains("GIL"), "no GIL band: " + names);
        assertTrue(callFx(() -> view.node().lookupAll(".summary-gil-wait").isEmpty()), "no GIL wait line");
        assertTrue(callFx(() -> view.node().lookupAll(".summary-switches").isEmpty()), "no GIL switches line");
        runFx(() -> view.show(seed, seed.size() - 1));
        assertEquals(1, callFx(() -> view.node().lookupAll(".summary-gil-wait").size()), "a GIL run counts its waits");
    }

    @Test
    void theSummaryShowsTheThreadsTakingTurns() {
        runFx(() -> view.show(seed, seed.size() - 1));
        TimelineSummary s = callFx(view::summary);
        assertTrue(s.switches() > 0, "the 5 ms switch interval forces switches");
        assertEquals(s.switches(), s.dropRequests(), "each switch answers a drop request");
        assertTrue(s.parallelism() < 1.05, "one GIL: CPU time never exceeds wall time, got " + s.parallelism());
        assertTrue(s.gilWait() > 0);
        String summary = String.join(" | ", callFx(() -> texts(view.node(), "summary-item")));
        assertTrue(summary.contains("Wall time") && summary.contains("Switches " + s.switches()), summary);
    }

    @Test
    void steppingBackShowsExactlyWhatWasShownBefore() {
        int middle = seed.size() / 2;
        runFx(() -> view.show(seed, middle));
        List<List<Object>> before = drawn();
        runFx(() -> view.show(seed, middle + 1));
        runFx(() -> view.show(seed, middle + 2));
        runFx(() -> view.show(seed, middle));
        assertEquals(before, drawn());
        runFx(() -> view.show(seed, -1));
        assertTrue(callFx(() -> view.chart().tracks().stream().allMatch(t -> t.items().isEmpty())),
                "nothing has happened before the first event");
    }

    @Test
    void theCursorFollowsThePlayer() {
        runFx(() -> view.show(seed, 10));
        long early = callFx(() -> view.timeline().timeAt(10));
        runFx(() -> view.show(seed, seed.size() - 1));
        assertTrue(callFx(() -> view.timeline().timeAt(seed.size() - 1)) > early);
        Node cursor = callFx(() -> view.chart().tracks().get(1).lookup(".timeline-cursor"));
        assertTrue(cursor != null && cursor.isVisible());
    }

    @Test
    void theProgramsOutputAppearsWhenThePlayerReachesIt() {
        runFx(() -> view.show(seed, seed.size() - 1));
        assertEquals("Output so far:\n0", callFx(() -> ((Label) view.node().lookup(".program-output")).getText()),
                "the seed's race prints 0 under 3.11");
        runFx(() -> view.show(seed, 5));
        assertEquals("", callFx(() -> ((Label) view.node().lookup(".program-output")).getText()));
    }

    @Test
    void zoomNarrowsTheVisibleTime() {
        runFx(() -> view.show(seed, seed.size() - 1));
        long span = callFx(() -> view.chart().axis().span());
        runFx(() -> view.chart().zoomIn());
        assertTrue(callFx(() -> view.chart().axis().span()) < span);
        runFx(() -> view.chart().fit());
        assertEquals(span, callFx(() -> view.chart().axis().span()), span / 100.0);
    }

    @Test
    void theKnobsChangeTheSettings() {
        runFx(() -> ((ToggleButton) view.node().lookup("#mode-free")).fire());
        assertEquals(SchedConfig.Mode.FREE, view.settingsProperty().get().mode());
        runFx(() -> ((ToggleButton) view.node().lookup("#cpython-39")).fire());
        assertEquals(SchedConfig.CPythonVersion.V3_9, view.settingsProperty().get().cpython());
        runFx(() -> view.controls().settingsProperty().set(GIL_TWO_CORES.withSeed(42)));
        assertTrue(callFx(() -> ((ToggleButton) view.node().lookup("#mode-gil")).isSelected()),
                "the knobs show settings set from outside");
    }

    @Test
    void speaksChinese() {
        runFx(() -> {
            view.setLocale(Locale.SIMPLIFIED_CHINESE);
            view.show(seed, seed.size() - 1);
        });
        List<String> names = callFx(() -> texts(view.node(), "lane-name"));
        assertEquals("时间", names.get(0));
        String legend = String.join(" ", callFx(() -> view.node().lookupAll(".legend-item").stream()
                .flatMap(n -> ((javafx.scene.Parent) n).getChildrenUnmodifiable().stream())
                .map(n -> ((Label) n).getText()).toList()));
        assertTrue(legend.contains("运行中") && legend.contains("等待 GIL"), legend);
        assertFalse(legend.contains("running"));
    }
}
