package org.ouroboros.vm.object;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.MroEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;

/** The depth-first order recorded beside each C3 merge, for the MRO view's contrast mode and graph. */
class ClassicOrderTest {
    private static List<TraceEvent> trace(String source) {
        TraceRecorder recorder = new TraceRecorder();
        Vm.builder().stdout(new StringWriter()).stderr(new StringWriter()).trace(recorder, TraceLevel.COARSE).build()
                .run(source, "t.py");
        return recorder.finish().events();
    }

    private static final String SEED_DIAMOND = "class A: pass\nclass B: pass\nclass C(B): pass\n"
            + "class D(B, A): pass\nclass E(C, D): pass\n";

    @Test
    void depthFirstLeftToRightVisitsBBeforeDWhereC3PutsDFirst() {
        List<TraceEvent> events = trace(SEED_DIAMOND);
        // Depth first from E: C, then C's base B, then B's base object; only then D and A.
        assertTrue(events.contains(new MroEvent.ClassicOrder("E", List.of("E", "C", "B", "object", "D", "A"),
                List.of(List.of("C", "D"), List.of("B"), List.of("object"), List.of(), List.of("B", "A"),
                        List.of("object")))), events.toString());
        assertTrue(events.contains(new MroEvent.MergeFinished("E", List.of("E", "C", "D", "B", "A", "object"))));
    }

    @Test
    void itFollowsTheMergeStartEvenForASingleBaseAndForAFailingMerge() {
        List<TraceEvent> events = trace("class X: pass\nclass Y(X): pass\nclass Z(X, Y): pass\n");
        for (String cls : List.of("X", "Y", "Z")) {
            int start = indexOf(events, e -> e instanceof MroEvent.MergeStarted s && s.cls().equals(cls));
            assertTrue(events.get(start + 1) instanceof MroEvent.ClassicOrder c && c.cls().equals(cls), cls);
        }
        assertTrue(events.contains(new MroEvent.ClassicOrder("Z", List.of("Z", "X", "object", "Y"),
                List.of(List.of("X", "Y"), List.of("object"), List.of(), List.of("X")))), events.toString());
    }

    private interface Match {
        boolean test(TraceEvent e);
    }

    private static int indexOf(List<TraceEvent> events, Match match) {
        for (int i = 0; i < events.size(); i++) {
            if (match.test(events.get(i))) {
                return i;
            }
        }
        throw new AssertionError("no such event in " + events);
    }
}
