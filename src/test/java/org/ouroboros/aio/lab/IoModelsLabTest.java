package org.ouroboros.aio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.ouroboros.aio.DemoInternet;

/** The four I/O models fetch the same four pages from the demo internet; what each thread did shows the model. */
@Timeout(60)
class IoModelsLabTest {
    private static final int PAGES = 4;
    private static final double LATENCY_MS = 250;
    private static DemoInternet internet;
    private static final Map<IoModel, IoRun> RUNS = new EnumMap<>(IoModel.class);

    @BeforeAll
    static void runAll() throws Exception {
        internet = DemoInternet.start(DemoInternet.Config.defaults().withLatency(LATENCY_MS / 1000).withJitter(0));
        IoModelsLab lab = new IoModelsLab(internet.address(), "book", PAGES);
        for (IoModel m : IoModel.values()) {
            RUNS.put(m, lab.run(m));
        }
    }

    @AfterAll
    static void stop() {
        internet.close();
    }

    @Test
    void blockingWaitsForOnePageAfterAnother() {
        IoRun r = RUNS.get(IoModel.BLOCKING);
        assertEquals(java.util.List.of("main"), r.threads());
        assertTrue(r.millisIn("main", IoPhase.BLOCKED) >= PAGES * LATENCY_MS * 0.9, r.toString());
        assertEquals(PAGES, r.segments().stream().filter(s -> s.phase() == IoPhase.COPYING).count());
    }

    @Test
    void nonBlockingKeepsAskingAndIsNeverBlocked() {
        IoRun r = RUNS.get(IoModel.NON_BLOCKING);
        assertTrue(r.notReadyCalls() > 20, "recv said 'not ready' " + r.notReadyCalls() + " times");
        assertTrue(r.millisIn("main", IoPhase.POLLING) > LATENCY_MS * 0.5);
        assertEquals(0, r.millisIn("main", IoPhase.BLOCKED));
        assertTrue(r.totalMillis() < RUNS.get(IoModel.BLOCKING).totalMillis());
    }

    @Test
    void multiplexingBlocksInSelectAndReadsOnlyWhatIsReady() {
        IoRun r = RUNS.get(IoModel.MULTIPLEXING);
        assertTrue(r.selects().size() >= 2);
        assertTrue(r.selects().stream().anyMatch(c -> c.ready().stream().anyMatch(x -> x.endsWith(": R"))), r.selects().toString());
        assertTrue(r.millisIn("main", IoPhase.SELECT) >= LATENCY_MS * 0.8);
        assertEquals(0, r.notReadyCalls());
        assertTrue(r.totalMillis() < RUNS.get(IoModel.BLOCKING).totalMillis());
    }

    @Test
    void asynchronousLeavesTheMainThreadFreeAndCallsBackWithTheData() {
        IoRun r = RUNS.get(IoModel.ASYNCHRONOUS);
        assertTrue(r.threads().size() >= 2 && r.threads().get(1).startsWith("completion-"), r.threads().toString());
        assertTrue(r.millisIn("main", IoPhase.FREE) >= LATENCY_MS * 0.8);
        assertEquals(0, r.millisIn("main", IoPhase.BLOCKED));
        assertTrue(r.segments().stream().filter(s -> s.phase() == IoPhase.CALLBACK).count() >= PAGES);
    }

    @Test
    void talksOnlyToLoopback() {
        assertThrows(IllegalArgumentException.class, () -> new IoModelsLab(new InetSocketAddress("192.0.2.1", 80), "x", 1));
    }
}
