package org.ouroboros.ui.view.loop;

import javafx.scene.Scene;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/** Runs an action when the window showing a scene closes (so no run or lab outlives the app's window). */
public final class StopOnClose {
    private StopOnClose() {}

    public static void install(Scene scene, Runnable action) {
        if (scene.getWindow() != null) {
            hook(scene.getWindow(), action);
        }
        scene.windowProperty().addListener((obs, old, window) -> {
            if (window != null) {
                hook(window, action);
            }
        });
    }

    private static void hook(Window window, Runnable action) {
        window.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> action.run());
    }
}
