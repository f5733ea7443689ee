package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.time.ZoneId;
import java.time.ZoneOffset;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;

/**
 * {@code time}: the real clock, except in runs under the thread scheduler, where every clock reads
 * the virtual clock: {@code time()} is the real time the run started plus the virtual time
 * elapsed, so differences ({@code time.time() - start}) are deterministic virtual durations, and
 * {@code sleep} blocks the simulated thread (releasing the GIL) for virtual time.
 */
final class TimeModule {
    private TimeModule() {}

    private static long threadCpuNanos() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        return threads.isCurrentThreadCpuTimeSupported() ? threads.getCurrentThreadCpuTime() : System.nanoTime();
    }

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("time");
        m.function("time", (self, args, kw) -> new PyFloat(epochNanos(vm) / 1e9));
        m.function("time_ns", (self, args, kw) -> PyInt.of(epochNanos(vm)));
        m.function("perf_counter", (self, args, kw) -> new PyFloat(perfNanos(vm) / 1e9));
        m.function("perf_counter_ns", (self, args, kw) -> PyInt.of(perfNanos(vm)));
        m.function("monotonic", (self, args, kw) -> new PyFloat(perfNanos(vm) / 1e9));
        m.function("monotonic_ns", (self, args, kw) -> PyInt.of(perfNanos(vm)));
        m.function("process_time", (self, args, kw) -> new PyFloat(perfNanos(vm) / 1e9));
        // CPU time of the running thread: what a benchmark wants on a machine busy with other work.
        m.function("thread_time", (self, args, kw) -> new PyFloat(threadCpuNanos() / 1e9));
        m.function("thread_time_ns", (self, args, kw) -> PyInt.of(threadCpuNanos()));
        m.add("struct_time", org.ouroboros.vm.builtins.StructSequence.type("time.struct_time"));
        m.function("gmtime", (self, args, kw) -> TimeFormat.structTime(
                args.length > 0 && args[0] != NONE ? TimeFormat.seconds(args[0]) : epochNanos(vm) / 1e9, ZoneOffset.UTC));
        m.function("localtime", (self, args, kw) -> TimeFormat.structTime(
                args.length > 0 && args[0] != NONE ? TimeFormat.seconds(args[0]) : epochNanos(vm) / 1e9, ZoneId.systemDefault()));
        m.function("mktime", (self, args, kw) -> new PyFloat(TimeFormat.mktime(args[0])));
        m.function("strftime", (self, args, kw) -> {
            if (args.length < 1 || !(args[0] instanceof PyStr format)) {
                throw PyExc.typeError("strftime() argument 1 must be str");
            }
            PyObject t = args.length > 1 ? args[1] : TimeFormat.structTime(epochNanos(vm) / 1e9, ZoneId.systemDefault());
            return new PyStr(TimeFormat.strftime(format.value(), TimeFormat.fields(t), ZoneId.systemDefault()));
        });
        m.function("asctime", (self, args, kw) -> new PyStr(TimeFormat.asctime(TimeFormat.fields(
                args.length > 0 ? args[0] : TimeFormat.structTime(epochNanos(vm) / 1e9, ZoneId.systemDefault())))));
        m.function("ctime", (self, args, kw) -> new PyStr(TimeFormat.asctime(TimeFormat.fields(TimeFormat.structTime(
                args.length > 0 && args[0] != NONE ? TimeFormat.seconds(args[0]) : epochNanos(vm) / 1e9,
                ZoneId.systemDefault())))));
        m.function("sleep", (self, args, kw) -> {
            double secs = args[0] instanceof PyFloat f ? f.value() : ((PyInt) args[0]).doubleValue();
            if (secs < 0) {
                throw org.ouroboros.vm.object.PyExc.valueError("sleep length must be non-negative");
            }
            org.ouroboros.sched.Scheduler sched = vm.scheduler();
            if (sched != null) {
                sched.sleep(org.ouroboros.sched.Scheduler.current(), Math.round(secs * 1e12));
                return NONE;
            }
            try {
                Thread.sleep((long) (secs * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NONE;
        });
        return m;
    }

    private static long epochNanos(Vm vm) {
        return vm.scheduler() != null ? vm.scheduler().epochNanos() : System.currentTimeMillis() * 1_000_000L;
    }

    private static long perfNanos(Vm vm) {
        return vm.scheduler() != null ? vm.scheduler().perfNanos() : System.nanoTime();
    }

    static PyObject none() {
        return NONE;
    }
}
