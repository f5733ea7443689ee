package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** The methods of {@code asyncio.Future} ({@code _asyncio.Future}); subclassable from Python. */
final class FutureType {
    private FutureType() {}

    static final PyType TYPE = PyType.builtin("Future", Types.OBJECT, PyFuture::new);

    static {
        install(new TypeBuilder(TYPE));
    }

    static PyFuture f(PyObject self) {
        return (PyFuture) self;
    }

    private static void install(TypeBuilder t) {
        t.constant("__module__", new PyStr("_asyncio"));
        t.method("__init__", (self, args, kw) -> {
            Args a = Args.parse("Future", args, kw, 0, "*", "loop");
            PyObject loop = a.get(0, NONE);
            f(self).loop = loop == NONE ? AsyncioState.current().getEventLoop() : (PyLoop) loop;
            return NONE;
        });
        t.method0("result", self -> f(self).resultOrRaise());
        t.method0("exception", self -> f(self).exceptionOrRaise());
        t.method0("done", self -> PyBool.of(f(self).done()));
        t.method0("cancelled", self -> PyBool.of(f(self).isCancelled()));
        t.method("cancel", (self, args, kw) -> {
            Args a = Args.parse("cancel", args, kw, 0, "msg");
            return PyBool.of(f(self).cancel(a.get(0, NONE)));
        });
        t.method("add_done_callback", (self, args, kw) -> {
            Args a = Args.parse("add_done_callback", args, kw, 1, "fn", "*", "context");
            f(self).addDoneCallback(a.get(0, NONE));
            return NONE;
        });
        t.method1("remove_done_callback", (self, fn) -> PyInt.of(f(self).removeDoneCallback(fn)));
        t.method1("set_result", (self, v) -> {
            if (self instanceof PyTask) {
                throw PyExc.runtimeError("Task does not support set_result operation");
            }
            f(self).setResult(v);
            return NONE;
        });
        t.method1("set_exception", (self, v) -> {
            if (self instanceof PyTask) {
                throw PyExc.runtimeError("Task does not support set_exception operation");
            }
            f(self).setException(v);
            return NONE;
        });
        t.method0("get_loop", self -> f(self).loop);
        t.getter("_loop", self -> f(self).loop == null ? NONE : f(self).loop);
        t.getter("_state", self -> new PyStr(f(self).state.name()));
        t.attribute("_asyncio_future_blocking", self -> PyBool.of(f(self).blocking),
                (self, v) -> f(self).blocking = Ops.truthy(v));
        t.attribute("_log_traceback", self -> PyBool.of(f(self).logTraceback),
                (self, v) -> f(self).logTraceback = Ops.truthy(v));
        t.method0("__await__", self -> new FutureIter(f(self)));
        t.method0("__iter__", self -> new FutureIter(f(self)));
        t.method0("__repr__", self -> new PyStr(f(self).reprText()));
    }
}
