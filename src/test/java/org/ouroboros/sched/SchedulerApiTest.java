package org.ouroboros.sched;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.TraceLevel;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyConstants;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;

/** The Java API other engine parts use: run a Python callable on a worker thread and get its outcome. */
class SchedulerApiTest {
    private static Vm vmWith(StringWriter out, TraceRecorder trace, String name,
            org.ouroboros.vm.object.NativeMethod body) {
        Vm vm = Vm.builder().stdout(out).trace(trace, TraceLevel.OFF).scheduler(SchedConfig.DEFAULT).build();
        vm.builtinsDict().put(name, new PyBuiltinFunction(name, null, body, "builtins"));
        return vm;
    }

    @Test
    void submitRunsAPythonCallableOnAWorkerAndHandsBackItsOutcome() {
        List<CallOutcome> outcomes = new ArrayList<>();
        StringWriter out = new StringWriter();
        Vm vm = vmWith(out, new TraceRecorder(), "run_in_worker", (self, args, kw) -> {
            Scheduler s = Scheduler.current().sched;
            s.submit("worker", args[0], new PyObject[] {args[1]}, outcomes::add);
            return PyConstants.NONE;
        });
        String program = "import threading, time\n"
                + "def square(x):\n    return x * x\n"
                + "def boom(x):\n    return 1 / x\n"
                + "run_in_worker(square, 7)\nrun_in_worker(boom, 0)\ntime.sleep(0.01)\nprint('main done')\n";
        assertEquals(0, vm.run(program, "api.py").exitCode());
        assertEquals("main done\n", out.toString());
        assertEquals(2, outcomes.size());
        CallOutcome ok = outcomes.stream().filter(o -> !o.raised()).findFirst().orElseThrow();
        CallOutcome failed = outcomes.stream().filter(CallOutcome::raised).findFirst().orElseThrow();
        assertEquals(49, ((PyInt) ok.value()).longValue());
        assertEquals("ZeroDivisionError", failed.error().type().name());
    }
}
