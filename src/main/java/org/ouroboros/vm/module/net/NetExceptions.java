package org.ouroboros.vm.module.net;

import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyStr;
import org.ouroboros.vm.object.PyType;
import org.ouroboros.vm.object.Types;

/** {@code socket.gaierror} and {@code socket.herror} (OSError subclasses, shared by all VMs). */
final class NetExceptions {
    private NetExceptions() {}

    static {
        Types.init();
    }

    static final PyType GAIERROR = define("gaierror");
    static final PyType HERROR = define("herror");

    private static PyType define(String name) {
        PyType t = PyType.builtin(name, PyExc.all().get("OSError"), null);
        t.define("__module__", new PyStr("socket"));
        return t;
    }
}
