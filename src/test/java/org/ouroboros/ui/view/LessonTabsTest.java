package org.ouroboros.ui.view;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.player.TraceView;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.vm.interp.TraceLevel;

/** Lesson tabs: each lesson gets Execution plus the views added for it, over one player. */
class LessonTabsTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private AppModel model;
    private MainWindow window;
    private RunIntegration runs;

    /** Remembers what it was asked to render. */
    private static final class RecordingView implements TraceView {
        final Label node = new Label();
        final List<Integer> shown = new ArrayList<>();

        @Override
        public Node node() {
            return node;
        }

        @Override
        public void show(Trace trace, int position) {
            shown.add(position);
            node.setText(trace.size() + "@" + position);
        }
    }

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        model = real.model();
        window = real.window();
        runs = real.runs();
    }

    @AfterEach
    void close() {
        real.close();
    }

    private void select(String lesson) {
        runFx(() -> model.selectLesson(model.lessons().byId(lesson).orElseThrow()));
    }

    private List<String> tabIds(LessonTabs tabs) {
        return callFx(() -> tabs.tabs().getTabs().stream().map(Tab::getId).toList());
    }

    @Test
    void eachLessonShowsExecutionThenItsOwnViewsInTheOrderAdded() {
        RecordingView graph = new RecordingView();
        RecordingView names = new RecordingView();
        LessonTabs tabs = callFx(() -> LessonTabs.install(window, runs));
        assertSame(tabs, callFx(() -> LessonTabs.install(window, runs)), "one instance per window");
        runFx(() -> {
            tabs.add("graph-tab", locale -> locale.getLanguage().equals("zh") ? "图" : "Graph", graph,
                    List.of("objects", "classes"));
            tabs.add("names-tab", locale -> "Names", names, List.of("objects"));
        });
        select("objects");
        assertSame(tabs.tabs(), callFx(() -> window.viewHost().getCurrentView()));
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, "graph-tab", "names-tab"), tabIds(tabs));
        select("classes");
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, "graph-tab"), tabIds(tabs));
        select("threads");
        assertSame(runs.panel().node(), callFx(() -> window.viewHost().getCurrentView()),
                "a lesson without added views keeps the plain run panel");
        select("classes");
        assertTrue(callFx(() -> runs.panel().node().getScene() != null), "the run panel is back in the Execution tab");
        runFx(() -> model.setLanguage(Language.SIMPLIFIED_CHINESE));
        assertEquals("执行", callFx(() -> tabs.executionTab().getText()));
        assertEquals("图", callFx(() -> tabs.tab("graph-tab").orElseThrow().getText()));
    }

    @Test
    void aViewRendersOnlyWhileItsTabIsShownAndCatchesUpWhenSelected() {
        RecordingView graph = new RecordingView();
        LessonTabs tabs = callFx(() -> LessonTabs.install(window, runs));
        runFx(() -> tabs.add("graph-tab", locale -> "Graph", graph, List.of("objects")));
        select("objects");
        runFx(() -> runs.player().setTrace(new Trace(List.of(
                new org.ouroboros.trace.ExecutionEvent.LineReached(0, "<module>", 1),
                new org.ouroboros.trace.ExecutionEvent.LineReached(0, "<module>", 2)))));
        runFx(() -> runs.player().seek(1));
        assertTrue(callFx(() -> graph.shown.isEmpty()), "hidden views do no work");
        assertTrue(callFx(() -> tabs.select("graph-tab")));
        assertEquals("2@1", callFx(() -> graph.node.getText()));
        runFx(() -> runs.player().seek(0));
        assertEquals("2@0", callFx(() -> graph.node.getText()));
        assertFalse(callFx(() -> tabs.select("no-such-tab")));
        assertThrows(IllegalArgumentException.class,
                () -> tabs.add("graph-tab", locale -> "again", new Label(), List.of("objects")));
    }

    @Test
    void aTabGetsItsContentWhenFirstSelectedAndKeepsIt() {
        RecordingView graph = new RecordingView();
        LessonTabs tabs = callFx(() -> LessonTabs.install(window, runs));
        runFx(() -> tabs.add("graph-tab", locale -> "Graph", graph, List.of("objects", "classes")));
        select("objects");
        Tab graphTab = callFx(() -> tabs.tab("graph-tab").orElseThrow());
        assertTrue(callFx(() -> graphTab.getContent() == null && graph.node.getScene() == null),
                "a tab never selected costs no CSS or layout");
        assertTrue(callFx(() -> tabs.select("graph-tab")));
        assertSame(graph.node, callFx(graphTab::getContent));
        assertTrue(callFx(() -> graph.node.getScene() != null), "the selected view is on screen");
        runFx(tabs::selectExecution);
        select("classes");
        assertSame(graph.node, callFx(graphTab::getContent), "once given, the content stays");
    }

    @Test
    void runAppliesTheOpenLessonsVmSettings() {
        List<String> applied = new ArrayList<>();
        runFx(() -> runs.putVmSettings("objects", "test", builder -> {
            applied.add("objects");
            return builder.traceLevel(TraceLevel.FINE);
        }));
        select("objects");
        waitFor("the lesson's code in the editor", () -> !window.editor().getText().isEmpty());
        runFx(() -> runs.runEditor());
        waitFor("the run to finish", () -> runs.shownProperty().get() != null);
        assertEquals(List.of("objects"), applied);
        boolean fine = callFx(() -> runs.player().getTrace().events().stream()
                .anyMatch(e -> e instanceof org.ouroboros.trace.ExecutionEvent.InstructionExecuted));
        assertTrue(fine, "the FINE level asked for by the lesson reached the VM");
    }

    @Test
    void eachOwnerReplacesOnlyItsOwnSettingsAndRunAppliesThemAllTheLatestLast() {
        List<String> applied = new ArrayList<>();
        runFx(() -> {
            runs.putVmSettings("classes", "objects", b -> { applied.add("objects-1"); return b; });
            runs.putVmSettings("classes", "probes", b -> { applied.add("probes"); return b; });
            runs.putVmSettings("classes", "objects", b -> { applied.add("objects-2"); return b.objectEvents(true); });
        });
        callFx(() -> runs.vmSettingsFor("classes").apply(org.ouroboros.vm.Vm.builder()));
        // "objects" was put again after "probes": where both set one thing, the latest wins.
        assertEquals(List.of("probes", "objects-2"), applied);
        applied.clear();
        callFx(() -> runs.vmSettingsFor("threads").apply(org.ouroboros.vm.Vm.builder()));
        assertTrue(applied.isEmpty(), "other lessons get none of them");
    }
}
