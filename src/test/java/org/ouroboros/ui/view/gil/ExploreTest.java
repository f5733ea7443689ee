package org.ouroboros.ui.view.gil;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.run.RunReport;
import org.ouroboros.ui.view.race.RaceIndex;
import org.ouroboros.vm.interp.TraceLevel;

class ExploreTest {
    @Test
    void explore() {
        SchedConfig base = SchedConfig.DEFAULT.withCores(2);
        for (ThreadExamples ex : ThreadExamples.GIL) {
            for (SchedConfig c : new SchedConfig[] {base, base.withMode(SchedConfig.Mode.FREE), base.withMode(SchedConfig.Mode.PROCESSES)}) {
                boolean fine = ThreadExamples.RACE.contains(ex) && ex != ThreadExamples.SEED_RACE;
                
                long t0 = System.nanoTime();
                RunReport r = ThreadTraces.run(ex.source(), c, fine);
                Trace t = r.trace();
                Map<String, Integer> counts = new TreeMap<>();
                t.events().forEach(e -> counts.merge(e.getClass().getSimpleName(), 1, Integer::sum));
                System.out.println("=== " + ex + " " + c.cpython() + " fine=" + fine + " " + (System.nanoTime() - t0) / 1_000_000 + " ms, events " + t.size() + " truncated " + t.truncated() + " outcome " + r.outcome());
                System.out.println(counts);
                System.out.println("stdout/err: " + r.errorText());
                t.events().stream().filter(e -> e instanceof org.ouroboros.trace.ExecutionEvent.OutputWritten).limit(10).forEach(System.out::println);
                if (fine) {
                    RaceIndex ri = RaceIndex.of(t);
                    System.out.println("race var " + ri.variable() + " threads " + ri.threads() + " lost " + ri.lostUpdates().size() + " counted " + ri.countedTotal() + " expected " + ri.expectedTotal() + " final " + ri.finalOutput() + " switches " + ri.switches().size() + " variant " + ri.variant());
                }
                Timeline tl = TimelineFold.of(t);
                System.out.println("timeline threads " + tl.threads() + " end " + tl.endTime() + " summary " + TimelineSummary.at(tl, t.size() - 1));
            }
        }
    }
}
