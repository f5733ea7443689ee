package org.ouroboros.ui.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ouroboros.ui.model.AppEnvironment;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonRegistry;
import org.ouroboros.ui.player.PlayerModel;
import org.ouroboros.ui.shell.MainWindow;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real main window with runs wired in, on a temporary config folder, for one test. */
final class RunFixture implements AutoCloseable {
    final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService highlight = Executors.newSingleThreadExecutor();
    final AppModel model;
    final MainWindow window;
    final RunIntegration runs;
    final Stage stage;

    private RunFixture(Path configDir, Language language, PythonRunner runner) throws Exception {
        AppEnvironment env = new AppEnvironment(configDir, language, io, Duration.ofMillis(100));
        model = AppModel.start(env, LessonRegistry.seedCourse());
        stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        window = WaitForAsyncUtils.asyncFx(() -> new MainWindow(stage, model, io, highlight, () -> { }))
                .get(10, TimeUnit.SECONDS);
        runs = WaitForAsyncUtils.asyncFx(() -> {
            RunIntegration r = RunIntegration.install(window, new PlayerModel(),
                    new RunController(runner, Platform::runLater));
            window.show();
            stage.toFront();
            stage.requestFocus();
            return r;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static RunFixture open(Path configDir) throws Exception {
        return new RunFixture(configDir, Language.ENGLISH, new PythonRunner());
    }

    static RunFixture open(Path configDir, PythonRunner runner) throws Exception {
        return new RunFixture(configDir, Language.ENGLISH, runner);
    }

    @Override
    public void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> runs.stop()).get(10, TimeUnit.SECONDS);
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                if (w instanceof PopupWindow) {
                    w.hide();
                }
            }
            for (Window w : Window.getWindows().toArray(Window[]::new)) {
                if (w != primary) {
                    w.hide();
                }
            }
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        highlight.shutdownNow();
        io.shutdown();
        io.awaitTermination(5, TimeUnit.SECONDS);
    }
}
