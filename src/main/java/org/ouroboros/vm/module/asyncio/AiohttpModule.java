package org.ouroboros.vm.module.asyncio;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.module.BundledSource;
import org.ouroboros.vm.object.PyModule;

/** {@code aiohttp}: a minimal client over the demo internet, bundled Python (aiohttp.py) on asyncio streams. */
public final class AiohttpModule {
    private AiohttpModule() {}

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("aiohttp");
        BundledSource.run(vm, AiohttpModule.class, "aiohttp.py", "<frozen aiohttp>", m);
        return m;
    }
}
