package org.ouroboros.vm.module;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import org.ouroboros.vm.Vm;
import org.ouroboros.vm.code.CodeObject;
import org.ouroboros.vm.object.PyBytes;
import org.ouroboros.vm.object.PyExc;
import org.ouroboros.vm.object.PyModule;

/**
 * {@code random}: the Mersenne Twister and CPython's sampling algorithms in {@code random.py};
 * this class gives it the one native piece it needs, SHA-512 (CPython seeds from a str or
 * bytes through it).
 */
final class RandomModule {
    private RandomModule() {}

    static PyModule load(Vm vm) {
        PyModule m = new PyModule("random");
        m.add("__builtins__", vm.modules().get("builtins"));
        m.function("_sha512", (self, args, kw) -> {
            if (args.length != 1 || !(args[0] instanceof PyBytes data)) {
                throw PyExc.typeError("_sha512() takes one bytes argument");
            }
            try {
                return new PyBytes(MessageDigest.getInstance("SHA-512").digest(data.value()));
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("the JDK has no SHA-512", e);
            }
        });
        // registered before its body runs, as importlib does
        vm.modules().put("random", m);
        BundledSource.run(vm, RandomModule.class, "random.py", CodeObject.LIBRARY_PREFIX + "random>", m);
        return m;
    }
}
