package org.ouroboros.vm.probe;

import org.ouroboros.trace.DispatchEvent;
import org.ouroboros.vm.interp.ThreadState;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyType;

/** Hooks in {@code vm.object.Ops}: the special-method searches and fallbacks of builtins and operators. */
public final class DispatchProbes {
    /** {@link DispatchEvent.DispatchFallback#reason()}: no {@code __iter__}, iterate by index. */
    public static final String SEQUENCE_PROTOCOL = "sequence-protocol";
    /** {@link DispatchEvent.DispatchFallback#reason()}: {@code object.__str__} returns {@code repr(self)}. */
    public static final String STR_CALLS_REPR = "str-calls-repr";

    private DispatchProbes() {}

    /** {@code operation} searched {@code type}'s MRO for {@code method} (found or not). */
    public static void searched(String operation, String method, PyType type) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || type.isBuiltin()) {
            return;
        }
        ts.emit(new DispatchEvent.SpecialMethodSearched(ts.threadId(), operation, method, type.name(),
                Walks.mroNames(type), Walks.definerIndex(type, method)));
    }

    /** {@code iter()} found no {@code __iter__} on {@code type} and falls back to {@code __getitem__}. */
    public static void iterFallsBackToGetitem(PyType type) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || type.isBuiltin()) {
            return;
        }
        searched("iter()", "__iter__", type);
        ts.emit(new DispatchEvent.DispatchFallback(ts.threadId(), "iter()", "__iter__", "__getitem__", type.name(),
                SEQUENCE_PROTOCOL));
    }

    /** {@code object.__str__} ran for {@code self}: it hands over to {@code repr()}. */
    public static void strFallsBackToRepr(PyObject self) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts == null || self.type().isBuiltin()) {
            return;
        }
        ts.emit(new DispatchEvent.DispatchFallback(ts.threadId(), "str()", "__str__", "__repr__", self.type().name(),
                STR_CALLS_REPR));
    }

    /** The sequence-protocol iterator is about to call {@code __getitem__(index)}. */
    public static void itemRequested(PyType type, long index) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null && !type.isBuiltin()) {
            ts.emit(new DispatchEvent.SequenceItemRequested(ts.threadId(), type.name(), index));
        }
    }

    /** {@code __getitem__(index)} returned {@code item}; returns it. */
    public static PyObject itemFetched(PyType type, long index, PyObject item) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null && !type.isBuiltin()) {
            ts.emit(new DispatchEvent.SequenceItemFetched(ts.threadId(), type.name(), index, ts.safeRepr(item), ""));
        }
        return item;
    }

    /** {@code __getitem__(index)} raised {@code stop} (IndexError or StopIteration): iteration ends. */
    public static void itemsEnded(PyType type, long index, PyException stop) {
        ThreadState ts = ThreadState.fineOrNull();
        if (ts != null && !type.isBuiltin()) {
            ts.emit(new DispatchEvent.SequenceItemFetched(ts.threadId(), type.name(), index, "",
                    stop.value().type().name()));
        }
    }
}
