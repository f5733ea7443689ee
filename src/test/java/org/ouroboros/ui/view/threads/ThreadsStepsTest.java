package org.ouroboros.ui.view.threads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.lesson.StepIntegration;
import org.ouroboros.ui.model.LessonStepsLoader;
import org.ouroboros.ui.run.RunReport;

/**
 * Choosing a step of the threads lesson runs it with its settings, the knobs then show them, and a knob
 * turned afterwards rules the next run.
 */
class ThreadsStepsTest extends FxTestBase {
    @TempDir
    Path config;

    private RealWindow real;
    private ThreadsIntegration threads;

    @BeforeEach
    void open() {
        real = RealWindow.open(config);
        threads = callFx(() -> ThreadsIntegration.install(real.window(), real.runs()));
        runFx(() -> StepIntegration.install(real.window(), real.runs()));
        real.selectLesson(ThreadsIntegration.LESSON);
    }

    @AfterEach
    void close() {
        real.close();
    }

    @Test
    void aStepWithSettingsRunsWithThemAndTheNextStepGoesBackToTheLessonsKnobs() {
        var steps = new LessonStepsLoader().load(ThreadsIntegration.LESSON);
        assertEquals("free", steps.step(2).settings().get("mode"), "step 2 is the free-threaded run");

        // Steps 1 and 2 show the same program, step 2 free-threaded: its run is a new one, not step 1's.
        waitForStepRun(1, "gil");
        runFx(() -> real.model().selectStep(2));
        waitForStepRun(2, "free");
        assertEquals(SchedConfig.Mode.FREE, callFx(() -> threads.settingsProperty().get().mode()));

        runFx(() -> real.model().selectStep(5));
        waitForStepRun(5, "gil");
        assertEquals(ThreadsIntegration.KNOBS_AT_START, callFx(() -> threads.settingsProperty().get()),
                "step 5 names no knob but the lesson's cores=2: the scheduler's defaults, shown on the knobs");
    }

    @Test
    void aKnobTurnedAfterAStepWinsOverTheStepsSettings() {
        waitForStepRun(1, "gil");
        runFx(() -> real.model().selectStep(2));
        waitForStepRun(2, "free");
        // The user turns the mode knob back: the re-run it starts is a GIL run, though step 2 said free.
        runFx(() -> threads.settingsProperty().set(threads.settingsProperty().get().withMode(SchedConfig.Mode.GIL)));
        waitForStepRun(2, "gil");
        assertEquals(SchedConfig.Mode.GIL, callFx(() -> threads.settingsProperty().get().mode()));
    }

    private void waitForStepRun(int step, String mode) {
        waitFor("a " + mode + " run of step " + step, () -> {
            RunReport r = real.runs().shownProperty().get();
            return r != null && !real.runs().controller().isRunning()
                    && real.model().currentPlace().step() == step
                    && r.request().source().equals(real.window().editor().getText())
                    && r.trace().events().stream().filter(SchedEvent.RunConfigured.class::isInstance)
                            .map(SchedEvent.RunConfigured.class::cast).anyMatch(c -> c.mode().equals(mode));
        });
    }
}
