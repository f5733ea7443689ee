package org.ouroboros.vm.module;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.object.PyModule;

/**
 * A module written in Python and shipped as a resource next to this class ({@code threading.py},
 * {@code queue.py}, …), compiled and run on the VM like CPython's pure-Python stdlib modules.
 * Tracebacks show it as {@code <frozen NAME>}.
 */
final class PythonSourceModule {
    private PythonSourceModule() {}

    static PyModule load(Vm vm, String name, String resource) {
        PyModule m = new PyModule(name);
        m.add("__builtins__", vm.modules().get("builtins"));
        // Registered before its body runs, as importlib does, so circular imports see it.
        vm.modules().put(name, m);
        BundledSource.run(vm, PythonSourceModule.class, resource, CodeObject.LIBRARY_PREFIX + name + ">", m);
        return m;
    }
}
