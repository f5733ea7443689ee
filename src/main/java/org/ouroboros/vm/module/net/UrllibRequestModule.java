package org.ouroboros.vm.module.net;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.module.BundledSource;
import org.ouroboros.vm.object.PyModule;

/** {@code urllib.request}: urlopen/Request as bundled Python (urllib_request.py) over the socket module. */
public final class UrllibRequestModule {
    private UrllibRequestModule() {}

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("urllib.request");
        BundledSource.run(vm, UrllibRequestModule.class, "urllib_request.py", "<frozen urllib.request>", m);
        return m;
    }
}
