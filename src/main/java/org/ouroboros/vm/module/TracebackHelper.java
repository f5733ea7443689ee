package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyTraceback;

/**
 * {@code _traceback}: the VM's own traceback text for the {@code traceback} module (traceback.py),
 * the same text an uncaught exception prints.
 */
final class TracebackHelper {
    private TracebackHelper() {}

    static PyModule create(Vm vm) {
        PyModule m = new PyModule("_traceback");
        // format(exc, chain): "Traceback (most recent call last):" … "ValueError: msg\n", chained ones first
        m.function("format", (self, args, kw) -> {
            if (!(args[0] instanceof PyBaseException exc)) {
                throw PyExc.typeError("Exception expected, got " + args[0].type().name());
            }
            return new PyStr(Exceptions.format(exc, vm::sourceLines, Ops.truthy(args[1])));
        });
        // entries(tb): the File/line/source lines of a traceback object
        m.function("entries", (self, args, kw) -> {
            if (args[0] == NONE) {
                return new PyStr("");
            }
            if (!(args[0] instanceof PyTraceback tb)) {
                throw PyExc.attributeError("'" + args[0].type().name() + "' object has no attribute 'tb_frame'");
            }
            return new PyStr(Exceptions.formatEntries(tb.entries(), vm::sourceLines));
        });
        return m;
    }
}
