package org.ouroboros.ui.lesson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.scene.control.Tab;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.RealWindow;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.Lesson;
import org.ouroboros.ui.model.LessonPlace;
import org.ouroboros.ui.model.LessonPrograms;
import org.ouroboros.ui.model.LessonStep;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.view.LessonTabs;

/**
 * Every step of every lesson, opened in the real window with every view installed, in both
 * languages: the editor gets the step's code, the step's tab is in front, its run arrives and the
 * player stands at the step's {@code at}; the explanation shows the step; nothing throws.
 */
class StepIntegrationTest extends FxTestBase {
    private static final Duration RUN_TIMEOUT = Duration.ofSeconds(60);

    @TempDir
    Path config;

    private RealWindow real;
    private final List<Throwable> uncaught = Collections.synchronizedList(new ArrayList<>());

    @AfterEach
    void close() {
        if (real != null) {
            real.close();
        }
    }

    /** The views the app installs (OuroborosApp.showShell), then the steps. */
    private StepIntegration installAll() {
        return callFx(() -> {
            Thread.currentThread().setUncaughtExceptionHandler((thread, error) -> uncaught.add(error));
            var window = real.window();
            var runs = real.runs();
            org.ouroboros.ui.view.LessonViews.installAll(window, runs);
            return StepIntegration.install(window, runs);
        });
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStepOpensWithItsCodeItsTabAndThePlayerAtItsPosition(Language language) {
        real = RealWindow.open(config);
        AppModel model = real.model();
        StepIntegration steps = installAll();
        runFx(() -> model.setLanguage(language));
        LessonTabs tabs = callFx(() -> LessonTabs.install(real.window(), real.runs()));
        int opened = 0;
        for (Lesson lesson : model.lessons().lessons()) {
            for (LessonStep step : model.steps(lesson).steps()) {
                String where = language + " " + lesson.id() + " step " + step.number() + " (" + step.program() + ")";
                String program = LessonPrograms.read(step.program()).orElseThrow();
                long shownBefore = callFx(() -> model.stepCodeShownProperty().get());
                boolean alreadyOpen = callFx(() -> model.currentPlace().equals(new LessonPlace(lesson, step.number()))
                        && model.editorStep().isPresent());
                runFx(() -> model.selectPlace(lesson, step.number()));
                if (!alreadyOpen) {
                    waitFor(where + ": its code put into the editor", RUN_TIMEOUT, () -> model.stepCodeShownProperty().get() > shownBefore);
                }
                assertEquals(program, callFx(() -> real.window().editor().getText()), where + ": the step's code");
                waitFor(where + ": its run shown at its position", RUN_TIMEOUT, () -> {
                    RunReport report = real.runs().shownProperty().get();
                    return !steps.isWaitingForRun() && report != null && report.request().source().equals(program);
                });
                Tab selected = callFx(() -> tabs.tabs().getSelectionModel().getSelectedItem());
                assertEquals(step.tabId(), selected.getId(), where + ": the step's tab is in front");
                int position = callFx(() -> real.runs().player().getPosition());
                var trace = callFx(() -> real.runs().player().getTrace());
                assertTrue(step.at().find(trace).isPresent(), where + ": " + step.at().text() + " is in the app's run");
                assertEquals(step.at().resolve(trace), position, where + ": the player stands at " + step.at().text());

                var pane = real.window().explanation();
                String count = callFx(() -> pane.stepCountLabel().getText());
                assertTrue(count.contains(String.valueOf(step.number())) && count.contains(String.valueOf(model.steps(lesson).size())),
                        where + ": " + count);
                String title = model.text(lesson, language).stepTitle(step.number());
                assertEquals(title, callFx(() -> pane.stepTitleLabel().getText()), where);
                assertFalse(callFx(() -> pane.stepText().getChildren().isEmpty()), where + ": the step's text");
                opened++;
            }
        }
        assertTrue(opened >= 24, "the first four chapters alone have 24 steps: " + opened);
        assertEquals(List.of(), uncaught, "exceptions on the FX thread");
    }

    @Test
    void theStepWaitsForItsOwnRunNotAnEarlierRunOfTheSameProgram() {
        real = RealWindow.open(config);
        AppModel model = real.model();
        StepIntegration steps = installAll();
        Lesson threads = model.lessons().byId("threads").orElseThrow();
        LessonStep gil = model.steps(threads).step(1);
        LessonStep free = model.steps(threads).step(2);
        assertEquals(gil.program(), free.program(), "steps 1 and 2 show one program");
        long shownBefore = callFx(() -> model.stepCodeShownProperty().get());
        runFx(() -> model.selectPlace(threads, 1));
        waitFor("step 1's code", RUN_TIMEOUT, () -> model.stepCodeShownProperty().get() > shownBefore);
        // Straight on to step 2, while step 1's run is still going: that run is stopped, and its
        // report (same source) must not be taken for step 2's.
        long runOfStep1 = callFx(() -> real.runs().controller().currentRunId().orElse(-1));
        runFx(() -> model.selectPlace(threads, 2));
        waitFor("step 2's run shown at its position", RUN_TIMEOUT, () -> !steps.isWaitingForRun());

        RunReport shown = callFx(() -> real.runs().shownProperty().get());
        assertTrue(shown.runId() > runOfStep1, "the shown run started after step 1's: " + shown.runId());
        assertEquals(shown.runId(), callFx(() -> real.runs().controller().getLastReport().runId()),
                "the last run is the one shown");
        assertTrue(shown.outcome() instanceof org.ouroboros.ui.run.RunOutcome.Completed, "step 2's run completed: " + shown.outcome());
        var configured = shown.trace().events().stream()
                .filter(e -> e instanceof org.ouroboros.trace.SchedEvent.RunConfigured)
                .map(e -> (org.ouroboros.trace.SchedEvent.RunConfigured) e).findFirst().orElseThrow();
        assertEquals("free", configured.mode(), "step 2's settings (mode=free) were applied to its run");
        assertEquals(free.at().resolve(shown.trace()), (int) callFx(() -> real.runs().player().getPosition()));
        assertEquals(List.of(), uncaught, "exceptions on the FX thread");
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void codeSpansAreMonospacedAndTheTextIsLegibleInPresentationMode(Language language) {
        real = RealWindow.open(config);
        AppModel model = real.model();
        runFx(() -> {
            model.setLanguage(language);
            model.selectPlace(model.lessons().byId("classes").orElseThrow(), 6);
            model.setPresentationMode(true);
        });
        waitFor("the step's text", () -> !real.window().explanation().stepText().getChildren().isEmpty());
        List<Text> runs = callFx(() -> {
            real.window().root().applyCss();
            real.window().root().layout();
            List<Text> all = new ArrayList<>();
            real.window().explanation().stepText().getChildren()
                    .forEach(flow -> ((TextFlow) flow).getChildren().forEach(n -> all.add((Text) n)));
            return all;
        });
        List<Text> code = runs.stream().filter(t -> t.getStyleClass().contains("explanation-code")).toList();
        assertTrue(code.stream().anyMatch(t -> t.getText().equals("super()")), "`super()` is a code span");
        for (Text t : runs) {
            assertTrue(t.getFont().getSize() >= 18, "presentation text at least 18 px: " + t.getText() + " " + t.getFont());
        }
        String codeFamily = callFx(() -> code.get(0).getFont().getFamily());
        String textFamily = callFx(() -> runs.stream().filter(t -> t.getStyleClass().contains("explanation-text"))
                .findFirst().orElseThrow().getFont().getFamily());
        assertFalse(codeFamily.equals(textFamily), "code in its own (monospaced) family: " + codeFamily);
        double stepTitleSize = callFx(() -> real.window().explanation().stepTitleLabel().getFont().getSize());
        assertTrue(stepTitleSize >= 18, "step title " + stepTitleSize);
        runFx(() -> model.setPresentationMode(false));
    }
}
