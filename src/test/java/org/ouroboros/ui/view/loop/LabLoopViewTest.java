package org.ouroboros.ui.view.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.channels.SelectionKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.ouroboros.aio.lab.LoopDigest;
import org.ouroboros.aio.lab.LoopDigest.Action;
import org.ouroboros.aio.lab.LoopDigest.KeyActivity;
import org.ouroboros.aio.lab.LoopDigest.SampledIteration;
import org.ouroboros.aio.lab.LoopDigest.SampledKey;
import org.ouroboros.trace.AioEvent;
import org.ouroboros.trace.Trace;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.ui.StagedFxTestBase;
import org.ouroboros.ui.player.RenderedText;
import org.ouroboros.ui.view.ViewShots;

/**
 * Ten thousand sockets in the event-loop view: a selector step with 10,000 keys, and the C10K
 * lab's loop followed live, both drawn with a bounded number of nodes and the right counts.
 */
class LabLoopViewTest extends StagedFxTestBase {
    private static final long SECOND = 1_000_000_000L;

    private LoopView view;

    @BeforeEach
    void open() {
        view = callFx(() -> {
            LoopView v = new LoopView();
            v.setLocale(Locale.ENGLISH);
            return v;
        });
        show(new StackPane(view.node()), 1200, 780);
    }

    private static int nodes(Node n) {
        int count = 1;
        if (n instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                count += nodes(child);
            }
        }
        return count;
    }

    private List<String> text() {
        return callFx(() -> RenderedText.of(view.node()));
    }

    private boolean shows(String part) {
        return text().stream().anyMatch(l -> l.contains(part));
    }

    /** One iteration over {@code n} registered sockets, all of which select returns readable. */
    private static Trace selectOver(int n) {
        List<AioEvent.SelectorKey> keys = new ArrayList<>();
        List<AioEvent.SelectorKey> ready = new ArrayList<>();
        for (int fd = 3; fd < 3 + n; fd++) {
            keys.add(new AioEvent.SelectorKey(fd, AioEvent.READ, "127.0.0.1:" + (20_000 + fd) + " -> 127.0.0.1:8080",
                    "echo(" + fd + ")", ""));
            ready.add(new AioEvent.SelectorKey(fd, AioEvent.READ, "", "echo(" + fd + ")", ""));
        }
        List<TraceEvent> events = List.of(new AioEvent.LoopCreated(1, "EPollSelectorImpl", false),
                new AioEvent.LoopStateChanged(1, "RUNNING", 0),
                new AioEvent.IterationStarted(1, 0, 0, List.of(), List.of(), keys, -1),
                new AioEvent.SelectReturned(1, 0, 0.01, ready, 0.01, false));
        return new Trace(events);
    }

    @Test
    void aSelectorStepWithTenThousandKeysDrawsABoundedNumberOfNodes() {
        Trace small = selectOver(10);
        runFx(() -> view.show(small, small.size() - 1));
        int forTen = callFx(() -> nodes(view.node()));
        Trace big = selectOver(10_000);
        runFx(() -> view.show(big, big.size() - 1));
        int forTenThousand = callFx(() -> nodes(view.node()));

        assertTrue(shows("Selector keys (10000)"), text().toString());
        assertTrue(shows("Ready queue (10000)"), text().toString());
        assertTrue(shows("select returned 10000 ready socket(s)"), text().toString());
        assertTrue(shows("\u2026 and " + (10_000 - LoopView.MAX_CHIPS) + " more"), text().toString());
        // two lanes of at most MAX_CHIPS chips (plus a "more" line) where 10 keys drew 10 each
        int bound = forTen + 2 * (LoopView.MAX_CHIPS + 1) * 4;
        assertTrue(forTenThousand <= bound, forTenThousand + " nodes for 10,000 keys; at most " + bound);
        assertEquals(10_000, callFx(() -> view.state().keyCount()));
    }

    private static LoopDigest digest(long at, long iterations, long keys, long accepts, long echoes, long selectMs,
            long workMs, int registered, int busiest) {
        List<KeyActivity> top = new ArrayList<>();
        for (int i = 0; i < busiest; i++) {
            top.add(new KeyActivity(100 + i, "127.0.0.1:" + (40_100 + i), busiest - i + 1));
        }
        SampledIteration sample = new SampledIteration(iterations - 1, 800_000, 37,
                List.of(new SampledKey(4, "127.0.0.1:40004", SelectionKey.OP_READ, Action.ECHO),
                        new SampledKey(9, "127.0.0.1:40009", SelectionKey.OP_READ, Action.CLOSE)));
        return new LoopDigest(at, iterations, keys, 120, accepts, echoes, echoes, 0, selectMs * 1_000_000L,
                workMs * 1_000_000L, registered, top, sample);
    }

    @Test
    void theLabsLoopIsSummedUpPerSecondWithAFixedSetOfNodes() {
        AtomicReference<LoopDigest> latest = new AtomicReference<>(digest(SECOND, 100, 1_000, 50, 900, 600, 150, 51, 3));
        runFx(() -> view.followLab(latest::get));
        assertTrue(callFx(view::followingLab));
        assertTrue(callFx(() -> view.labPanel().node().isVisible()));
        int few = callFx(() -> nodes(view.labPanel().node()));

        // one second later: 1,000 more iterations, 9,000 more keys, 1,000 accepts, 8,000 echoes; 10,001 keys registered
        LoopDigest later = digest(2 * SECOND, 1_100, 10_000, 1_050, 8_900, 1_400, 350, 10_001, LoopDigest.BUSIEST);
        latest.set(later);
        waitFor("the panel took the new digest", () -> RenderedText.of(view.node()).stream()
                .anyMatch(l -> l.contains("10,001 selector keys")));
        int many = callFx(() -> nodes(view.labPanel().node()));

        assertEquals(few, many, "the panel's nodes do not grow with the connections");
        assertTrue(shows("10,001 selector keys are registered"), text().toString());
        assertTrue(shows("2. select(timeout): 1,000 calls/s (1,100 so far), waiting 80 % of the loop's time"), text().toString());
        assertTrue(shows("3. process I/O events: 9,000 ready keys/s, 9.0 per select on average, at most 120"), text().toString());
        assertTrue(shows("5. run callbacks: 8,000 echoes/s, 1,000 accepts/s, 0 closes/s, 20 % of the loop's time"),
                text().toString());
        assertTrue(shows("The 8 busiest connections"), text().toString());
        assertTrue(shows("#100 127.0.0.1:40100: 9"), text().toString());
        assertTrue(shows("Sampled iteration 1,099: select waited 0.8 ms and returned 37 keys; the first 2:"), text().toString());
        assertTrue(shows("#9 127.0.0.1:40009 ready R \u2192 closed"), text().toString());
        runFx(() -> ViewShots.save(view.node(), "loop-lab-en"));

        runFx(() -> view.setLocale(Locale.SIMPLIFIED_CHINESE));
        assertTrue(shows("已注册 10,001 个选择器键"), text().toString());
        runFx(() -> ViewShots.save(view.node(), "loop-lab-zh"));

        runFx(() -> view.followLab(null));
        assertFalse(callFx(() -> view.labPanel().node().isVisible()));
        assertFalse(callFx(view::followingLab));
    }

    @Test
    void ratesAreTheDifferenceOfTwoDigestsOverTheTimeBetweenThem() {
        LabLoopRates r = LabLoopRates.between(digest(0, 0, 0, 0, 0, 0, 0, 1, 0),
                digest(SECOND / 2, 500, 2_000, 10, 1_990, 300, 100, 11, 0));
        assertEquals(0.5, r.seconds(), 1e-9);
        assertEquals(1_000, r.iterationsPerSecond(), 1e-9);
        assertEquals(4_000, r.keysPerSecond(), 1e-9);
        assertEquals(20, r.acceptsPerSecond(), 1e-9);
        assertEquals(3_980, r.echoesPerSecond(), 1e-9);
        assertEquals(4, r.keysPerIteration(), 1e-9);
        assertEquals(0.75, r.selectShare(), 1e-9);
        assertEquals(0.25, r.workShare(), 1e-9);
        LoopDigest same = digest(SECOND, 1, 1, 1, 1, 1, 1, 1, 0);
        assertEquals(0, LabLoopRates.between(same, same).iterationsPerSecond());
    }
}
