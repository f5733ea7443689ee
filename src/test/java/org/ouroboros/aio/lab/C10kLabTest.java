package org.ouroboros.aio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The lab holds a small crowd of loopback connections against both servers and frees everything on close. */
@Timeout(60)
class C10kLabTest {
    private static final int CONNECTIONS = 200;

    private static LabSample awaitSample(List<LabSample> samples, Predicate<LabSample> condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            for (LabSample s : samples) {
                if (condition.test(s)) {
                    return s;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no sample matched; last: " + (samples.isEmpty() ? "none" : samples.get(samples.size() - 1)));
    }

    @Test
    void theEventLoopServerCountsWhatItsLoopDoesAndTheThreadServerHasNoLoop() throws Exception {
        List<LabSample> samples = new CopyOnWriteArrayList<>();
        try (C10kLab lab = C10kLab.start(new LabSettings(ServerKind.EVENT_LOOP, CONNECTIONS, 2_000, 20),
                C10kLab.Placement.IN_PROCESS, samples::add)) {
            awaitSample(samples, s -> s.phase() == LabPhase.HOLDING && s.requestsPerSecond() > 1_000);
            long deadline = System.currentTimeMillis() + 5_000;
            LoopDigest d = lab.loopDigest();
            while (d.reads() == 0 && System.currentTimeMillis() < deadline) {
                Thread.sleep(LoopDigest.WINDOW_MILLIS);
                d = lab.loopDigest();
            }
            assertEquals(CONNECTIONS, d.accepts());
            assertEquals(CONNECTIONS + 1, d.registered());
            assertTrue(d.reads() > 0 && d.writes() >= d.reads(), d.toString());
            assertTrue(d.iterations() > 0 && d.keysReturned() >= d.reads(), d.toString());
            assertTrue(d.busiest().size() <= LoopDigest.BUSIEST);
        }
        try (C10kLab lab = C10kLab.start(new LabSettings(ServerKind.THREAD_PER_CONNECTION, 10, 2_000, 20),
                C10kLab.Placement.IN_PROCESS, s -> { })) {
            assertNull(lab.loopDigest());
        }
    }

    @ParameterizedTest
    @EnumSource(ServerKind.class)
    void holdsEveryConnectionAndAnswersRequests(ServerKind kind) throws Exception {
        long descriptorsBefore = ProcessGauges.openDescriptors();
        int threadsBefore = ProcessGauges.threads();
        List<LabSample> samples = new CopyOnWriteArrayList<>();
        C10kLab lab = C10kLab.start(new LabSettings(kind, CONNECTIONS, 2_000, 20), C10kLab.Placement.IN_PROCESS, samples::add);
        try {
            LabSample holding = awaitSample(samples, s -> s.phase() == LabPhase.HOLDING);
            assertEquals(CONNECTIONS, holding.serverHeld());
            assertEquals(CONNECTIONS, holding.clientOpen());
            assertEquals(1.0, holding.progress());
            assertNull(holding.limit());
            assertFalse(holding.childProcess());
            int expectedServerThreads = kind == ServerKind.EVENT_LOOP ? 1 : CONNECTIONS + 1;
            assertEquals(expectedServerThreads, holding.serverThreads());
            LabSample answering = awaitSample(samples, s -> s.phase() == LabPhase.HOLDING && s.requestsPerSecond() > 1_000);
            assertTrue(answering.p99Micros() >= answering.p50Micros() && answering.p50Micros() > 0, answering.toString());
            // both ends of every connection live in this process; a count relative to "before" would race with
            // descriptors other tests close meanwhile
            assertTrue(holding.openDescriptors() >= 2L * CONNECTIONS, holding.toString());
        } finally {
            lab.close();
        }
        LabSample last = samples.get(samples.size() - 1);
        assertEquals(LabPhase.STOPPED, last.phase());
        assertEquals(0, last.serverHeld());
        assertEquals(0, last.serverThreads());
        assertTrue(lab.isClosed());
        // every socket and server thread of the run is gone (a few descriptors of other tests may come and go)
        assertTrue(ProcessGauges.openDescriptors() <= descriptorsBefore + 10,
                ProcessGauges.openDescriptors() + " open, " + descriptorsBefore + " before");
        assertTrue(ProcessGauges.threads() <= threadsBefore + 3, ProcessGauges.threads() + " threads, " + threadsBefore + " before");
    }

    @Test
    void cancellingDuringTheRampStopsItAtOnce() throws Exception {
        long descriptorsBefore = ProcessGauges.openDescriptors();
        List<LabSample> samples = new CopyOnWriteArrayList<>();
        C10kLab lab = C10kLab.start(new LabSettings(ServerKind.THREAD_PER_CONNECTION, 5_000, 500, 100),
                C10kLab.Placement.IN_PROCESS, samples::add);
        LabSample ramping = awaitSample(samples, s -> s.serverHeld() > 20);
        assertEquals(LabPhase.RAMPING, ramping.phase());
        assertTrue(ramping.progress() < 1.0);
        lab.close();
        lab.close();
        assertEquals(LabPhase.STOPPED, lab.latest().phase());
        assertEquals(1, samples.stream().filter(s -> s.phase() == LabPhase.STOPPED).count());
        assertTrue(ProcessGauges.openDescriptors() <= descriptorsBefore + 10);
    }

    @Test
    void clientsCanRunInAChildProcess() throws Exception {
        List<LabSample> samples = new CopyOnWriteArrayList<>();
        C10kLab lab = C10kLab.start(new LabSettings(ServerKind.EVENT_LOOP, 100, 5_000, 20), C10kLab.Placement.CHILD_PROCESS,
                samples::add);
        try {
            LabSample holding = awaitSample(samples, s -> s.phase() == LabPhase.HOLDING && s.requestsPerSecond() > 0);
            assertTrue(holding.childProcess());
            assertEquals(100, holding.serverHeld());
        } finally {
            lab.close();
        }
        assertEquals(0, lab.latest().serverHeld());
    }

    @Test
    void tooManyOpenFilesIsRecognisedAsTheDescriptorLimit() {
        assertEquals(LimitProblem.Kind.FILE_DESCRIPTORS, LimitProblem.of("Too many open files").kind());
        assertEquals(LimitProblem.Kind.THREADS, LimitProblem.of("unable to create native thread: possibly out of memory").kind());
        assertEquals(LimitProblem.Kind.OTHER, LimitProblem.of("Connection refused").kind());
        assertNull(LimitProblem.of(""));
    }

    @Test
    void histogramPercentilesAreWithinABucketOfTheTruth() {
        LatencyHistogram h = new LatencyHistogram();
        for (int i = 1; i <= 1_000; i++) {
            h.record(i * 1_000L);
        }
        assertEquals(500, h.percentileMicros(0.5), 500 * 0.05);
        assertEquals(990, h.percentileMicros(0.99), 990 * 0.05);
        h.clear();
        assertEquals(0, h.percentileMicros(0.99));
    }

    @Test
    void statsSurviveTheTripThroughTheChildsOutput() {
        ClientStats s = new ClientStats(10, 2, 345, 12.5, 99.0, "Too many open files");
        assertEquals(s, ClientStats.fromLine(s.toLine()));
    }
}
