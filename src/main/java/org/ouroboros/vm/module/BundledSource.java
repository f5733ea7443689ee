package org.ouroboros.vm.module;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.ouroboros.vm.InternalVmError;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.compiler.SourceError;
import org.ouroboros.vm.interp.Interpreter;
import org.ouroboros.vm.object.PyModule;

/**
 * Runs Python source shipped as a resource into a built-in module's namespace: for the parts of a
 * module that are far simpler in Python than in Java (asyncio's gather, wait, Lock, Queue, …).
 * The source is compiled by the running VM at import, like a frozen stdlib module.
 */
public final class BundledSource {
    private BundledSource() {}

    /**
     * Compiles {@code resource} (next to {@code owner}) and executes it with {@code module}'s dict as
     * globals; must be called on the VM's Python thread (as module creation during import is).
     */
    public static void run(Vm vm, Class<?> owner, String resource, String filename, PyModule module) {
        String source;
        try (InputStream in = owner.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled module source " + resource);
            }
            source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        CodeObject code;
        try {
            code = vm.compile(source, filename);
        } catch (SourceError e) {
            throw new IllegalStateException("bundled module " + resource + " does not compile: " + e.format());
        }
        module.dict().put("__file__", new org.ouroboros.vm.object.PyStr(filename));
        Interpreter.run(code, module.dict(), module.dict());
    }
}
