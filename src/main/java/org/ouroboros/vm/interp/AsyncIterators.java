package org.ouroboros.vm.interp;

import org.ouroboros.vm.object.Calls;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;

/** GET_AITER and GET_ANEXT of {@code async for} and async comprehensions, with CPython 3.11's errors. */
final class AsyncIterators {
    private AsyncIterators() {}

    /** GET_AITER: {@code type(obj).__aiter__(obj)}, which must give something with {@code __anext__}. */
    static PyObject aiter(PyObject obj) {
        if (obj.type().lookup("__aiter__") == null) {
            throw PyExc.typeError("'async for' requires an object with __aiter__ method, got " + obj.type().name());
        }
        PyObject it = Calls.callSpecial(obj, "__aiter__");
        if (it.type().lookup("__anext__") == null) {
            throw PyExc.typeError("'async for' received an object from __aiter__ that does not implement __anext__: "
                    + it.type().name());
        }
        return it;
    }

    /** GET_ANEXT: the awaitable of {@code type(aiter).__anext__(aiter)}. */
    static PyObject anext(PyObject aiter) {
        if (aiter instanceof PyGenerator g && g.isAsyncGenerator()) {
            return AsyncGenAwaitable.asend(g, org.ouroboros.vm.object.PyConstants.NONE);
        }
        if (aiter.type().lookup("__anext__") == null) {
            throw PyExc.typeError("'async for' requires an iterator with __anext__ method, got " + aiter.type().name());
        }
        PyObject next = Calls.callSpecial(aiter, "__anext__");
        try {
            return Opcodes.awaitable(next, 0);
        } catch (PyException e) {
            if (!e.matches(PyExc.TYPE_ERROR)) {
                throw e;
            }
            PyException err = PyExc.typeError("'async for' received an invalid object from __anext__: "
                    + next.type().name());
            err.value().setCause(e.value());
            err.value().setContext(e.value());
            throw err;
        }
    }
}
