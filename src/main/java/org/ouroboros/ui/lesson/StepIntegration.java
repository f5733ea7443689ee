package org.ouroboros.ui.lesson;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.logging.Logger;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.LessonStep;
import org.ouroboros.ui.model.LessonSteps;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;

/**
 * What choosing a lesson step does once its code is in the editor (the shell puts it there):
 * put the step's settings ({@link StepSettings}) among the lesson's VM settings, bring the step's
 * view tab to the front, run the code, and when that run's trace arrives put
 * the player where the step's explanation talks ({@code at}). The step's run is known by its run
 * id: a report of any other run (an earlier step's, stopped for this one, perhaps of the very
 * same program) leaves the player alone. Install it after every view's
 * integration, so the tabs it selects exist.
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * ... views ...
 * StepIntegration.install(window, runs);
 * }</pre>
 */
public final class StepIntegration {
    private static final Logger LOG = Logger.getLogger(StepIntegration.class.getName());
    private static final String KEY = StepIntegration.class.getName();
    /** The owner of the step's settings among a lesson's VM settings ({@link RunIntegration#putVmSettings}). */
    public static final String SETTINGS_OWNER = "lesson-step";

    private final MainWindow window;
    private final RunIntegration runs;
    private final AppModel model;
    /** The step whose run is awaited (null once the player stands at its position). */
    private LessonStep pending;
    /** The id of the pending step's own run, once it has started. */
    private OptionalLong pendingRunId = OptionalLong.empty();

    private StepIntegration(MainWindow window, RunIntegration runs) {
        this.window = window;
        this.runs = runs;
        this.model = window.model();
        model.stepCodeShownProperty().addListener((obs, old, count) -> stepCodeShown());
        runs.shownProperty().addListener((obs, old, report) -> {
            if (report != null) {
                // RunIntegration moves the player to the end right after publishing the report: go after it.
                Platform.runLater(() -> reportShown(report));
            }
        });
    }

    /** The window's step integration, created on first use. */
    public static StepIntegration install(MainWindow window, RunIntegration runs) {
        Objects.requireNonNull(window);
        Objects.requireNonNull(runs);
        return window.attached(KEY, StepIntegration.class, () -> {
            StepIntegration integration = new StepIntegration(window, runs);
            // The open step's code may have reached the editor before this was installed.
            integration.stepCodeShown();
            return integration;
        });
    }

    /** The step the editor's code belongs to, if it is a step of the open lesson. */
    private Optional<LessonStep> editorStep() {
        return model.editorStep().filter(place -> place.equals(model.currentPlace())).flatMap(place -> {
            LessonSteps steps = model.steps(place.lesson());
            return steps.isEmpty() ? Optional.empty() : Optional.of(steps.step(place.step()));
        });
    }

    private void stepCodeShown() {
        Optional<LessonStep> step = editorStep();
        if (step.isEmpty()) {
            return;
        }
        // Before anything can start a run of the step's code (a view seeing its tab selected, say).
        runs.putVmSettings(model.currentLesson().id(), SETTINGS_OWNER, settingsOf(step.get()));
        selectTab(step.get());
        pending = step.get();
        pendingRunId = OptionalLong.empty();
        runPending();
    }

    /**
     * Runs the pending step's code; while another run is on (the previous step's, or one a view
     * started on seeing its tab selected) stops it and tries again once the controller is idle.
     */
    private void runPending() {
        LessonStep step = pending;
        if (step == null || pendingRunId.isPresent()) {
            return;
        }
        if (!runs.controller().isRunning()) {
            pendingRunId = runs.runEditor();
            return;
        }
        runs.controller().runningProperty().addListener(new ChangeListener<Boolean>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> obs, Boolean was, Boolean running) {
                if (!running) {
                    obs.removeListener(this);
                    // After the other listeners of this change, which may start a run of their own.
                    Platform.runLater(() -> {
                        if (pending == step) {
                            runPending();
                        }
                    });
                }
            }
        });
        runs.stop();
    }

    private StepSettings settingsOf(LessonStep step) {
        try {
            return StepSettings.parse(step.settings());
        } catch (IllegalArgumentException e) {
            // LessonContentTest keeps the shipped lessons valid; a broken one still opens.
            LOG.warning(() -> "step " + step.number() + " of " + model.currentLesson().id() + ": " + e.getMessage());
            return StepSettings.NONE;
        }
    }

    private void selectTab(LessonStep step) {
        LessonTabs tabs = LessonTabs.install(window, runs);
        if (step.tabId().equals(LessonTabs.EXECUTION_TAB_ID)) {
            tabs.selectExecution();
        } else if (!tabs.select(step.tabId())) {
            LOG.warning(() -> "step " + step.number() + " of " + model.currentLesson().id() + " names view '"
                    + step.view() + "', which this lesson has no tab for");
        }
    }

    private void reportShown(RunReport report) {
        LessonStep awaited = pending;
        if (awaited == null || pendingRunId.isEmpty() || report.runId() != pendingRunId.getAsLong()
                || runs.shownProperty().get() != report) {
            return;
        }
        pending = null;
        pendingRunId = OptionalLong.empty();
        runs.player().seek(awaited.at().resolve(report.trace()));
    }

    /** True from choosing a step until the player stands at its {@code at} in the step's run. */
    public boolean isWaitingForRun() {
        return pending != null;
    }
}
