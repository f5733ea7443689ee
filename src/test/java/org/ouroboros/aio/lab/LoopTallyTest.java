package org.ouroboros.aio.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.lab.LoopDigest.Action;
import org.ouroboros.aio.lab.LoopDigest.KeyActivity;

/** The loop's tally sums every event and keeps only a bounded summary of which connections were busy. */
class LoopTallyTest {
    private static final long MS = 1_000_000L;

    private static List<EchoConnection> connections(int n) {
        List<EchoConnection> out = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            out.add(new EchoConnection(i, new InetSocketAddress(InetAddress.getLoopbackAddress(), 40_000 + i)));
        }
        return out;
    }

    @Test
    void nothingIsPublishedBeforeTheWindowEnds() {
        LoopTally tally = new LoopTally(0);
        LoopDigest first = tally.latest();
        tally.selected(3, MS);
        tally.iterationDone(MS, 4, 10 * MS);
        assertSame(first, tally.latest());
        assertEquals(0, first.iterations());
    }

    @Test
    void aTenThousandKeySelectIsCountedInFullAndSummedUpInABoundedDigest() {
        LoopTally tally = new LoopTally(0);
        List<EchoConnection> all = connections(10_000);
        for (EchoConnection c : all) {
            tally.handled(c, SelectionKey.OP_ACCEPT, Action.ACCEPT);
        }
        tally.selected(10_000, 3 * MS);
        for (EchoConnection c : all) {
            tally.handled(c, SelectionKey.OP_READ, Action.ECHO);
        }
        // connection 77 is the busiest: two more events in the same window
        tally.handled(all.get(76), SelectionKey.OP_WRITE, Action.WRITE_REST);
        tally.handled(all.get(76), SelectionKey.OP_READ, Action.CLOSE);
        tally.iterationDone(7 * MS, 10_001, LoopDigest.WINDOW_MILLIS * MS);

        LoopDigest d = tally.latest();
        assertEquals(1, d.iterations());
        assertEquals(10_000, d.keysReturned());
        assertEquals(10_000, d.maxKeysReturned());
        assertEquals(10_000, d.accepts());
        assertEquals(10_000, d.reads());
        assertEquals(10_001, d.writes());
        assertEquals(1, d.closes());
        assertEquals(3 * MS, d.selectNanos());
        assertEquals(7 * MS, d.workNanos());
        assertEquals(10_001, d.registered());
        assertEquals(LoopDigest.BUSIEST, d.busiest().size());
        assertEquals(new KeyActivity(77, "127.0.0.1:40077", 4), d.busiest().get(0));
        assertEquals(2, d.busiest().get(1).events());
        assertEquals(LoopDigest.SAMPLED_KEYS, d.sample().keys().size());
        assertEquals(10_000, d.sample().keysReturned());
        assertEquals(0, d.sample().iteration());
        assertEquals(Action.ECHO, d.sample().keys().get(0).action());
        assertEquals(1, d.sample().keys().get(0).connection());
    }

    @Test
    void theBusiestAndTheSampleStartAgainWithEachWindowWhileTheCountersAddUp() {
        LoopTally tally = new LoopTally(0);
        List<EchoConnection> all = connections(20);
        tally.selected(20, MS);
        for (EchoConnection c : all) {
            tally.handled(c, SelectionKey.OP_READ, Action.ECHO);
        }
        tally.iterationDone(MS, 21, 60 * MS);
        // the next window: only connection 5 is active, in an iteration after an empty one
        tally.selected(0, 20 * MS);
        tally.iterationDone(0, 21, 80 * MS);
        tally.selected(1, MS);
        tally.handled(all.get(4), SelectionKey.OP_READ, Action.ECHO);
        tally.iterationDone(MS, 21, 120 * MS);

        LoopDigest d = tally.latest();
        assertEquals(3, d.iterations());
        assertEquals(21, d.reads());
        assertEquals(List.of(new KeyActivity(5, "127.0.0.1:40005", 1)), d.busiest());
        assertEquals(2, d.sample().iteration());
        assertEquals(1, d.sample().keysReturned());
        assertEquals(1, d.maxKeysReturned());
    }

    @Test
    void aQuietWindowHasNoSample() {
        LoopTally tally = new LoopTally(0);
        tally.selected(0, 50 * MS);
        tally.iterationDone(0, 1, 60 * MS);
        assertNull(tally.latest().sample());
        assertEquals(List.of(), tally.latest().busiest());
    }
}
