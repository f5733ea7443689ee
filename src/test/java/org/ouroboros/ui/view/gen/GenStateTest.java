package org.ouroboros.ui.view.gen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.Trace;
import org.ouroboros.ui.player.CheckpointedFold;

/** What the generator view's state says at each step of real runs. */
class GenStateTest {
    private static GenState at(Trace trace, int position) {
        return new CheckpointedFold<>(new GenFold()).stateAt(trace, position);
    }

    private static GenState end(Trace trace) {
        return at(trace, trace.size() - 1);
    }

    @Test
    void sendValuesGoInAndYieldedValuesComeOut() {
        Trace trace = GenTraces.run(GenTraces.SEND);
        GenState s = end(trace);
        List<String> lane = s.messages().stream().map(m -> m.kind() + " " + m.from() + ">" + m.to() + " " + m.value())
                .collect(Collectors.toList());
        assertEquals(List.of(
                "SEND <module>>gen_func2 None",
                "YIELD gen_func2><module> 'http://www.baidu.com'",
                "SEND <module>>gen_func2 'hello yield'",
                "YIELD gen_func2><module> 2",
                "NEXT <module>>gen_func2 None",
                "RETURN gen_func2><module> 'ok'"), lane);
        GenFrame f = s.frames().get(0);
        assertEquals(GenStatus.RETURNED, f.status());
        assertEquals("'ok'", f.result());
    }

    @Test
    void aSuspendedFrameKeepsItsLineUntilResumed() {
        Trace trace = GenTraces.run(GenTraces.SEND);
        int firstYield = -1;
        for (int k = 0; k < trace.size(); k++) {
            if (trace.get(k) instanceof org.ouroboros.trace.GeneratorEvent.GeneratorSuspended) {
                firstYield = k;
                break;
            }
        }
        GenFrame f = at(trace, firstYield).frames().get(0);
        assertEquals(GenStatus.SUSPENDED, f.status());
        assertEquals(2, f.line());
        assertEquals("'http://www.baidu.com'", f.lastYielded());
        assertEquals("gen.note.suspended", at(trace, firstYield).note().key());
        int firstResume = -1;
        for (int k = 0; k < trace.size(); k++) {
            if (trace.get(k) instanceof org.ouroboros.trace.GeneratorEvent.GeneratorResumed) {
                firstResume = k;
                break;
            }
        }
        assertEquals(GenStatus.CREATED, at(trace, firstResume - 1).frames().get(0).status());
        assertEquals(GenStatus.RUNNING, at(trace, firstResume).frames().get(0).status());
    }

    @Test
    void yieldFromChainsTheDelegatingGeneratorToItsSubgenerator() {
        Trace trace = GenTraces.run(GenTraces.YIELD_FROM);
        boolean sawChain = false;
        for (int k = 0; k < trace.size(); k++) {
            List<List<GenFrame>> chains = at(trace, k).chains();
            if (chains.size() == 1 && chains.get(0).size() == 2) {
                List<GenFrame> chain = chains.get(0);
                assertEquals("g1", chain.get(0).label());
                assertEquals("yield from", chain.get(0).delegateHow());
                assertEquals("sub", chain.get(1).label());
                sawChain |= chain.get(0).status() == GenStatus.DELEGATING && chain.get(1).status() == GenStatus.SUSPENDED;
            }
        }
        assertTrue(sawChain, "g1 waits in yield from while sub is suspended, at some step");
        GenState s = end(trace);
        assertTrue(s.messages().stream().anyMatch(m -> m.kind() == GenMessage.Kind.SEND && m.from().equals("g1")
                && m.to().equals("sub") && m.value().equals("32")), s.messages().toString());
        assertTrue(s.messages().stream().anyMatch(m -> m.kind() == GenMessage.Kind.RETURN && m.from().equals("sub")
                && m.to().equals("g1") && m.value().equals("42")), s.messages().toString());
        assertEquals(List.of(1, 1), s.chains().stream().map(List::size).collect(Collectors.toList()),
                "once sub returned, the chain is broken: two frames on their own");
    }
}
