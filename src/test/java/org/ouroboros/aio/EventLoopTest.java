package org.ouroboros.aio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.trace.TraceEvent;

/** The loop core runs handles in asyncio's order: one iteration = exactly the handles ready at its start. */
class EventLoopTest {
    private final List<String> log = new ArrayList<>();

    @Test
    void callSoonRunsInFifoOrderAndCallbacksAddedWhileRunningWaitForTheNextIteration() {
        try (EventLoop loop = new EventLoop()) {
            loop.callSoon(() -> log.add("a"), "a");
            loop.callSoon(() -> {
                log.add("b");
                loop.callSoon(() -> log.add("added by b"), "added");
            }, "b");
            loop.callSoon(() -> log.add("c"), "c");
            loop.runOnce();
            assertEquals(List.of("a", "b", "c"), log);
            loop.runOnce();
            assertEquals(List.of("a", "b", "c", "added by b"), log);
        }
    }

    @Test
    void timersRunByDueTimeWithTiesInSchedulingOrderAndCancelledOnesAreSkipped() {
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().withClock(LoopClock.virtual()))) {
            loop.callLater(0.2, () -> log.add("0.2"), "t");
            loop.callLater(0.1, () -> log.add("0.1 first"), "t");
            loop.callLater(0.1, () -> log.add("0.1 second"), "t");
            TimerHandle cancelled = loop.callLater(0.05, () -> log.add("cancelled"), "t");
            loop.cancel(cancelled);
            loop.callLater(0.3, loop::stop, "stop");
            loop.runForever();
            assertEquals(List.of("0.1 first", "0.1 second", "0.2"), log);
            assertEquals(0.3, loop.time(), 1e-9, "a virtual clock jumps from timer to timer");
        }
    }

    @Test
    void stopFinishesTheCurrentIteration() {
        try (EventLoop loop = new EventLoop()) {
            loop.callSoon(() -> {
                log.add("first");
                loop.stop();
            }, "first");
            loop.callSoon(() -> log.add("same iteration"), "second");
            loop.runForever();
            assertEquals(List.of("first", "same iteration"), log);
            assertTrue(!loop.isRunning());
        }
    }

    @Test
    void callSoonThreadsafeWakesABlockedSelect() throws InterruptedException {
        try (EventLoop loop = new EventLoop()) {
            CountDownLatch running = new CountDownLatch(1);
            loop.callSoon(running::countDown, "started");
            Thread other = new Thread(() -> {
                try {
                    running.await();
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
                loop.callSoonThreadsafe(() -> {
                    log.add("from other thread");
                    loop.stop();
                }, "wake");
            });
            other.start();
            long start = System.nanoTime();
            loop.runForever();
            other.join();
            assertEquals(List.of("from other thread"), log);
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "the select blocked with no timers was woken");
        }
    }

    @Test
    void ioCallbacksRunWhenTheSelectorReportsReadiness() throws IOException {
        try (EventLoop loop = new EventLoop(); ServerSocketChannel server = ServerSocketChannel.open()) {
            server.bind(LoopbackOnly.loopback(0));
            SocketChannel client = SocketChannel.open(server.getLocalAddress());
            SocketChannel accepted = server.accept();
            accepted.configureBlocking(false);
            loop.addReader(accepted, 7, "accepted", () -> {
                ByteBuffer b = ByteBuffer.allocate(16);
                try {
                    accepted.read(b);
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
                log.add("read " + new String(b.array(), 0, b.position()));
                loop.removeReader(accepted);
                loop.stop();
            }, "reader");
            loop.callSoon(() -> {
                try {
                    client.write(ByteBuffer.wrap("hi".getBytes()));
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            }, "write");
            loop.runForever();
            assertEquals(List.of("read hi"), log);
            client.close();
            accepted.close();
        }
    }

    @Test
    void aGatedStepperLetsExactlyOneIterationStartPerStep() throws InterruptedException {
        GatedStepper gate = new GatedStepper();
        TraceRecorder trace = new TraceRecorder();
        EventLoop loop = new EventLoop(LoopOptions.defaults().withStepper(gate).withSink(trace));
        for (int i = 0; i < 3; i++) {
            int n = i;
            loop.callSoon(() -> log.add("step " + n), "cb");
        }
        loop.callSoon(() -> loop.callSoon(() -> {
            log.add("second iteration");
            loop.stop();
        }, "stop"), "schedule stop");
        Thread runner = new Thread(loop::runForever);
        runner.start();
        waitUntil(() -> gate.waitingAt() == 0);
        assertEquals(List.of(), log, "nothing runs before the first step");
        gate.step();
        waitUntil(() -> gate.waitingAt() == 1);
        assertEquals(List.of("step 0", "step 1", "step 2"), log, "one step = one iteration");
        gate.step();
        runner.join(5000);
        assertTrue(!runner.isAlive());
        loop.close();
        long iterations = trace.finish().events().stream().filter(e -> e instanceof AioEvent.IterationStarted).count();
        assertEquals(2, iterations);
        assertEquals(List.of("step 0", "step 1", "step 2", "second iteration"), log);
    }

    @Test
    void eachIterationIsOneTraceGroupInRunOncesPhaseOrder() {
        TraceRecorder trace = new TraceRecorder();
        try (EventLoop loop = new EventLoop(LoopOptions.defaults().withClock(LoopClock.virtual()).withSink(trace))) {
            loop.callLater(0.5, loop::stop, "stop");
            loop.callSoon(() -> { }, "soon");
            loop.runForever();
        }
        List<String> kinds = new ArrayList<>();
        for (TraceEvent e : trace.finish().events()) {
            if (e instanceof AioEvent a && !(a instanceof AioEvent.HandleScheduled) && !(a instanceof AioEvent.TimerScheduled)) {
                kinds.add(a.getClass().getSimpleName());
            }
        }
        assertEquals(List.of("LoopCreated", "LoopStateChanged",
                "IterationStarted", "SelectReturned", "CallbackRun", "IterationFinished",
                "IterationStarted", "SelectReturned", "TimersDue", "CallbackRun", "IterationFinished",
                "LoopStateChanged", "LoopStateChanged"), kinds);
    }

    private static void waitUntil(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached in 5 s");
            }
            Thread.sleep(5);
        }
    }
}
