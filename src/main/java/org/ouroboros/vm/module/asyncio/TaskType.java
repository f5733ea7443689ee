package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;

/** The methods of {@code asyncio.Task}; note 3.9 removed {@code Task.all_tasks} (use asyncio.all_tasks). */
final class TaskType {
    private TaskType() {}

    static final PyType TYPE = PyType.builtin("Task", FutureType.TYPE, PyTask::new);

    static {
        TypeBuilder t = new TypeBuilder(TYPE);
        t.constant("__module__", new PyStr("_asyncio"));
        t.method("__init__", (self, args, kw) -> {
            Args a = Args.parse("Task", args, kw, 1, "coro", "*", "loop", "name", "context");
            PyObject loopArg = a.get(1, NONE);
            PyLoop loop = loopArg == NONE ? AsyncioState.current().getEventLoop() : (PyLoop) loopArg;
            PyObject coro = a.get(0, NONE);
            if (!AsyncioModule.isCoroutine(coro)) {
                throw org.ouroboros.vm.object.PyExc.typeError("a coroutine was expected, got " + Describe.safeRepr(coro));
            }
            PyObject name = a.get(2, NONE);
            ((PyTask) self).start(loop, coro, name == NONE ? loop.state().nextTaskName() : Ops.str(name).value());
            return NONE;
        });
        t.method("cancel", (self, args, kw) -> {
            Args a = Args.parse("cancel", args, kw, 0, "msg");
            return PyBool.of(task(self).cancelTask(a.get(0, NONE)));
        });
        t.method0("get_name", self -> new PyStr(task(self).name));
        t.method1("set_name", (self, v) -> {
            task(self).name = Ops.str(v).value();
            return NONE;
        });
        t.method0("get_coro", self -> task(self).coro);
        t.method0("cancelling", self -> PyInt.of(task(self).numCancelsRequested));
        t.method0("uncancel", self -> {
            PyTask k = task(self);
            if (k.numCancelsRequested > 0) {
                k.numCancelsRequested--;
            }
            return PyInt.of(k.numCancelsRequested);
        });
        t.method0("__repr__", self -> new PyStr(task(self).reprText()));
    }

    static PyTask task(PyObject self) {
        return (PyTask) self;
    }
}
