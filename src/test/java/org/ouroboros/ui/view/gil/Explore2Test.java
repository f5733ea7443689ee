package org.ouroboros.ui.view.gil;

import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;

class Explore2Test {
    @Test
    void explore() {
        Trace t = ThreadTraces.trace(ThreadExamples.CONVOY, SchedConfig.DEFAULT.withCores(2), false);
        t.events().forEach(e -> { if (e instanceof org.ouroboros.trace.SchedEvent) System.out.println(e); });
    }
}
