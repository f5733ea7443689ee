package org.ouroboros.ui.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * The JavaFX toolkit without a display, for the command line: Monocle's headless platform and
 * software rendering, chosen through system properties before the toolkit starts. When the
 * toolkit already runs (the app, a test) it is used as it is.
 */
public final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {}

    /** Starts the toolkit headless unless it runs already; returns true when this call started it. */
    public static synchronized boolean start() {
        return start(true);
    }

    /**
     * Starts the toolkit unless it runs already: headless (Monocle) or, with {@code headless}
     * false, on the display (e.g. an Xvfb server named by DISPLAY). True when this call started it.
     */
    public static synchronized boolean start(boolean headless) {
        if (started) {
            return false;
        }
        if (headless) {
            setIfAbsent("glass.platform", "Monocle");
            setIfAbsent("monocle.platform", "Headless");
            setIfAbsent("prism.order", "sw");
            setIfAbsent("prism.text", "t2k");
            setIfAbsent("java.awt.headless", "true");
        }
        CountDownLatch ready = new CountDownLatch(1);
        try {
            Platform.startup(ready::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started = true;
            return false;
        }
        Platform.setImplicitExit(false);
        try {
            if (!ready.await(60, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the JavaFX toolkit did not start within 60 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        started = true;
        return true;
    }

    /** Calls {@code action} on the FX thread and waits for its result. */
    public static <T> T call(Callable<T> action) {
        if (Platform.isFxApplicationThread()) {
            try {
                return action.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
