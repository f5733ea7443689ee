package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;

/** {@code time}: the real clock (the simulated clock replaces it in threaded runs later). */
final class TimeModule {
    private TimeModule() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("time");
        m.function("time", (self, args, kw) -> new PyFloat(System.currentTimeMillis() / 1000.0));
        m.function("time_ns", (self, args, kw) -> PyInt.of(System.currentTimeMillis() * 1_000_000L));
        m.function("perf_counter", (self, args, kw) -> new PyFloat(System.nanoTime() / 1e9));
        m.function("perf_counter_ns", (self, args, kw) -> PyInt.of(System.nanoTime()));
        m.function("monotonic", (self, args, kw) -> new PyFloat(System.nanoTime() / 1e9));
        m.function("process_time", (self, args, kw) -> new PyFloat(System.nanoTime() / 1e9));
        m.function("sleep", (self, args, kw) -> {
            double secs = args[0] instanceof PyFloat f ? f.value() : ((PyInt) args[0]).doubleValue();
            try {
                Thread.sleep((long) (secs * 1000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return NONE;
        });
        return m;
    }

    static PyObject none() {
        return NONE;
    }
}
