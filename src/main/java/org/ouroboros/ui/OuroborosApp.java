package org.ouroboros.ui;

import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.image.Image;
import javafx.stage.Stage;
import org.ouroboros.ui.model.AppEnvironment;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonRegistry;
import org.ouroboros.ui.prefs.ConfigDirectory;
import org.ouroboros.ui.prefs.WindowBounds;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunController;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;
import org.ouroboros.ui.theme.ThemeApplier;

/**
 * The JavaFX application. Preferences and any autosave are read in {@link #init()}, which runs
 * off the FX thread; {@link #start} shows a start-up screen, then builds and shows the shell.
 */
public final class OuroborosApp extends Application {
    /** The open step's run waits for the window's first frame, but never longer than this. */
    private static final Duration RUN_GATE_MAX_WAIT = Duration.ofSeconds(5);
    private ScheduledExecutorService io;
    private ExecutorService highlight;
    private AppModel model;
    private Image logo;

    public static void launchApp(String[] args) {
        Application.launch(OuroborosApp.class, args);
    }

    @Override
    public void init() {
        StartupProbe.mark("init");
        io = Executors.newSingleThreadScheduledExecutor(daemon("ouroboros-io"));
        highlight = Executors.newSingleThreadExecutor(daemon("ouroboros-highlight"));
        AppEnvironment env = new AppEnvironment(ConfigDirectory.resolve(),
                Language.forSystemLocale(Locale.getDefault()), io, AppEnvironment.DEFAULT_AUTOSAVE_DELAY);
        model = AppModel.start(env, LessonRegistry.seedCourse());
        // Decoded here, off the FX thread, so the start-up screen's first frame does not wait for it.
        logo = AppIcons.image(StartupScreen.LOGO_SIZE);
        StartupProbe.mark("init-done");
    }

    /**
     * Shows the start-up screen first and builds the shell after its first frame: the window is
     * there at once, and the shell's class loading, CSS and layout follow in the next pulses.
     */
    @Override
    public void start(Stage stage) {
        StartupProbe.mark("start");
        Platform.setImplicitExit(false);
        WindowBounds bounds = model.windowBounds();
        stage.setTitle("Ouroboros");
        stage.setScene(StartupScreen.create(model.effectiveTheme(), bounds, logo));
        MainWindow.place(stage, bounds);
        // Closing the window before the shell is there just quits (the shell asks about unsaved work).
        stage.setOnCloseRequest(event -> Platform.exit());
        stage.show();
        StartupProbe.install(stage);
        StartupProbe.onFirstFrame(stage, () -> Platform.runLater(() -> showShell(stage)));
        AppIcons.installLater(stage, io);
    }

    private void showShell(Stage stage) {
        if (!stage.isShowing()) {
            return;
        }
        StartupProbe.mark("shell");
        // AtlantaFX before the first control class initialises: otherwise JavaFX parses Modena first, for nothing.
        Application.setUserAgentStylesheet(ThemeApplier.userAgentStylesheet(model.effectiveTheme()));
        MainWindow window = new MainWindow(stage, model, io, highlight, Platform::exit);
        StartupProbe.mark("window-built");
        FirstFrameRunGate gate = new FirstFrameRunGate(new PythonRunner(), RUN_GATE_MAX_WAIT);
        RunIntegration runs = RunIntegration.install(window, new PlayerModel(), new RunController(gate, Platform::runLater));
        var threads = org.ouroboros.ui.view.LessonViews.installAll(window, runs);
        org.ouroboros.ui.exercise.pane.ExerciseIntegration.install(window, runs);
        org.ouroboros.ui.lesson.StepIntegration.install(window, runs); // after the views: it selects their tabs
        org.ouroboros.ui.export.AnimationExportAction.install(window, runs.player());
        org.ouroboros.ui.export.HandoutExportAction.install(window);
        org.ouroboros.ui.lecture.LectureIntegration.install(window, runs, io)
                .addSettings(org.ouroboros.ui.lecture.SchedLectureSettings.OWNER,
                        new org.ouroboros.ui.lecture.SchedLectureSettings(threads.settingsProperty()));
        StartupProbe.mark("runs-installed");
        window.show();
        StartupProbe.mark("shown");
        StartupProbe.onFirstFrame(stage, gate::open);
        // Start-up wants every compile it can get; the frames that follow want the cores first.
        StartupProbe.onFirstFrame(stage, CompilerThreadPriority::lowerInBackground);
        StartupProbe.windowReady(stage);
    }

    @Override
    public void stop() throws InterruptedException {
        highlight.shutdownNow();
        io.shutdown();
        // Pending writes (preferences, the last autosave) are small; let them finish.
        io.awaitTermination(2, TimeUnit.SECONDS);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
