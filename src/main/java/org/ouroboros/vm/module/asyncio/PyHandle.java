package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.aio.Handle;
import org.ouroboros.aio.TimerHandle;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code asyncio.Handle} / {@code TimerHandle} as Python sees them: cancel(), cancelled(), when(). */
final class PyHandle extends PyObject {
    static final PyType HANDLE = PyType.builtin("Handle", Types.OBJECT, null);
    static final PyType TIMER_HANDLE = PyType.builtin("TimerHandle", HANDLE, null);

    static {
        TypeBuilder t = new TypeBuilder(HANDLE);
        t.constant("__module__", new PyStr("asyncio.events"));
        t.method0("cancel", self -> {
            PyHandle h = (PyHandle) self;
            h.loop.core().cancel(h.handle);
            return NONE;
        });
        t.method0("cancelled", self -> PyBool.of(((PyHandle) self).handle.cancelled()));
        t.method0("__repr__", self -> new PyStr(((PyHandle) self).handle.toString()));
        TypeBuilder tt = new TypeBuilder(TIMER_HANDLE);
        tt.constant("__module__", new PyStr("asyncio.events"));
        tt.method0("when", self -> new PyFloat(((TimerHandle) ((PyHandle) self).handle).when()));
    }

    private final PyLoop loop;
    private final Handle handle;

    PyHandle(PyLoop loop, Handle handle) {
        super(handle instanceof TimerHandle ? TIMER_HANDLE : HANDLE);
        this.loop = loop;
        this.handle = handle;
    }
}
