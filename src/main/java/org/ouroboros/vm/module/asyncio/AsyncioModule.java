package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.interp.PyGenerator;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFunction;
import org.ouroboros.vm.object.PyMethod;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PySet;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.module.BundledSource;

/**
 * {@code asyncio}: the loop, Future, Task, streams and the policy functions are Java (they are the
 * hot path and what the traces show); the combinators and synchronisation primitives (gather,
 * wait, wait_for, as_completed, Lock, Event, Semaphore, Queue, run) are the Python in
 * {@code asyncio_lib.py}, written after CPython 3.11's own and compiled by the VM at import.
 */
public final class AsyncioModule {
    private AsyncioModule() {}

    static {
        TaskType.TYPE.setTpName("_asyncio.Task");
        FutureType.TYPE.setTpName("_asyncio.Future");
    }

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("asyncio");
        AsyncioState state = AsyncioState.of(vm);
        m.add("Future", FutureType.TYPE);
        m.add("Task", TaskType.TYPE);
        m.add("Handle", PyHandle.HANDLE);
        m.add("TimerHandle", PyHandle.TIMER_HANDLE);
        m.add("CancelledError", AsyncioExceptions.CANCELLED_ERROR);
        m.add("InvalidStateError", AsyncioExceptions.INVALID_STATE_ERROR);
        m.add("IncompleteReadError", AsyncioExceptions.INCOMPLETE_READ_ERROR);
        m.add("LimitOverrunError", AsyncioExceptions.LIMIT_OVERRUN_ERROR);
        m.add("SendfileNotAvailableError", AsyncioExceptions.SEND_FILE_NOT_AVAILABLE_ERROR);
        m.add("TimeoutError", PyExc.all().get("TimeoutError"));
        m.function("get_event_loop", (self, args, kw) -> state.getEventLoop());
        m.function("_get_event_loop", (self, args, kw) -> state.getEventLoop());
        m.function("new_event_loop", (self, args, kw) -> state.newLoop());
        m.function("set_event_loop", (self, args, kw) -> {
            Args a = Args.parse("set_event_loop", args, kw, 1, "loop");
            PyObject loop = a.get(0, NONE);
            if (loop != NONE && !(loop instanceof PyLoop)) {
                throw PyExc.typeError("loop must be an instance of AbstractEventLoop or None, not '"
                        + loop.type().name() + "'");
            }
            state.setEventLoop(loop == NONE ? null : (PyLoop) loop);
            return NONE;
        });
        m.function("get_running_loop", (self, args, kw) -> state.runningLoopOrRaise());
        m.function("_get_running_loop", (self, args, kw) -> state.runningLoop() == null ? NONE : state.runningLoop());
        m.function("ensure_future", (self, args, kw) -> {
            Args a = Args.parse("ensure_future", args, kw, 1, "coro_or_future", "*", "loop");
            PyObject loop = a.get(1, NONE);
            return ensureFuture(a.get(0, NONE), loop == NONE ? null : (PyLoop) loop);
        });
        m.function("create_task", (self, args, kw) -> {
            Args a = Args.parse("create_task", args, kw, 1, "coro", "*", "name", "context");
            return state.runningLoopOrRaise().createTask(a.get(0, NONE), a.get(1, NONE));
        });
        m.function("all_tasks", (self, args, kw) -> {
            Args a = Args.parse("all_tasks", args, kw, 0, "loop");
            PyObject l = a.get(0, NONE);
            PyLoop loop = l == NONE ? state.runningLoopOrRaise() : (PyLoop) l;
            PySet set = new PySet();
            for (PyTask t : loop.pendingTasks) {
                if (!t.done()) {
                    set.items().add(t);
                }
            }
            return set;
        });
        m.function("current_task", (self, args, kw) -> {
            Args a = Args.parse("current_task", args, kw, 0, "loop");
            PyObject l = a.get(0, NONE);
            PyLoop loop = l == NONE ? state.runningLoopOrRaise() : (PyLoop) l;
            return loop.currentTask == null ? NONE : loop.currentTask;
        });
        m.function("iscoroutine", (self, args, kw) -> PyBool.of(isCoroutine(args[0])));
        m.function("iscoroutinefunction", (self, args, kw) -> PyBool.of(isCoroutineFunction(args[0])));
        m.function("isfuture", (self, args, kw) -> PyBool.of(args[0] instanceof PyFuture));
        m.function("_sleep0", (self, args, kw) -> new YieldOnce());
        m.function("_log_error", (self, args, kw) -> {
            String text = Ops.str(args[0]).value() + "\n";
            if (args.length > 1 && args[1] instanceof PyBaseException e) {
                text += Exceptions.format(e, vm::sourceLines);
            }
            vm.writeErr(text);
            return NONE;
        });
        m.function("_make_cancelled_error", (self, args, kw) -> ((PyFuture) args[0]).makeCancelledError());
        m.function("_cancel_message", (self, args, kw) -> ((PyFuture) args[0]).cancelMessage);
        Streams.install(m, state);
        BundledSource.run(vm, AsyncioModule.class, "asyncio_lib.py", "<frozen asyncio>", m);
        state.wrapAwaitable = m.dict().get("_wrap_awaitable");
        return m;
    }

    static boolean isCoroutine(PyObject o) {
        return o instanceof PyGenerator g && g.isCoroutine();
    }

    static boolean isCoroutineFunction(PyObject o) {
        if (o instanceof PyMethod m) {
            o = m.function();
        }
        if (o instanceof PyFunction f) {
            return f.code().has(CodeObject.CO_COROUTINE);
        }
        PyObject marker = Attributes.getOrNull(o, "_is_coroutine");
        return marker != null && Ops.truthy(marker);
    }

    /** {@code ensure_future}: a future as is, a coroutine wrapped in a Task, an awaitable via a wrapper coroutine. */
    static PyFuture ensureFuture(PyObject obj, PyLoop loop) {
        if (obj instanceof PyFuture f) {
            if (loop != null && f.loop != loop) {
                throw PyExc.valueError("The future belongs to a different loop than the one specified as the loop argument");
            }
            return f;
        }
        AsyncioState state = AsyncioState.current();
        PyLoop target = loop != null ? loop : state.getEventLoop();
        if (isCoroutine(obj)) {
            return target.createTask(obj, NONE);
        }
        if (obj.type().lookup("__await__") != null && state.wrapAwaitable != null) {
            return target.createTask(state.wrapAwaitable.call(obj), NONE);
        }
        throw PyExc.typeError("An asyncio.Future, a coroutine or an awaitable is required");
    }

    static PyStr str(String s) {
        return new PyStr(s);
    }
}
