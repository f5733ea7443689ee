package org.ouroboros.vm.module;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.Interpreter;
import org.ouroboros.vm.object.PyModule;

/**
 * A module written in Python and shipped as a resource next to this class ({@code threading.py},
 * {@code queue.py}, …), compiled and run on the VM like CPython's pure-Python stdlib modules.
 * Tracebacks show it as {@code <frozen NAME>}.
 */
final class PythonSourceModule {
    private PythonSourceModule() {}

    static PyModule load(Vm vm, String name, String resource) {
        String source;
        try (InputStream in = PythonSourceModule.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing module source " + resource);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
        CodeObject code;
        try {
            code = vm.compile(source, "<frozen " + name + ">");
        } catch (SourceError e) {
            throw new IllegalStateException("module " + name + " does not compile: " + e.format(), e);
        }
        PyModule m = new PyModule(name);
        m.add("__builtins__", vm.modules().get("builtins"));
        // Registered before its body runs, as importlib does, so circular imports see it.
        vm.modules().put(name, m);
        Interpreter.run(code, m.dict(), m.dict());
        return m;
    }
}
