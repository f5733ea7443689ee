package org.ouroboros.ui.player;

import atlantafx.base.theme.PrimerLight;
import java.util.concurrent.Callable;
import javafx.application.Application;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A small base for UI tests: a fresh stage per test (headless under Monocle in the build),
 * helpers to run code on the FX thread, and a robot for keys and mouse.
 */
public abstract class FxTestBase {
    protected final FxRobot robot = new FxRobot();
    protected Stage stage;

    @BeforeEach
    void openStage() throws Exception {
        FxToolkit.registerPrimaryStage();
        // The app's theme, so views resolve the looked-up colours they use.
        runFx(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
        stage = FxToolkit.registerStage(Stage::new);
    }

    @AfterEach
    void closeStage() throws Exception {
        // A stage that never opened (set-up timed out under load) has nothing to hide.
        if (stage != null) {
            runFx(() -> stage.hide());
        }
        FxToolkit.cleanupStages();
    }

    /** Shows {@code root} in the test stage, focused, and waits until it is laid out. */
    protected Scene show(Parent root, double width, double height) {
        Scene scene = callFx(() -> {
            Scene s = new Scene(root, width, height);
            stage.setScene(s);
            stage.show();
            stage.toFront();
            stage.requestFocus();
            return s;
        });
        WaitForAsyncUtils.waitForFxEvents();
        return scene;
    }

    protected static void runFx(Runnable action) {
        callFx(() -> {
            action.run();
            return null;
        });
    }

    protected static <T> T callFx(Callable<T> action) {
        AtomicReference<T> result = new AtomicReference<>();
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, WaitForAsyncUtils.asyncFx(() -> {
                result.set(action.call());
                return null;
            }));
        } catch (Exception e) {
            throw new AssertionError("FX action failed", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
        return result.get();
    }
}
