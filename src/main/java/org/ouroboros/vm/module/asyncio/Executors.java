package org.ouroboros.vm.module.asyncio;

import static org.ouroboros.vm.object.PyConstants.NONE;

import java.util.Arrays;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.Attributes;
import org.ouroboros.vm.object.Ops;
import org.ouroboros.vm.object.PyBaseException;
import org.ouroboros.vm.object.PyBuiltinFunction;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyObject;
import org.ouroboros.vm.object.PyStr;

/**
 * {@code loop.run_in_executor(executor, func, *args)}: {@code executor.submit} runs the blocking
 * callable on a simulated worker thread (the sched package's ThreadPoolExecutor, under the GIL);
 * its concurrent future's completion is chained to an asyncio future through
 * {@code call_soon_threadsafe}, which wakes the loop's select (asyncio's {@code wrap_future}).
 */
final class Executors {
    private Executors() {}

    static PyObject runInExecutor(PyLoop loop, PyObject[] args, String[] kw) {
        loop.checkClosed();
        if (kw != null && kw.length > 0) {
            throw PyExc.typeError("run_in_executor() got an unexpected keyword argument '" + kw[0] + "'");
        }
        if (args.length < 2) {
            throw PyExc.typeError("run_in_executor() missing 1 required positional argument: 'func'");
        }
        Vm vm = loop.state().vm();
        vm.ensureScheduler();
        PyObject executor = args[0] == NONE ? defaultExecutor(loop) : args[0];
        PyObject fn = args[1];
        PyObject[] rest = Arrays.copyOfRange(args, 2, args.length);
        PyObject concurrent = Attributes.get(executor, "submit").call(prepend(fn, rest));
        return wrap(loop, concurrent);
    }

    /** asyncio.wrap_future: an asyncio future that follows a concurrent.futures one. */
    static PyFuture wrap(PyLoop loop, PyObject concurrent) {
        PyFuture future = new PyFuture(FutureType.TYPE, loop);
        PyObject onDone = new PyBuiltinFunction("_chain_future._call_set_state", NONE, (self, a, k) -> {
            loop.core().callSoonThreadsafe(() -> copyState(concurrent, future), "_chain_future._set_state");
            return NONE;
        }, null);
        future.addDoneCallback(new PyBuiltinFunction("_chain_future._call_check_cancel", NONE, (self, a, k) -> {
            if (future.isCancelled()) {
                Attributes.get(concurrent, "cancel").call();
            }
            return NONE;
        }, null));
        Attributes.get(concurrent, "add_done_callback").call(onDone);
        return future;
    }

    private static void copyState(PyObject concurrent, PyFuture future) {
        if (future.done()) {
            return;
        }
        if (Ops.truthy(Attributes.get(concurrent, "cancelled").call())) {
            future.cancel(NONE);
            return;
        }
        PyObject exc = Attributes.get(concurrent, "exception").call();
        if (exc instanceof PyBaseException) {
            future.setException(exc);
        } else {
            future.setResult(Attributes.get(concurrent, "result").call());
        }
    }

    private static PyObject defaultExecutor(PyLoop loop) {
        if (loop.defaultExecutor == null) {
            PyObject futures = loop.state().vm().importModule("concurrent.futures", true);
            PyObject pool = Attributes.get(futures, "ThreadPoolExecutor");
            loop.defaultExecutor = pool.call(new PyObject[] {new PyStr("asyncio")}, new String[] {"thread_name_prefix"});
        }
        return loop.defaultExecutor;
    }

    private static PyObject[] prepend(PyObject first, PyObject[] rest) {
        PyObject[] all = new PyObject[rest.length + 1];
        all[0] = first;
        System.arraycopy(rest, 0, all, 1, rest.length);
        return all;
    }
}
