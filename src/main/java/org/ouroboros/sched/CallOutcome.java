package org.ouroboros.sched;

import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyObject;

/**
 * How a Python call on a simulated thread ended: its value, or the exception it raised.
 *
 * @param value the returned value (null when it raised)
 * @param error the raised exception (null when it returned)
 */
public record CallOutcome(PyObject value, PyBaseException error) {
    public boolean raised() {
        return error != null;
    }
}
