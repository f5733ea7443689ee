package org.ouroboros.vm.module;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.ArrayList;
import java.util.List;
import org.ouroboros.sched.Scheduler;
import org.ouroboros.sched.SimLock;
import org.ouroboros.sched.SimThread;
import org.ouroboros.trace.SchedEvent;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.builtins.Args;
import org.ouroboros.vm.builtins.TypeBuilder;
import org.ouroboros.vm.interp.Exceptions;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBool;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyFloat;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/**
 * {@code _thread}: the low-level layer threading.py is written on, as in CPython: locks that
 * really block (on the simulated scheduler), thread start/join, identities, and a few private
 * hooks the Python-level primitives use to report their operations to the trace.
 */
final class ThreadModule {
    private ThreadModule() {}

    static final PyType LOCK = PyType.builtin("lock", Types.OBJECT, null);
    static final PyType RLOCK = PyType.builtin("RLock", Types.OBJECT, null);

    static {
        installLock(LOCK, false);
        installLock(RLOCK, true);
    }

    static PyModule create(Vm vm) {
        Scheduler sched = vm.ensureScheduler();
        PyModule m = new PyModule("_thread");
        m.add("LockType", LOCK);
        m.add("lock", LOCK);
        m.add("RLock", new org.ouroboros.vm.object.PyBuiltinFunction("RLock", m,
                (self, args, kw) -> new SimLock(RLOCK, true, sched.nextLabel("RLock")), "_thread"));
        m.add("error", PyExc.RUNTIME_ERROR);
        m.add("TIMEOUT_MAX", new PyFloat(9223372036.0));
        m.function("allocate_lock", (self, args, kw) -> new SimLock(LOCK, false, sched.nextLabel("Lock")));
        m.function("get_ident", (self, args, kw) -> PyInt.of(Scheduler.current().ident()));
        m.function("get_native_id", (self, args, kw) -> PyInt.of(1000 + Scheduler.current().id()));
        m.function("_main_ident", (self, args, kw) -> PyInt.of(sched.mainThread().ident()));
        m.function("_start", (self, args, kw) -> {
            Args a = Args.parse("_start", args, kw, 3, "function", "name", "daemon");
            PyObject fn = a.get(0);
            String name = ((PyStr) a.get(1)).value();
            boolean daemon = Ops.truthy(a.get(2));
            boolean own = sched.config().mode() == org.ouroboros.sched.SchedConfig.Mode.PROCESSES;
            SimThread t = own ? sched.spawnProcess(name, daemon, fn, mainGlobals(vm))
                    : sched.spawn(name, daemon, false, () -> fn.call());
            return PyInt.of(t.ident());
        });
        m.function("_start_process", (self, args, kw) -> {
            Args a = Args.parse("_start_process", args, kw, 3, "function", "name", "daemon");
            SimThread t = sched.spawnProcess(((PyStr) a.get(1)).value(), Ops.truthy(a.get(2)), a.get(0),
                    mainGlobals(vm));
            return PyInt.of(t.ident());
        });
        m.function("_process_mode", (self, args, kw) -> PyBool.of(
                sched.config().mode() == org.ouroboros.sched.SchedConfig.Mode.PROCESSES));
        m.function("_copy", (self, args, kw) -> sched.transfer(args[0]));
        m.function("_cpu_count", (self, args, kw) -> PyInt.of(sched.config().cores()));
        m.function("_process_handle", (self, args, kw) -> {
            PyObject h = sched.processHandle();
            return h == null ? NONE : h;
        });
        m.function("_set_process_handle", (self, args, kw) -> {
            sched.setProcessHandle(args[0]);
            return NONE;
        });
        m.function("_process_id", (self, args, kw) -> PyInt.of(sched.processId()));
        m.function("_set_exitcode", (self, args, kw) -> {
            sched.setExitCode((int) ((PyInt) args[0]).longValue());
            return NONE;
        });
        m.function("_exitcode", (self, args, kw) -> {
            SimThread t = sched.byIdent(((PyInt) args[0]).longValue());
            Integer code = t == null ? null : sched.exitCode(t);
            return code == null ? NONE : PyInt.of(code);
        });
        m.function("_alive", (self, args, kw) -> {
            SimThread t = sched.byIdent(((PyInt) args[0]).longValue());
            return PyBool.of(t != null && t.alive());
        });
        m.function("_join", (self, args, kw) -> {
            SimThread t = sched.byIdent(((PyInt) args[0]).longValue());
            long timeout = args.length > 1 && args[1] != NONE ? seconds(args[1]) : -1;
            return PyBool.of(t == null || sched.join(t, timeout));
        });
        m.function("_set_name", (self, args, kw) -> {
            SimThread t = sched.byIdent(((PyInt) args[0]).longValue());
            if (t != null) {
                org.ouroboros.sched.ThreadNames.rename(t, ((PyStr) args[1]).value());
            }
            return NONE;
        });
        m.function("_safe_repr", (self, args, kw) -> new PyStr(
                org.ouroboros.vm.interp.ThreadState.current().safeRepr(args[0])));
        m.function("_new_label", (self, args, kw) -> new PyStr(sched.nextLabel(((PyStr) args[0]).value())));
        m.function("_mark_waiter", (self, args, kw) -> {
            ((SimLock) args[0]).markConditionWaiter(((PyStr) args[1]).value());
            return NONE;
        });
        m.function("_op", (self, args, kw) -> {
            Args a = Args.parse("_op", args, kw, 4, "kind", "obj", "label", "op", "counter", "items", "detail",
                    "waiters");
            SimThread me = Scheduler.current();
            List<Integer> waiters = new ArrayList<>();
            if (a.has(7) && a.get(7) != NONE) {
                for (PyObject o : Ops.iterable(a.get(7))) {
                    SimThread w = sched.byIdent(((PyInt) o).longValue());
                    if (w != null) {
                        waiters.add(w.id());
                    }
                }
            }
            org.ouroboros.sched.PrimitiveOps.emit(me, a.get(1).id(),
                    SchedEvent.PrimitiveKind.valueOf(((PyStr) a.get(0)).value()), ((PyStr) a.get(2)).value(),
                    SchedEvent.PrimitiveOpKind.valueOf(((PyStr) a.get(3)).value()),
                    a.has(4) ? (int) ((PyInt) a.get(4)).longValue() : 0,
                    a.has(5) ? (int) ((PyInt) a.get(5)).longValue() : 0,
                    a.has(6) ? Ops.str(a.get(6)).value() : "", waiters);
            return NONE;
        });
        java.util.Set<String> warned = new java.util.HashSet<>();
        m.function("_warn", (self, args, kw) -> {
            Deprecation.warn(vm, warned, ((PyStr) args[0]).value());
            return NONE;
        });
        m.function("_print_exception", (self, args, kw) -> {
            String header = ((PyStr) args[0]).value();
            PyBaseException exc = (PyBaseException) args[1];
            vm.flush();
            vm.writeErr(header + "\n" + Exceptions.format(exc, vm::sourceLines));
            vm.flush();
            return NONE;
        });
        return m;
    }

    private static org.ouroboros.vm.object.PyDict mainGlobals(Vm vm) {
        PyModule main = vm.modules().get("__main__");
        return main == null ? null : main.dict();
    }

    /** A timeout in seconds as picoseconds ({@code -1}: none), with {@code acquire}'s checks. */
    static long seconds(PyObject o) {
        double secs;
        if (o instanceof PyFloat f) {
            secs = f.value();
        } else if (o instanceof PyInt i) {
            secs = i.doubleValue();
        } else {
            throw PyExc.typeError("'" + o.type().name() + "' object cannot be interpreted as an integer");
        }
        if (secs < 0) {
            return -1;
        }
        return Math.round(secs * 1e12);
    }

    private static void installLock(PyType type, boolean reentrant) {
        TypeBuilder t = new TypeBuilder(type);
        t.constant("__module__", new PyStr("_thread"));
        org.ouroboros.vm.object.NativeMethod acquire = (self, args, kw) -> {
            Args a = Args.parse("acquire", args, kw, 0, "blocking", "timeout");
            boolean blocking = !a.has(0) || Ops.truthy(a.get(0));
            long timeout = -1;
            if (a.has(1)) {
                PyObject to = a.get(1);
                double secs = to instanceof PyFloat f ? f.value() : to instanceof PyInt i ? i.doubleValue() : Double.NaN;
                if (Double.isNaN(secs)) {
                    throw PyExc.typeError("'" + to.type().name() + "' object cannot be interpreted as an integer");
                }
                if (!blocking && secs != -1) {
                    throw PyExc.valueError("can't specify a timeout for a non-blocking call");
                }
                if (secs < 0 && secs != -1) {
                    throw PyExc.valueError("timeout value must be positive");
                }
                timeout = secs < 0 ? -1 : Math.round(secs * 1e12);
            }
            return PyBool.of(((SimLock) self).acquire(blocking, timeout));
        };
        t.method("acquire", acquire);
        t.method("acquire_lock", acquire);
        t.method("__enter__", acquire);
        t.method0("release", self -> {
            ((SimLock) self).release();
            return NONE;
        });
        t.method0("release_lock", self -> {
            ((SimLock) self).release();
            return NONE;
        });
        t.method("__exit__", (self, args, kw) -> {
            ((SimLock) self).release();
            return NONE;
        });
        t.method0("locked", self -> PyBool.of(((SimLock) self).locked()));
        t.method0("_is_owned", self -> {
            SimLock l = (SimLock) self;
            return PyBool.of(l.owner() != null && l.owner() == Scheduler.current());
        });
        if (reentrant) {
            t.method0("_release_save", self -> {
                SimLock l = (SimLock) self;
                int n = l.releaseAll();
                return PyInt.of(n);
            });
            t.method1("_acquire_restore", (self, state) -> {
                ((SimLock) self).acquireRestore((int) ((PyInt) state).longValue());
                return NONE;
            });
        }
        t.method0("__repr__", self -> {
            SimLock l = (SimLock) self;
            String state = l.locked() ? "locked" : "unlocked";
            if (reentrant) {
                long owner = l.owner() == null ? 0 : l.owner().ident();
                return new PyStr("<" + state + " _thread.RLock object owner=" + owner + " count=" + l.count()
                        + " at " + Ops.address(self) + ">");
            }
            return new PyStr("<" + state + " _thread.lock object at " + Ops.address(self) + ">");
        });
    }
}
