package org.ouroboros.ui;

import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * {@link FxTestBase} plus a fresh stage per test with the app's light theme, for tests that show
 * a control or view on its own rather than the whole main window.
 */
public abstract class StagedFxTestBase extends FxTestBase {
    protected Stage stage;

    @BeforeEach
    void openStage() throws Exception {
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
}
