package org.ouroboros.ui.view.graph;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.FxTestBase;
import org.ouroboros.ui.view.names.NamesView;

/** Not a check: prints how long the views take on the 100,000-object trace ({@code -Dtiming=true}). */
@EnabledIfSystemProperty(named = "timing", matches = "true")
class ShowTiming extends FxTestBase {
    @Test
    void hundredThousand() {
        long t0 = System.nanoTime();
        Trace t = ObjectTraces.run(ObjectTraces.HUNDRED_THOUSAND);
        long t1 = System.nanoTime();
        System.out.printf("VM run: %d ms, %d events%n", (t1 - t0) / 1_000_000, t.size());
        GraphView g = callFx(GraphView::new);
        NamesView n = callFx(NamesView::new);
        for (int rep = 0; rep < 3; rep++) {
            long a = System.nanoTime();
            runFx(() -> g.show(t, t.size() - 1));
            long b = System.nanoTime();
            runFx(() -> g.show(t, t.size() / 2));
            long c = System.nanoTime();
            runFx(() -> g.show(t, t.size() / 2 + 1));
            long d = System.nanoTime();
            runFx(() -> n.show(t, t.size() - 1));
            long e = System.nanoTime();
            runFx(() -> n.show(t, t.size() / 2));
            long f = System.nanoTime();
            System.out.printf("graph: first show %d ms, seek %d ms, step %d ms; names: end %d ms, seek %d ms%n",
                    (b - a) / 1_000_000, (c - b) / 1_000_000, (d - c) / 1_000_000, (e - d) / 1_000_000, (f - e) / 1_000_000);
            Trace again = new Trace(t.events());
            if (rep < 2) {
                runFx(() -> g.show(again, 0));
            }
        }
    }
}
