package org.ouroboros.vm.module.asyncio;

import org.ouroboros.vm.object.PyObject;

/** {@code loop.run_in_executor}: blocking callables run off the loop thread, the future resolves on the loop. */
final class Executors {
    private Executors() {}

    static PyObject runInExecutor(PyLoop loop, PyObject[] args, String[] kw) {
        loop.checkClosed();
        PyObject fn = args[1];
        PyObject[] rest = java.util.Arrays.copyOfRange(args, 2, args.length);
        PyFuture f = new PyFuture(FutureType.TYPE, loop);
        loop.core().callSoon(() -> {
            try {
                f.setResult(fn.call(rest));
            } catch (org.ouroboros.vm.object.PyException e) {
                f.setException(e.value());
            }
        }, () -> "run_in_executor(" + Describe.callable(fn) + ")");
        return f;
    }
}
