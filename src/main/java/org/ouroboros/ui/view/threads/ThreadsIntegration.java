package org.ouroboros.ui.view.threads;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Tab;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.LocalizedMessages;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.run.RunOutcome;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.view.LessonTabs;
import org.ouroboros.ui.view.gil.GilView;
import org.ouroboros.ui.view.race.RaceView;
import org.ouroboros.ui.view.sync.SyncView;

/**
 * Gives the threads lesson (chapter 5) three tabs over the shared player: the GIL timeline, the
 * race at bytecode level and the sync-primitive timelines. The views' knobs share one
 * {@link SchedConfig}; changing it, or loading an example, re-runs the editor's code at once
 * (the run happens on the run controller's worker, never on the FX thread). The knobs show the
 * settings the shown run was made with (a lesson step sets its own through
 * {@code StepIntegration}). Runs record every
 * bytecode only while the race tab is in front, and the race tab re-runs on being opened when
 * the trace lacks them.
 *
 * <pre>{@code
 * RunIntegration runs = RunIntegration.install(window);
 * ThreadsIntegration.install(window, runs);
 * }</pre>
 */
public final class ThreadsIntegration {
    public static final String LESSON = "threads";
    public static final String GIL_TAB_ID = "gil-tab";
    public static final String RACE_TAB_ID = "race-tab";
    public static final String SYNC_TAB_ID = "sync-tab";

    private final MainWindow window;
    private final RunIntegration runs;
    private final LessonTabs lessonTabs;
    private final GilView gil = new GilView();
    private final RaceView race = new RaceView();
    private final SyncView sync = new SyncView();
    /** The knobs before any run: two cores, so the GIL's effect shows against free threading. */
    public static final SchedConfig KNOBS_AT_START = SchedConfig.DEFAULT.withCores(2);

    private final ObjectProperty<SchedConfig> settings = new SimpleObjectProperty<>(this, "settings", KNOBS_AT_START);
    private final Tab raceTab;
    private boolean rerunWhenIdle;
    /** True while the knobs take the settings of the run just shown: that run needs no re-run. */
    private boolean adoptingRunSettings;

    private ThreadsIntegration(MainWindow window, RunIntegration runs) {
        this.window = window;
        this.runs = runs;
        for (var localeProperty : List.of(gil.localeProperty(), race.localeProperty(), sync.localeProperty())) {
            localeProperty.bind(window.i18n().localeProperty());
        }
        gil.settingsProperty().bindBidirectional(settings);
        race.settingsProperty().bindBidirectional(settings);
        gil.setSeeker(runs.player()::seek);
        race.setSeeker(runs.player()::seek);
        sync.setSeeker(runs.player()::seek);
        gil.setExampleLoader(this::load);
        race.setExampleLoader(this::load);
        sync.setExampleLoader(this::load);

        lessonTabs = LessonTabs.install(window, runs);
        lessonTabs.add(GIL_TAB_ID, locale -> LocalizedMessages.of(GilView.MESSAGES, locale).text("tab.gil"), gil,
                List.of(LESSON));
        raceTab = lessonTabs.add(RACE_TAB_ID, locale -> LocalizedMessages.of(RaceView.MESSAGES, locale).text("tab.race"),
                race, List.of(LESSON));
        lessonTabs.add(SYNC_TAB_ID, locale -> LocalizedMessages.of(SyncView.MESSAGES, locale).text("tab.sync"), sync,
                List.of(LESSON));

        applySettings();
        settings.addListener((obs, old, value) -> {
            applySettings();
            if (!adoptingRunSettings) {
                rerun();
            }
        });
        runs.shownProperty().addListener((obs, old, report) -> {
            // A run stopped for a re-run with new knobs (a lecture's, the user's) must not undo them.
            if (report != null && inLesson() && !rerunWhenIdle && !(report.outcome() instanceof RunOutcome.Stopped)) {
                adoptRunSettings(report.trace());
            }
        });
        raceTab.selectedProperty().addListener((obs, old, selected) -> {
            applySettings();
            if (selected && inLesson() && !hasBytecodes(runs.player().getTrace())
                    && !window.editor().getText().isBlank()) {
                rerun();
            }
        });
        runs.controller().runningProperty().addListener((obs, old, running) -> {
            if (!running && rerunWhenIdle) {
                rerunWhenIdle = false;
                rerun();
            }
        });
    }

    public static ThreadsIntegration install(MainWindow window, RunIntegration runs) {
        return new ThreadsIntegration(Objects.requireNonNull(window), Objects.requireNonNull(runs));
    }

    /** The scheduler settings the next run of the threads lesson uses. */
    public ObjectProperty<SchedConfig> settingsProperty() {
        return settings;
    }

    public GilView gilView() {
        return gil;
    }

    public RaceView raceView() {
        return race;
    }

    public SyncView syncView() {
        return sync;
    }

    public LessonTabs tabs() {
        return lessonTabs;
    }

    /** Puts an example into the editor and runs it. */
    public void load(String source) {
        window.editor().setText(source);
        rerun();
    }

    /** Runs the editor's code again with the current settings (after the current run, if one is on). */
    public void rerun() {
        if (!inLesson()) {
            return;
        }
        if (runs.controller().isRunning()) {
            rerunWhenIdle = true;
            runs.stop();
            return;
        }
        runs.runEditor();
    }

    private void applySettings() {
        runs.putVmSettings(LESSON, "threads", new ThreadsRunSettings(settings.get(), raceTab != null && raceTab.isSelected()));
    }

    /**
     * The knobs show the settings the shown run was made with (a lesson step's, a lecture's), so
     * turning one changes that run's settings, not some earlier ones.
     */
    private void adoptRunSettings(Trace trace) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof SchedEvent.RunConfigured c) {
                SchedConfig used = new SchedConfig(c.seed(), c.switchIntervalNs(), SchedConfig.Mode.parse(c.mode()),
                        c.cores(), SchedConfig.CPythonVersion.parse(c.cpython()));
                if (!used.equals(settings.get())) {
                    adoptingRunSettings = true;
                    try {
                        settings.set(used);
                    } finally {
                        adoptingRunSettings = false;
                    }
                }
                return;
            }
        }
    }

    private boolean inLesson() {
        return window.model().currentLesson() != null && LESSON.equals(window.model().currentLesson().id());
    }

    private static boolean hasBytecodes(Trace trace) {
        for (int i = 0; i < trace.size(); i++) {
            if (trace.get(i) instanceof SchedEvent.BytecodeStep) {
                return true;
            }
        }
        return false;
    }
}
