package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.ouroboros.sched.SchedConfig.Mode;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.trace.SchedEvent.ThreadStateKind;
import org.ouroboros.vm.StringWriterVm;
import org.ouroboros.vm.interp.TraceLevel;

/**
 * The classic demonstrations come out as on real machines: two CPU-bound threads take the
 * sequential time under the GIL (CPython 3.11 here: 0.96–1.0×) and half of it free-threaded or as
 * processes; an I/O-bound thread's response time grows beside a CPU-bound thread under the GIL
 * (the convoy effect) but not without a GIL. Processes share no variables.
 */
class ModesTest {
    private static final Pattern RATIO = Pattern.compile("ratio ([0-9.]+)");

    static String benchProgram(String name) throws IOException {
        try (InputStream in = ModesTest.class.getResourceAsStream("/org/ouroboros/cli/bench/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static double ratio(String program, SchedConfig config) {
        SchedRun r = SchedRun.run(program, config);
        Matcher m = RATIO.matcher(r.stdout());
        assertTrue(m.find(), r.stdout() + r.stderr());
        return Double.parseDouble(m.group(1));
    }

    @Test
    void twoCpuBoundThreadsTakeTheSequentialTimeUnderTheGilAndHalfWithout() throws IOException {
        String program = benchProgram("cpu_bound.py").replace("1000000", "200000");
        double gil = ratio(program, SchedConfig.DEFAULT);
        double free = ratio(program, SchedConfig.DEFAULT.withMode(Mode.FREE));
        double processes = ratio(program, SchedConfig.DEFAULT.withMode(Mode.PROCESSES));
        double oneCore = ratio(program, SchedConfig.DEFAULT.withMode(Mode.FREE).withCores(1));
        assertTrue(gil >= 0.95 && gil <= 1.2, "GIL " + gil);
        assertTrue(free >= 0.45 && free <= 0.6, "free-threaded " + free);
        assertTrue(processes >= 0.45 && processes <= 0.7, "processes " + processes);
        assertTrue(oneCore >= 0.95, "free-threaded on one core " + oneCore);
    }

    @Test
    void freeThreadedRunsHaveNoGilAndGiveEachRunnerItsOwnCoreWhileOneIsFree() throws IOException {
        String program = benchProgram("cpu_bound.py").replace("1000000", "20000");
        SchedRun r = SchedRun.run(program, SchedConfig.DEFAULT.withMode(Mode.FREE).withCores(2), TraceLevel.COARSE);
        assertTrue(r.events(SchedEvent.GilTaken.class).isEmpty(), "no GIL to take");
        assertTrue(r.events(SchedEvent.ThreadStateChanged.class).stream()
                .noneMatch(c -> c.state() == ThreadStateKind.WAITING_FOR_GIL), "nobody waits for a GIL");
        Map<Integer, Integer> coreOf = new HashMap<>();
        for (SchedEvent.ThreadStateChanged c : r.events(SchedEvent.ThreadStateChanged.class)) {
            coreOf.remove(c.thread());
            if (c.state() == ThreadStateKind.RUNNING) {
                boolean coreFree = !coreOf.containsValue(c.core());
                boolean allBusy = coreOf.size() >= 2;
                assertTrue(coreFree || allBusy, c + " shares a core while another is free: " + coreOf);
                coreOf.put(c.thread(), c.core());
            }
        }
    }

    @Test
    void anIoBoundThreadWaitsForTheGilBesideACpuBoundOne() throws IOException {
        String program = benchProgram("convoy.py");
        assertTrue(ratio(program, SchedConfig.DEFAULT) > 10, "convoy effect under the GIL");
        assertTrue(ratio(program, SchedConfig.DEFAULT.withMode(Mode.FREE)) < 1.5, "no convoy without a GIL");
        double shortInterval = ratio(program, SchedConfig.DEFAULT.withSwitchIntervalNs(1_000_000));
        assertTrue(shortInterval < ratio(program, SchedConfig.DEFAULT), "a shorter switch interval shortens the wait");
    }

    @Test
    void threadsRunAsProcessesDoNotShareVariables() {
        String program = "import threading\ncounter = 0\nitems = []\n"
                + "def work():\n    global counter\n    counter += 1\n    items.append(1)\n"
                + "t = threading.Thread(target=work)\nt.start()\nt.join()\nprint(counter, items)\n";
        assertEquals("1 [1]\n", SchedRun.run(program, SchedConfig.DEFAULT).stdout());
        assertEquals("0 []\n", SchedRun.run(program, SchedConfig.DEFAULT.withMode(Mode.PROCESSES)).stdout());
    }

    @Test
    void multiprocessingQueuesCopyWhatPassesThrough() {
        String program = "from multiprocessing import Process, Queue\n"
                + "data = {'n': 1}\n"
                + "def child(q):\n    d = q.get()\n    d['n'] = 99\n    q2.put(d)\n"
                + "q = Queue()\nq2 = Queue()\n"
                + "p = Process(target=child, args=(q,))\np.start()\nq.put(data)\nback = q2.get()\np.join()\n"
                + "print(data, back, back is data, p.exitcode)\n";
        assertEquals("{'n': 1} {'n': 99} False 0\n", SchedRun.run(program, SchedConfig.DEFAULT).stdout());
    }

    @Test
    void aProgramWithoutThreadsNeverStartsTheScheduler() {
        StringWriterVm vm = StringWriterVm.run("import time\nx = sum(range(10))\nprint(x, time.time() > 0)\n");
        assertEquals("45 True\n", vm.stdout());
        assertEquals(null, vm.vm().scheduler());
    }
}
