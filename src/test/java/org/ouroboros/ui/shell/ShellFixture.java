package org.ouroboros.ui.shell;

import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.stage.PopupWindow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.ouroboros.ui.model.AppEnvironment;
import org.ouroboros.ui.model.AppModel;
import org.ouroboros.ui.model.Language;
import org.ouroboros.ui.model.LessonRegistry;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** A real main window on a temporary config folder, shown on its own stage for one test. */
final class ShellFixture implements AutoCloseable {
    final Path configDir;
    final ScheduledExecutorService io = Executors.newSingleThreadScheduledExecutor();
    final ExecutorService highlight = Executors.newSingleThreadExecutor();
    final AtomicInteger exits = new AtomicInteger();
    final AppModel model;
    final MainWindow window;
    final Stage stage;

    private ShellFixture(Path configDir, Language systemLanguage) throws Exception {
        this.configDir = configDir;
        AppEnvironment env = new AppEnvironment(configDir, systemLanguage, io, Duration.ofMillis(100));
        model = AppModel.start(env, LessonRegistry.seedCourse());
        stage = WaitForAsyncUtils.asyncFx(() -> new Stage()).get(10, TimeUnit.SECONDS);
        window = WaitForAsyncUtils.asyncFx(() -> {
            MainWindow w = new MainWindow(stage, model, io, highlight, exits::incrementAndGet);
            w.show();
            stage.toFront();
            stage.requestFocus();
            return w;
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static ShellFixture open(Path configDir) throws Exception {
        return new ShellFixture(configDir, Language.ENGLISH);
    }

    static ShellFixture open(Path configDir, Language systemLanguage) throws Exception {
        return new ShellFixture(configDir, systemLanguage);
    }

    /** Waits until every queued background write has run. */
    void drainIo() throws Exception {
        io.submit(() -> { }).get(10, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        Stage primary = FxToolkit.toolkitContext().getRegisteredStage();
        // Popups (menus, tooltips) first: a menu closing after its stage would refocus a dead view.
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
