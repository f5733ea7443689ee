package org.ouroboros.ui;

import java.lang.management.ManagementFactory;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * Start-up measurement for packaging: with {@code -Douroboros.startupProbe=true} the app prints
 * {@code first-frame-ms=<ms since JVM start>} once its first frame (the start-up screen) has been
 * rendered and {@code window-ready-ms=<ms>} once the main window's first frame has (with the CPU
 * time the FX thread and the whole process had used by then), then exits.
 * The packaging scripts use it to time cold start and to let an AppCDS dump run unattended.
 * Without the property it does nothing.
 */
public final class StartupProbe {
    public static final String PROPERTY = "ouroboros.startupProbe";

    private StartupProbe() {}

    /**
     * With the probe on, prints {@code startup-mark <phase>=<ms since JVM start>}, so the
     * scripts can tell which phase of start-up the time went to. Without it, does nothing.
     */
    public static void mark(String phase) {
        if (Boolean.getBoolean(PROPERTY)) {
            System.out.println("startup-mark " + phase + "=" + sinceJvmStart(System.currentTimeMillis()));
        }
    }

    /**
     * Call once from {@code Application.start}, before or after {@code stage.show()}: prints
     * {@code first-frame-ms} once the stage's first frame (whatever scene it shows) is rendered.
     */
    public static void install(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            onFirstFrame(stage, StartupProbe::reportFirstFrame);
        }
    }

    /**
     * Call once the main window's scene is on the stage: prints {@code window-ready-ms} once that
     * scene's first frame is rendered, then exits (so a CDS class list recorded with the probe
     * covers the whole shell, not just the start-up screen).
     */
    public static void windowReady(Stage stage) {
        if (Boolean.getBoolean(PROPERTY)) {
            onFirstFrame(stage, StartupProbe::reportReadyAndExit);
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
        // The scene of now: the stage may show another one by the time the frame is rendered.
        Scene scene = stage.getScene();
        scene.addPostLayoutPulseListener(markLaidOut);
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (!laidOut[0]) {
                    return;
                }
                stop();
                scene.removePostLayoutPulseListener(markLaidOut);
                action.run();
            }
        }.start();
    }

    private static void reportFirstFrame() {
        long nowMillis = System.currentTimeMillis();
        System.out.println("first-frame-ms=" + sinceJvmStart(nowMillis));
        System.out.println("first-frame-epoch-ms=" + nowMillis);
        System.out.flush();
    }

    /*
     * CPU times as well as the wall clock: on a machine shared with other busy processes the wall
     * clock mostly measures the load; the CPU the app needed to get there depends much less on it.
     */
    private static void reportReadyAndExit() {
        long nowMillis = System.currentTimeMillis();
        System.out.println("window-ready-ms=" + sinceJvmStart(nowMillis));
        System.out.println("window-ready-epoch-ms=" + nowMillis);
        System.out.println("window-ready-fx-cpu-ms=" + ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1_000_000);
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            System.out.println("window-ready-cpu-ms=" + os.getProcessCpuTime() / 1_000_000);
        }
        System.out.flush();
        Platform.exit();
    }

    private static long sinceJvmStart(long nowMillis) {
        return nowMillis - ManagementFactory.getRuntimeMXBean().getStartTime();
    }
}
