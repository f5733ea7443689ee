package org.ouroboros.ui;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.ouroboros.ui.model.AppEnvironment;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonRegistry;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.run.PythonRunner;
import org.ouroboros.ui.run.RunController;
import org.ouroboros.ui.run.RunIntegration;
import org.ouroboros.ui.shell.MainWindow;

/**
 * The app's real window for integration tests: the seed course, English, a config directory
 * of the test's, and Run wired to the VM. Open it in {@code @BeforeEach} (from any thread), add
 * the integrations under test with {@link #runs()}, and {@link #close()} it in {@code @AfterEach}.
 *
 * <pre>{@code
 * window = RealWindow.open(tempDir);
 * FxTestBase.runFx(() -> MroIntegration.install(window.window(), window.runs()));
 * }</pre>
 */
public final class RealWindow {
    private final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService highlight = Executors.newSingleThreadExecutor();
    private final AppModel model;
    private MainWindow window;
    private RunIntegration runs;
    private Stage stage;

    private RealWindow(Path config) {
        model = AppModel.start(new AppEnvironment(config, Language.ENGLISH, io, Duration.ofMillis(100)),
                LessonRegistry.seedCourse());
    }

    /** Builds and shows the window on the FX thread. */
    public static RealWindow open(Path config) {
        RealWindow w = new RealWindow(config);
        FxTestBase.runFx(() -> {
            w.stage = new Stage();
            w.window = new MainWindow(w.stage, w.model, w.io, w.highlight, () -> { });
            w.runs = RunIntegration.install(w.window, new PlayerModel(),
                    new RunController(new PythonRunner(), Platform::runLater));
            w.window.show();
        });
        return w;
    }

    public AppModel model() {
        return model;
    }

    public MainWindow window() {
        return window;
    }

    /** The window's one io thread (file work, lesson examples). */
    public ScheduledExecutorService io() {
        return io;
    }

    public RunIntegration runs() {
        return runs;
    }

    /** Opens lesson {@code id} at its first step and waits until that step's code is in the editor. */
    public void selectLesson(String id) {
        selectStep(id, 1);
    }

    /**
     * Opens step {@code step} of lesson {@code id} and waits until its code is in the editor (when
     * the editor may take it: nothing unsaved that is not a step's).
     */
    public void selectStep(String id, int step) {
        FxTestBase.runFx(() -> model.selectPlace(model.lessons().byId(id).orElseThrow(), step));
        FxTestBase.waitFor("the code of " + id + " step " + step + " in the editor", () -> !model.canShowStepCode()
                || model.steps(model.currentLesson()).isEmpty()
                || model.editorStep().filter(model.currentPlace()::equals).isPresent());
    }

    /** Stops any run, hides the window and ends the worker threads. */
    public void close() {
        FxTestBase.runFx(() -> {
            runs.stop();
            stage.hide();
        });
        highlight.shutdownNow();
        io.shutdownNow();
    }
}
