package org.ouroboros.vm.interp;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.ouroboros.trace.TraceRecorder;
import org.ouroboros.vm.Vm;

/**
 * The lookup and dispatch probes find the fine-traced thread through a count of bound fine states.
 * A simulated thread killed at shutdown before it ever ran unbinds a state it never bound; that
 * must not throw the count off for the threads that run later.
 */
class FineBoundTest {
    private static Vm fineVm() {
        return Vm.builder().stdout(new StringWriter()).stderr(new StringWriter())
                .trace(new TraceRecorder(), TraceLevel.FINE).build();
    }

    @Test
    void unbindingAStateThatWasNeverBoundLeavesTheOthersFine() {
        Vm vm = fineVm();
        new ThreadState(vm, 1).unbind();
        ThreadState running = new ThreadState(vm, 0);
        running.bind();
        try {
            assertSame(running, ThreadState.fineOrNull());
        } finally {
            running.unbind();
        }
        assertNull(ThreadState.currentOrNull());
    }

    @Test
    void aStateWhoseTraceIsFullStopsCountingOnce() {
        Vm vm = Vm.builder().stdout(new StringWriter()).stderr(new StringWriter())
                .trace(new TraceRecorder(1), TraceLevel.FINE).build();
        ThreadState full = new ThreadState(vm, 0);
        full.bind();
        full.emit(new org.ouroboros.trace.ExecutionEvent.LineReached(0, "f", 1));
        full.emit(new org.ouroboros.trace.ExecutionEvent.LineReached(0, "f", 2));
        full.unbind();
        ThreadState running = new ThreadState(fineVm(), 0);
        running.bind();
        try {
            assertSame(running, ThreadState.fineOrNull());
        } finally {
            running.unbind();
        }
    }
}
