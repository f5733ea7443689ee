package org.ouroboros.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.RunOutcome;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.run.RunRequest;
import org.ouroboros.ui.run.StopSwitch;

class FirstFrameRunGateTest {
    private final RunRequest request = new RunRequest("print(1)", "<test>");
    private final CountDownLatch ran = new CountDownLatch(1);
    private final RunReport report = new RunReport(request, new Trace(List.of()), new RunOutcome.Completed(0),
            "", Duration.ZERO);

    private RunReport countingRun(RunRequest r, StopSwitch stop) {
        ran.countDown();
        return report;
    }

    @Test
    void aRunWaitsUntilTheGateOpensThenRunsWithItsOwnResult() throws Exception {
        FirstFrameRunGate gate = new FirstFrameRunGate(this::countingRun, Duration.ofSeconds(30));
        CompletableFuture<RunReport> result = CompletableFuture.supplyAsync(() -> gate.run(request, new StopSwitch()));
        assertFalse(ran.await(200, TimeUnit.MILLISECONDS), "ran before the first frame");
        gate.open();
        assertSame(report, result.get(5, TimeUnit.SECONDS));
        assertTrue(gate.isOpen());
    }

    @Test
    void onceOpenRunsGoAtOnce() throws Exception {
        FirstFrameRunGate gate = new FirstFrameRunGate(this::countingRun, Duration.ofSeconds(30));
        gate.open();
        gate.open();
        assertSame(report, CompletableFuture.supplyAsync(() -> gate.run(request, new StopSwitch()))
                .get(5, TimeUnit.SECONDS));
    }

    @Test
    void aGateThatNeverOpensHoldsARunBackOnlyForItsMaximumWait() throws Exception {
        FirstFrameRunGate gate = new FirstFrameRunGate(this::countingRun, Duration.ofMillis(100));
        long start = System.nanoTime();
        assertSame(report, CompletableFuture.supplyAsync(() -> gate.run(request, new StopSwitch()))
                .get(5, TimeUnit.SECONDS));
        assertTrue(System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(100));
        assertEquals(0, ran.getCount());
    }
}
