package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.Arrays;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** The methods of the event loop object ({@code asyncio.get_event_loop()}). */
final class LoopType {
    private LoopType() {}

    static final PyType TYPE = PyType.builtin("_UnixSelectorEventLoop", Types.OBJECT, null);

    static {
        TYPE.setSubclassable(false);
        install(new TypeBuilder(TYPE));
    }

    static PyLoop l(PyObject self) {
        return (PyLoop) self;
    }

    private static void install(TypeBuilder t) {
        t.constant("__module__", new PyStr("asyncio.unix_events"));
        t.method1("run_until_complete", (self, fut) -> l(self).runUntilComplete(fut));
        t.method0("run_forever", self -> {
            l(self).runForever();
            return NONE;
        });
        t.method0("stop", self -> {
            l(self).core().stop();
            return NONE;
        });
        t.method0("close", self -> {
            l(self).close();
            return NONE;
        });
        t.method0("is_running", self -> PyBool.of(l(self).core().isRunning()));
        t.method0("is_closed", self -> PyBool.of(l(self).core().isClosed()));
        t.method0("time", self -> new PyFloat(l(self).core().time()));
        t.method0("get_debug", self -> PyBool.of(l(self).debug));
        t.method1("set_debug", (self, v) -> {
            l(self).debug = Ops.truthy(v);
            return NONE;
        });
        t.method0("create_future", self -> new PyFuture(FutureType.TYPE, l(self)));
        t.method("create_task", (self, args, kw) -> {
            Args a = Args.parse("create_task", args, kw, 1, "coro", "*", "name", "context");
            return l(self).createTask(a.get(0, NONE), a.get(1, NONE));
        });
        t.method("call_soon", (self, args, kw) -> {
            PyLoop loop = l(self);
            loop.checkClosed();
            PyObject[] pos = positional("call_soon", args, kw, 1);
            PyObject fn = callable("call_soon", pos[0]);
            PyObject[] rest = Arrays.copyOfRange(pos, 1, pos.length);
            return new PyHandle(loop, loop.callSoonPython(fn, rest));
        });
        t.method("call_soon_threadsafe", (self, args, kw) -> {
            PyLoop loop = l(self);
            loop.checkClosed();
            PyObject[] pos = positional("call_soon_threadsafe", args, kw, 1);
            PyObject fn = callable("call_soon_threadsafe", pos[0]);
            PyObject[] rest = Arrays.copyOfRange(pos, 1, pos.length);
            return new PyHandle(loop, loop.core().callSoonThreadsafe(() -> loop.invoke(fn, rest),
                    () -> Describe.call(fn, rest)));
        });
        t.method("call_later", (self, args, kw) -> {
            PyObject[] pos = positional("call_later", args, kw, 2);
            double delay = seconds(pos[0]);
            return timer(l(self), l(self).core().time() + delay, pos);
        });
        t.method("call_at", (self, args, kw) -> {
            PyObject[] pos = positional("call_at", args, kw, 2);
            return timer(l(self), seconds(pos[0]), pos);
        });
        t.method("add_reader", (self, args, kw) -> SocketOps.addReader(l(self), positional("add_reader", args, kw, 2), false));
        t.method("add_writer", (self, args, kw) -> SocketOps.addReader(l(self), positional("add_writer", args, kw, 2), true));
        t.method1("remove_reader", (self, fd) -> SocketOps.removeReader(fd, l(self), false));
        t.method1("remove_writer", (self, fd) -> SocketOps.removeReader(fd, l(self), true));
        t.method2("sock_recv", (self, sock, n) -> SocketOps.sockRecv(l(self), sock, n));
        t.method2("sock_sendall", (self, sock, data) -> SocketOps.sockSendall(l(self), sock, data));
        t.method2("sock_connect", (self, sock, addr) -> SocketOps.sockConnect(l(self), sock, addr));
        t.method1("sock_accept", (self, sock) -> SocketOps.sockAccept(l(self), sock));
        t.method("run_in_executor", (self, args, kw) -> Executors.runInExecutor(l(self), args, kw));
        t.method0("shutdown_asyncgens", self -> doneFuture(l(self)));
        t.method0("shutdown_default_executor", self -> {
            PyLoop loop = l(self);
            if (loop.defaultExecutor != null) {
                // the workers are idle by now: joining them is what asyncio.run's shutdown waits for
                org.ouroboros.vm.object.Attributes.get(loop.defaultExecutor, "shutdown").call();
                loop.defaultExecutor = null;
            }
            return doneFuture(loop);
        });
        t.method0("__repr__", self -> new PyStr(l(self).reprText()));
    }

    /** A coroutine-like awaitable that is already done (the loop's housekeeping that has nothing to do here). */
    private static PyObject doneFuture(PyLoop loop) {
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        f.setResult(NONE);
        return f;
    }

    private static PyObject timer(PyLoop loop, double when, PyObject[] pos) {
        loop.checkClosed();
        PyObject fn = callable("call_later", pos[1]);
        PyObject[] rest = Arrays.copyOfRange(pos, 2, pos.length);
        return new PyHandle(loop, loop.core().callAt(when, () -> loop.invoke(fn, rest), () -> Describe.call(fn, rest)));
    }

    static double seconds(PyObject v) {
        if (v instanceof PyFloat f) {
            return f.value();
        }
        if (v instanceof PyInt i) {
            return i.doubleValue();
        }
        throw PyExc.typeError("'" + v.type().name() + "' object cannot be interpreted as a number of seconds");
    }

    /** Positional arguments (a {@code context=} keyword is accepted and ignored: there are no contextvars). */
    private static PyObject[] positional(String name, PyObject[] args, String[] kw, int min) {
        int nkw = kw == null ? 0 : kw.length;
        for (String k : kw == null ? new String[0] : kw) {
            if (!k.equals("context")) {
                throw PyExc.typeError(name + "() got an unexpected keyword argument '" + k + "'");
            }
        }
        int npos = args.length - nkw;
        if (npos < min) {
            throw PyExc.typeError(name + "() missing required argument");
        }
        return Arrays.copyOf(args, npos);
    }

    private static PyObject callable(String name, PyObject fn) {
        if (!(fn instanceof PyType) && fn.type().lookup("__call__") == null) {
            throw PyExc.typeError("a callable object was expected by " + name + "(), got " + Describe.safeRepr(fn));
        }
        return fn;
    }
}
