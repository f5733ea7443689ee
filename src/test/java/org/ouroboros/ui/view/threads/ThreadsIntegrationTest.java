package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Tab;
import javafx.scene.control.ToggleButton;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.gil.ThreadExamples;

/** The threads lesson in the real window: three tabs, examples and knobs re-run the code with the scheduler. */
class ThreadsIntegrationTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private ThreadsIntegration threads;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        threads = callFx(() -> ThreadsIntegration.install(real.window(), real.runs()));
        real.selectLesson("threads");
        waitFor("the lesson's code in the editor", () -> !real.window().editor().getText().isEmpty());
    }

    @AfterEach
    void close() {
        real.close();
    }

    private RunReport waitForRunOf(String source) {
        waitFor("a run of the example", () -> {
            RunReport r = real.runs().shownProperty().get();
            return r != null && r.request().source().equals(source) && !real.runs().controller().isRunning();
        });
        return callFx(() -> real.runs().shownProperty().get());
    }

    private static <T extends SchedEvent> T first(Trace trace, Class<T> type) {
        return trace.events().stream().filter(type::isInstance).map(type::cast).findFirst().orElseThrow();
    }

    @Test
    void theThreadsLessonHasTheThreeViewsAfterExecution() {
        List<String> ids = callFx(() -> threads.tabs().tabs().getTabs().stream().map(Tab::getId).toList());
        assertEquals(List.of(LessonTabs.EXECUTION_TAB_ID, ThreadsIntegration.GIL_TAB_ID, ThreadsIntegration.RACE_TAB_ID,
                ThreadsIntegration.SYNC_TAB_ID), ids);
    }

    @SuppressWarnings("unchecked")
    @Test
    void anExampleAndEachKnobReRunTheCodeOnTheScheduler() {
        runFx(() -> threads.tabs().select(ThreadsIntegration.GIL_TAB_ID));
        String source = ThreadExamples.RACE_SMALL.source();
        runFx(() -> ((ComboBox<ThreadExamples>) threads.gilView().node().lookup("#gil-examples"))
                .setValue(ThreadExamples.RACE_SMALL));
        assertEquals(source, callFx(() -> real.window().editor().getText()));
        RunReport gil = waitForRunOf(source);
        assertEquals("gil", first(gil.trace(), SchedEvent.RunConfigured.class).mode());
        assertTrue(gil.trace().events().stream().noneMatch(e -> e instanceof SchedEvent.BytecodeStep),
                "the timeline needs no bytecodes");
        assertTrue(callFx(() -> threads.gilView().timeline().threads().size()) == 3);

        runFx(() -> ((ToggleButton) threads.gilView().node().lookup("#mode-free")).fire());
        waitFor("the free-threaded re-run", () -> {
            RunReport r = real.runs().shownProperty().get();
            return !real.runs().controller().isRunning()
                    && first(r.trace(), SchedEvent.RunConfigured.class).mode().equals("free");
        });

        runFx(() -> threads.tabs().select(ThreadsIntegration.RACE_TAB_ID));
        waitFor("the race view's re-run with every bytecode", () -> !real.runs().controller().isRunning()
                && real.runs().shownProperty().get().trace().events().stream()
                        .anyMatch(e -> e instanceof SchedEvent.BytecodeStep));
        waitFor("the race view shows both threads", () -> threads.raceView().index().threads().size() == 2);
        runFx(() -> ((ToggleButton) threads.raceView().node().lookup("#cpython-39")).fire());
        waitFor("the 3.9 re-run", () -> !real.runs().controller().isRunning()
                && first(real.runs().shownProperty().get().trace(), SchedEvent.RunConfigured.class).cpython().equals("3.9"));
        assertEquals("free", first(callFx(() -> real.runs().shownProperty().get().trace()),
                SchedEvent.RunConfigured.class).mode(), "the views share one set of knobs");
    }
}
