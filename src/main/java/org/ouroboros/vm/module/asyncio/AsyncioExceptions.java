package org.ouroboros.vm.module.asyncio;

import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** asyncio's own exception classes (shared by all VMs, like the builtin ones). */
public final class AsyncioExceptions {
    private AsyncioExceptions() {}

    static {
        Types.init();
    }

    /** {@code asyncio.CancelledError}: a BaseException since 3.8, so {@code except Exception} does not swallow it. */
    public static final PyType CANCELLED_ERROR = define("CancelledError", PyExc.BASE_EXCEPTION, "asyncio.exceptions");
    public static final PyType INVALID_STATE_ERROR = define("InvalidStateError", PyExc.EXCEPTION, "asyncio.exceptions");
    public static final PyType INCOMPLETE_READ_ERROR = define("IncompleteReadError", PyExc.all().get("EOFError"),
            "asyncio.exceptions");
    public static final PyType LIMIT_OVERRUN_ERROR = define("LimitOverrunError", PyExc.EXCEPTION, "asyncio.exceptions");
    public static final PyType SEND_FILE_NOT_AVAILABLE_ERROR = define("SendfileNotAvailableError",
            PyExc.all().get("RuntimeError"), "asyncio.exceptions");

    private static PyType define(String name, PyType base, String module) {
        PyType t = PyType.builtin(name, base, null);
        t.define("__module__", new PyStr(module));
        return t;
    }
}
