package org.ouroboros.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.stage.Stage;

/**
 * Start-up measurement for packaging: with {@code -Douroboros.startupProbe=true} the app prints
 * {@code first-frame-ms=<ms since JVM start>} once its first frame has been rendered, then exits.
 * The packaging scripts use it to time cold start and to let an AppCDS dump run unattended.
 * Without the property it does nothing.
 */
public final class StartupProbe {
    public static final String PROPERTY = "ouroboros.startupProbe";

    private StartupProbe() {}

    /** Call once from {@code Application.start}, before or after {@code stage.show()}. */
    public static void install(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            onFirstFrame(stage, StartupProbe::reportAndExit);
        }
    }

    /** Runs {@code action} on the FX thread once the stage's first frame has been rendered. */
    static void onFirstFrame(Stage stage, Runnable action) {
        if (stage.isShowing()) {
            watchFirstFrame(stage, action);
            return;
        }
        stage.showingProperty().addListener(new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Boolean> showing, Boolean was, Boolean now) {
                if (now) {
                    stage.showingProperty().removeListener(this);
                    watchFirstFrame(stage, action);
                }
            }
        });
    }

    /*
     * A pulse runs animation timers first, then CSS + layout, then hands the frame to the render
     * thread. So the first timer tick after a pulse that laid out the shown scene comes after that
     * frame was rendered; this over-reports by at most one pulse (~16 ms), never under-reports.
     */
    private static void watchFirstFrame(Stage stage, Runnable action) {
        boolean[] laidOut = {false};
        Runnable markLaidOut = () -> laidOut[0] = true;
        stage.getScene().addPostLayoutPulseListener(markLaidOut);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!laidOut[0]) {
                    return;
                }
                stop();
                stage.getScene().removePostLayoutPulseListener(markLaidOut);
                action.run();
            }
        }.start();
    }

    private static void reportAndExit() {
        long nowMillis = System.currentTimeMillis();
        long jvmStartMillis = ManagementFactory.getRuntimeMXBean().getStartTime();
        System.out.println("first-frame-ms=" + (nowMillis - jvmStartMillis));
        System.out.println("first-frame-epoch-ms=" + nowMillis);
        System.out.flush();
        Platform.exit();
    }
}
