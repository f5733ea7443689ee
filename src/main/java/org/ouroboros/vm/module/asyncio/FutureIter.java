package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * What {@code Future.__await__} returns: yields the future once (with
 * {@code _asyncio_future_blocking} set, so the task waits on it), then returns its result.
 */
final class FutureIter extends PyObject {
    static final PyType TYPE = PyType.builtin("FutureIter", Types.OBJECT, null);

    static {
        TYPE.setSubclassable(false);
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("_asyncio"));
        t.method0("__iter__", self -> self);
        t.method0("__next__", self -> ((FutureIter) self).next());
        t.method1("send", (self, v) -> ((FutureIter) self).next());
        t.method("throw", (self, args, kw) -> {
            PyObject exc = args.length > 1 && args[1] != NONE ? args[1] : args[0];
            if (exc instanceof PyType cls) {
                exc = cls.call();
            }
            if (!(exc instanceof PyBaseException e)) {
                throw PyExc.typeError("exceptions must derive from BaseException");
            }
            throw new PyException(e);
        });
        t.method0("close", self -> NONE);
    }

    private final PyFuture future;
    private boolean yielded;

    FutureIter(PyFuture future) {
        super(TYPE);
        this.future = future;
    }

    private PyObject next() {
        if (!yielded && !future.done()) {
            yielded = true;
            future.blocking = true;
            return future;
        }
        if (!future.done()) {
            throw PyExc.runtimeError("await wasn't used with future");
        }
        throw PyExc.stopIteration(future.resultOrRaise());
    }
}
