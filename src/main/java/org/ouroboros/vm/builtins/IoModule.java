package org.ouroboros.vm.builtins;

import org.ouroboros.vm.Vm;
import org.ouroboros.vm.object.PyInt;
import org.ouroboros.vm.object.PyModule;

/**
 * {@code io}: the file classes {@code open()} returns, {@code io.open}, {@code UnsupportedOperation}
 * and the SEEK_* constants. (No StringIO/BytesIO.)
 */
public final class IoModule {
    private IoModule() {}

    public static PyModule create(Vm vm) {
        PyModule m = new PyModule("io");
        m.add("open", vm.builtinsDict().get("open"));
        m.add("UnsupportedOperation", FileTypes.UNSUPPORTED);
        m.add("TextIOWrapper", FileTypes.TEXT);
        m.add("BufferedReader", FileTypes.READER);
        m.add("BufferedWriter", FileTypes.WRITER);
        m.add("BufferedRandom", FileTypes.RANDOM);
        m.add("SEEK_SET", PyInt.of(0));
        m.add("SEEK_CUR", PyInt.of(1));
        m.add("SEEK_END", PyInt.of(2));
        m.add("DEFAULT_BUFFER_SIZE", PyInt.of(8192));
        return m;
    }
}
