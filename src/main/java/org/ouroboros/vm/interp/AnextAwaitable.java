package org.ouroboros.vm.interp;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.function.Supplier;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyException;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.Types;

/**
 * What {@code anext(it, default)} returns: awaits {@code it.__anext__()} and turns its
 * StopAsyncIteration into the default value, as CPython's {@code anext_awaitable}.
 */
public final class AnextAwaitable extends PyObject {
    private final PyObject wrapped;
    private final PyObject defaultValue;
    private PyObject iterator;

    private AnextAwaitable(PyObject wrapped, PyObject defaultValue) {
        super(Types.ANEXT_AWAITABLE);
        this.wrapped = wrapped;
        this.defaultValue = defaultValue;
    }

    /** The builtin {@code aiter(obj)}. */
    public static PyObject aiter(PyObject obj) {
        PyObject m = obj.type().lookup("__aiter__");
        if (m == null) {
            throw PyExc.typeError("'" + obj.type().name() + "' object is not an async iterable");
        }
        PyObject it = org.ouroboros.vm.object.Calls.callMethod(m, obj, new PyObject[0], null);
        if (it.type().lookup("__anext__") == null) {
            throw PyExc.typeError("aiter() returned not an async iterator of type '" + it.type().name() + "'");
        }
        return it;
    }

    /** The builtin {@code anext(aiterator[, default])}; {@code defaultValue} is null when not given. */
    public static PyObject anext(PyObject aiter, PyObject defaultValue) {
        PyObject m = aiter.type().lookup("__anext__");
        if (m == null) {
            throw PyExc.typeError("'" + aiter.type().name() + "' object is not an async iterator");
        }
        PyObject awaitable = org.ouroboros.vm.object.Calls.callMethod(m, aiter, new PyObject[0], null);
        return defaultValue == null ? awaitable : new AnextAwaitable(awaitable, defaultValue);
    }

    private PyObject iterator() {
        if (iterator == null) {
            iterator = Opcodes.awaitable(wrapped, 0);
        }
        return iterator;
    }

    public PyObject send(PyObject value) {
        return defaulted(() -> {
            PyObject it = iterator();
            if (it instanceof PyGenerator g) {
                return g.send(value);
            }
            if (value == NONE) {
                return org.ouroboros.vm.object.Calls.callSpecial(it, "__next__");
            }
            return Attributes.get(it, "send").call(value);
        });
    }

    public PyObject throwInto(PyBaseException exc) {
        return defaulted(() -> {
            PyObject it = iterator();
            if (it instanceof PyGenerator g) {
                return g.throwInto(exc);
            }
            return Attributes.get(it, "throw").call(exc);
        });
    }

    public void close() {
        PyGenerator.closeIterator(iterator());
    }

    private PyObject defaulted(Supplier<PyObject> step) {
        try {
            return step.get();
        } catch (PyException e) {
            if (e.matches(PyExc.STOP_ASYNC_ITERATION)) {
                throw PyExc.stopIteration(defaultValue == NONE ? null : defaultValue);
            }
            throw e;
        }
    }
}
