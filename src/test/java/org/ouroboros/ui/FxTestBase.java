package org.ouroboros.ui;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.BeforeAll;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Shared base for UI tests, headless under Monocle: starts the FX toolkit once and offers
 * {@code runFx}/{@code callFx} (run on the FX thread and wait) and {@code waitFor} (poll a
 * condition while letting FX events run).
 */
public abstract class FxTestBase {
    protected static final Duration TIMEOUT = Duration.ofSeconds(10);

    protected final FxRobot robot = new FxRobot();

    @BeforeAll
    static void startToolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    /** Runs {@code action} on the FX thread and waits for it (exceptions are rethrown). */
    protected static void runFx(Runnable action) {
        callFx(() -> {
            action.run();
            return null;
        });
    }

    /** Calls {@code action} on the FX thread and returns its result. */
    protected static <T> T callFx(Callable<T> action) {
        try {
            T result = WaitForAsyncUtils.asyncFx(action).get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            return result;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(cause);
        } catch (InterruptedException | TimeoutException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Waits until {@code condition} (evaluated on the FX thread) holds, or fails after the timeout. */
    protected static void waitFor(String what, BooleanSupplier condition) {
        waitFor(what, TIMEOUT, condition);
    }

    /** {@link #waitFor(String, BooleanSupplier)} with a longer {@code timeout}, e.g. for whole program runs. */
    protected static void waitFor(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (callFx(condition::getAsBoolean)) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    /** Waits for a condition that does not touch the scene graph (file system, executors). */
    protected static void waitForCondition(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            sleep(20);
        }
        throw new AssertionError("timed out waiting for: " + what);
    }

    protected static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
