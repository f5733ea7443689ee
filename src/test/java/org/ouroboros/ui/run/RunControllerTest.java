package org.ouroboros.ui.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;

/** The controller on a stand-in "FX thread" (a single-thread executor), with scripted runners. */
class RunControllerTest {
    // Tasks arriving after the test (a stop-grace timer firing late) are dropped, not rejected:
    // a rejection would surface as an async failure in an unrelated UI test.
    private final ExecutorService fx = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS,
            new java.util.concurrent.LinkedBlockingQueue<>(), r -> new Thread(r, "fake-fx"),
            new java.util.concurrent.ThreadPoolExecutor.DiscardPolicy());
    private final RunRequest request = new RunRequest("pass\n", RunRequest.EDITOR_FILENAME);

    @AfterEach
    void shutDown() {
        fx.shutdownNow();
    }

    private <T> T onFx(Callable<T> action) throws Exception {
        return fx.submit(action).get(5, TimeUnit.SECONDS);
    }

    private static RunReport report(RunRequest request, RunOutcome outcome) {
        return new RunReport(request, new Trace(List.of()), outcome, "", Duration.ZERO);
    }

    private void awaitIdle(RunController controller) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (onFx(controller::isRunning)) {
            assertTrue(System.nanoTime() < deadline, "run did not end");
            Thread.sleep(10);
        }
    }

    @Test
    void aReportIsPublishedOnTheFxThreadAndEndsTheRun() throws Exception {
        AtomicReference<String> publishedOn = new AtomicReference<>();
        RunController controller = new RunController((r, stop) -> report(r, new RunOutcome.Completed(0)), fx);
        onFx(() -> {
            controller.lastReportProperty().addListener((obs, old, now) -> publishedOn.set(Thread.currentThread().getName()));
            return controller.run(request).isPresent();
        });
        awaitIdle(controller);
        assertEquals(new RunOutcome.Completed(0), onFx(controller::getLastReport).outcome());
        assertEquals("fake-fx", publishedOn.get());
    }

    @Test
    void aSecondRunWhileOneIsGoingIsRefused() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RunController controller = new RunController((r, stop) -> {
            awaitQuietly(release);
            return report(r, new RunOutcome.Completed(0));
        }, fx);
        assertTrue(onFx(() -> controller.run(request)).isPresent());
        assertFalse(onFx(() -> controller.run(new RunRequest("print(2)\n", "other.py"))).isPresent());
        assertSame(request, onFx(() -> controller.currentRequestProperty().get()));
        release.countDown();
        awaitIdle(controller);
        assertSame(request, onFx(controller::getLastReport).request());
    }

    @Test
    void aRunThatIgnoresStopIsReportedStoppedAfterTheGracePeriod() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RunController controller = new RunController((r, stop) -> {
            awaitQuietly(release); // a long built-in call: no check point, deaf to interrupts
            return report(r, new RunOutcome.Completed(0));
        }, fx, Duration.ofMillis(200));
        onFx(() -> controller.run(request));
        onFx(() -> {
            controller.stop();
            return null;
        });
        awaitIdle(controller);
        RunReport stopped = onFx(controller::getLastReport);
        assertEquals(new RunOutcome.Stopped(), stopped.outcome());

        // When the abandoned run finally ends, its report no longer replaces what the user saw.
        release.countDown();
        Thread.sleep(200);
        assertSame(stopped, onFx(controller::getLastReport));
        assertTrue(onFx(() -> controller.run(request)).isPresent(), "a new run can start");
    }

    @Test
    void eachRunHasItsOwnIdWhichItsReportCarriesEvenForTheSameProgram() throws Exception {
        CountDownLatch releaseSecond = new CountDownLatch(1);
        AtomicInteger runsStarted = new AtomicInteger();
        RunController controller = new RunController((r, stop) -> {
            if (runsStarted.incrementAndGet() == 2) {
                awaitQuietly(releaseSecond); // keeps the second run in progress while its id is read
            }
            return report(r, new RunOutcome.Completed(0));
        }, fx);
        long first = onFx(() -> controller.run(request)).orElseThrow();
        awaitIdle(controller);
        RunReport firstReport = onFx(controller::getLastReport);
        long second = onFx(() -> controller.run(request)).orElseThrow();
        assertEquals(second, onFx(controller::currentRunId).orElseThrow(), "the run in progress");
        releaseSecond.countDown();
        awaitIdle(controller);
        RunReport secondReport = onFx(controller::getLastReport);

        assertTrue(second != first, "two runs of one program, two ids: " + first + ", " + second);
        assertEquals(first, firstReport.runId());
        assertEquals(second, secondReport.runId());
        assertTrue(onFx(controller::currentRunId).isEmpty(), "no run in progress");
    }

    @Test
    void aRunStoppedAfterTheGracePeriodIsReportedUnderItsOwnId() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        RunController controller = new RunController((r, stop) -> {
            awaitQuietly(release);
            return report(r, new RunOutcome.Completed(0));
        }, fx, Duration.ofMillis(100));
        long id = onFx(() -> controller.run(request)).orElseThrow();
        onFx(() -> {
            controller.stop();
            return null;
        });
        awaitIdle(controller);
        release.countDown();
        assertEquals(id, onFx(controller::getLastReport).runId());
    }

    @Test
    void aRunnerThatFailsEndsTheRunWithAMessageNotAStackTrace() throws Exception {
        RunController controller = new RunController((r, stop) -> {
            throw new IllegalStateException("boom");
        }, fx);
        onFx(() -> controller.run(request));
        awaitIdle(controller);
        assertEquals(new RunOutcome.InternalError("java.lang.IllegalStateException: boom"),
                onFx(controller::getLastReport).outcome());
    }

    /** Waits for the latch, ignoring interrupts (as a busy built-in would). */
    private static void awaitQuietly(CountDownLatch latch) {
        while (latch.getCount() > 0) {
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(5));
        }
    }
}
