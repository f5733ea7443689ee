package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.TraceEvent;
import org.ouroboros.vm.interp.TraceLevel;

/** A run is a function of (source, settings, seed): same seed, same trace; another seed may differ. */
class DeterminismTest {
    private static final SchedConfig CONFIG = SchedConfig.DEFAULT.withSwitchIntervalNs(200_000);
    private static final String PROGRAM = RaceOutcomeTest.race("total = total + one()", "total = total - one()",
            false).replace("200000", "20000");

    private static List<TraceEvent> schedEvents(SchedRun r) {
        return r.events().stream().filter(e -> e instanceof SchedEvent).toList();
    }

    @Test
    void theSameSeedGivesAnIdenticalTrace() {
        SchedRun a = SchedRun.run(PROGRAM, CONFIG.withSeed(11), TraceLevel.COARSE);
        SchedRun b = SchedRun.run(PROGRAM, CONFIG.withSeed(11), TraceLevel.COARSE);
        assertFalse(schedEvents(a).isEmpty());
        assertEquals(schedEvents(a).stream().map(e -> e.toString().replaceAll("primitive=\\d+", "")).toList(),
                schedEvents(b).stream().map(e -> e.toString().replaceAll("primitive=\\d+", "")).toList());
        assertEquals(a.stdout(), b.stdout());
    }

    @Test
    void differentSeedsGiveDifferentInterleavings() {
        SchedRun a = SchedRun.run(PROGRAM, CONFIG.withSeed(1), TraceLevel.COARSE);
        SchedRun b = SchedRun.run(PROGRAM, CONFIG.withSeed(2), TraceLevel.COARSE);
        assertNotEquals(a.events(SchedEvent.SwitchAtCheckPoint.class), b.events(SchedEvent.SwitchAtCheckPoint.class));
    }

    @Test
    void switchesHappenOnlyAtTheModelledCheckPoints() {
        SchedRun v311 = SchedRun.run(PROGRAM, CONFIG.withSeed(3), TraceLevel.COARSE);
        List<SchedEvent.SwitchAtCheckPoint> switches = v311.events(SchedEvent.SwitchAtCheckPoint.class);
        assertFalse(switches.isEmpty());
        assertTrue(switches.stream().allMatch(s -> s.kind() != SchedEvent.CheckPointKind.INSTRUCTION
                && List.of("RESUME", "JUMP_BACKWARD", "CALL").contains(s.opname())), switches.toString());
        SchedRun v39 = SchedRun.run(PROGRAM, CONFIG.withSeed(3).withCpython(SchedConfig.CPythonVersion.V3_9),
                TraceLevel.COARSE);
        assertTrue(v39.events(SchedEvent.SwitchAtCheckPoint.class).stream()
                .anyMatch(s -> s.kind() == SchedEvent.CheckPointKind.INSTRUCTION));
    }

    @Test
    void everyDropFollowsARequestAndTheGilIsNeverHeldTwice() {
        SchedRun r = SchedRun.run(PROGRAM, CONFIG.withSeed(4), TraceLevel.COARSE);
        int holder = -1;
        long lastTime = 0;
        boolean requested = false;
        for (TraceEvent e : r.events()) {
            if (e instanceof SchedEvent.GilTaken t) {
                assertEquals(-1, holder, "GIL taken while held: " + t);
                holder = t.thread();
                assertTrue(t.vtime() >= lastTime, "GIL hand-offs go forward in virtual time");
                lastTime = t.vtime();
            } else if (e instanceof SchedEvent.GilDropped d) {
                assertEquals(holder, d.thread());
                if (d.reason() == SchedEvent.DropReason.DROP_REQUEST) {
                    assertTrue(requested, "a drop at a check point needs a drop request first");
                }
                requested = false;
                holder = -1;
            } else if (e instanceof SchedEvent.GilDropRequested q) {
                assertEquals(holder, q.holder());
                requested = true;
            }
        }
        assertFalse(r.events(SchedEvent.GilDropRequested.class).isEmpty());
    }

    @Test
    void fineTracingRecordsEveryBytecodeWithVirtualTime() {
        String small = PROGRAM.replace("20000", "50");
        SchedRun r = SchedRun.run(small, CONFIG.withSeed(1), TraceLevel.FINE);
        List<SchedEvent.BytecodeStep> steps = r.events(SchedEvent.BytecodeStep.class);
        assertTrue(steps.stream().anyMatch(s -> s.opname().equals("STORE_GLOBAL") && s.argRepr().equals("total")
                && s.function().equals("add")));
        assertTrue(steps.stream().filter(s -> s.opname().equals("JUMP_BACKWARD")).allMatch(SchedEvent.BytecodeStep::checkPoint));
        assertTrue(steps.stream().filter(s -> s.opname().equals("STORE_GLOBAL")).noneMatch(SchedEvent.BytecodeStep::checkPoint));
    }
}
