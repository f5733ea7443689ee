package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * The seed's two pitfalls hang CPython forever; the simulator stops the run, prints the
 * wait-for graph to stderr (exit status 1) and records it in the trace.
 */
class DeadlockTest {
    @Test
    void acquiringALockTwiceInOneThreadIsASelfCycle() {
        String program = "import threading\nlock = threading.Lock()\n"
                + "def f():\n    lock.acquire()\n    lock.acquire()\n    print('never')\n"
                + "t = threading.Thread(target=f)\nt.start()\nt.join()\n";
        SchedRun r = SchedRun.run(program, SchedConfig.DEFAULT, TraceLevel.COARSE);
        assertEquals(1, r.exitCode());
        assertEquals("", r.stdout());
        assertTrue(r.stderr().startsWith("ouroboros: deadlock: every thread is blocked"), r.stderr());
        assertTrue(r.stderr().contains("Thread-1 (f) waits in Lock.acquire() on Lock#"), r.stderr());
        assertTrue(r.stderr().contains("cycle: Thread-1 (f) -> Thread-1 (f)"), r.stderr());
        SchedEvent.DeadlockDetected d = r.events(SchedEvent.DeadlockDetected.class).get(0);
        assertEquals(List.of(1, 1), d.cycle());
        assertTrue(d.edges().stream().anyMatch(e -> e.waiter() == 0 && e.holder() == 1), "main waits for Thread-1");
        assertTrue(d.edges().stream().anyMatch(e -> e.waiter() == 1 && e.holder() == 1), "Thread-1 waits for itself");
    }

    @Test
    void aNotifyBeforeTheConsumerWaitsIsLostAndEveryoneWaitsForever() {
        String program = "import threading\ncond = threading.Condition()\n"
                + "def producer():\n    with cond:\n        print('notify')\n        cond.notify()\n        cond.wait()\n"
                + "def consumer():\n    with cond:\n        cond.wait()\n        print('got it')\n        cond.notify()\n"
                + "p = threading.Thread(target=producer, name='producer')\n"
                + "c = threading.Thread(target=consumer, name='consumer')\n"
                + "p.start()\nc.start()\np.join()\nc.join()\n";
        SchedRun r = SchedRun.run(program, SchedConfig.DEFAULT, TraceLevel.COARSE);
        assertEquals(1, r.exitCode());
        assertEquals("notify\n", r.stdout());
        assertTrue(r.stderr().contains("producer waits in Condition#"), r.stderr());
        assertTrue(r.stderr().contains("consumer waits in Condition#"), r.stderr());
        assertTrue(r.stderr().contains("which no running thread can signal"), r.stderr());
        SchedEvent.DeadlockDetected d = r.events(SchedEvent.DeadlockDetected.class).get(0);
        assertTrue(d.cycle().isEmpty(), "no cycle: the missing notify() has no holder");
        assertEquals(3, d.edges().size());
    }

    @Test
    void aTimedWaitIsNotADeadlock() {
        String program = "import threading\ncond = threading.Condition()\n"
                + "with cond:\n    print(cond.wait(0.5))\n";
        SchedRun r = SchedRun.run(program, SchedConfig.DEFAULT);
        assertEquals(0, r.exitCode(), r.stderr());
        assertEquals("False\n", r.stdout());
    }
}
